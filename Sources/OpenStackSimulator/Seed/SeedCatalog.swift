/// The fixed ingredients of a seeded cloud: project topics, flavors and the public images.
enum SeedCatalog {
    /// Research topics; project names are `demo-<topic>`, then `demo-project-<n>` past the list.
    static let topics = [
        "genomics", "climate", "astro", "neuro", "materials", "ecology", "linguistics", "seismology",
        "oceans", "robotics", "epidemiology", "hydrology",
    ]

    /// What servers are for; names are `<topic>-<role>-<nn>`.
    static let roles = [
        "jupyter", "worker", "analysis", "rstudio", "pipeline", "db", "web", "trainer", "viz", "login", "cache", "build",
    ]

    /// Jetstream2-like flavors (RAM in MiB, disk in GiB), with one GPU flavor carrying extra specs.
    static let flavors: [FlavorRecord] = [
        FlavorRecord(id: "1", name: "m3.tiny", vcpus: 1, ram: 3072, disk: 20, description: "1 CPU, 3 GB RAM"),
        FlavorRecord(id: "2", name: "m3.small", vcpus: 2, ram: 6144, disk: 20, description: "2 CPUs, 6 GB RAM"),
        FlavorRecord(id: "3", name: "m3.quad", vcpus: 4, ram: 15360, disk: 20, description: "4 CPUs, 15 GB RAM"),
        FlavorRecord(id: "4", name: "m3.medium", vcpus: 8, ram: 30720, disk: 60, description: "8 CPUs, 30 GB RAM"),
        FlavorRecord(id: "5", name: "m3.large", vcpus: 16, ram: 61440, disk: 60, description: "16 CPUs, 60 GB RAM"),
        FlavorRecord(
            id: "6", name: "m3.xl", vcpus: 32, ram: 128_000, disk: 60, ephemeral: 100, swap: 2048,
            description: "32 CPUs, 125 GB RAM, 100 GB ephemeral disk"),
        FlavorRecord(
            id: "7", name: "r3.large", vcpus: 64, ram: 512_000, disk: 60, description: "64 CPUs, 500 GB RAM",
            extraSpecs: ["hw:cpu_policy": "dedicated", "aggregate_instance_extra_specs:large_memory": "true"]),
        FlavorRecord(
            id: "8", name: "g3.medium", vcpus: 8, ram: 30720, disk: 60, description: "8 CPUs, 30 GB RAM, 1 A100 GPU slice",
            extraSpecs: [
                "resources:VGPU": "1", "trait:CUSTOM_NVIDIA_A100_20C": "required", "hw:cpu_policy": "dedicated",
                "hw_rng:allowed": "True",
            ]),
    ]

    /// A public image: name, distro, version, size in bytes, age in days, hidden (old).
    struct ImageSeed {
        var name: String
        var distro: String
        var version: String
        var size: Int
        var ageDays: Double
        var hidden: Bool
    }

    static let images: [ImageSeed] = [
        ImageSeed(name: "Featured-Ubuntu24", distro: "ubuntu", version: "24.04", size: 3_221_225_472, ageDays: 12, hidden: false),
        ImageSeed(name: "Featured-Ubuntu22", distro: "ubuntu", version: "22.04", size: 2_952_790_016, ageDays: 12, hidden: false),
        ImageSeed(name: "Featured-RockyLinux9", distro: "rocky", version: "9", size: 2_147_483_648, ageDays: 20, hidden: false),
        ImageSeed(name: "Featured-Debian12", distro: "debian", version: "12", size: 1_610_612_736, ageDays: 30, hidden: false),
        ImageSeed(name: "Ubuntu 20.04 LTS (Focal)", distro: "ubuntu", version: "20.04", size: 2_469_396_480, ageDays: 640, hidden: false),
        ImageSeed(name: "Rocky Linux 8", distro: "rocky", version: "8", size: 1_932_735_283, ageDays: 720, hidden: false),
        ImageSeed(name: "CentOS-7-x86_64", distro: "centos", version: "7", size: 1_073_741_824, ageDays: 1500, hidden: true),
        ImageSeed(name: "Ubuntu 18.04 LTS (Bionic)", distro: "ubuntu", version: "18.04", size: 1_879_048_192, ageDays: 1900, hidden: true),
    ]
}
