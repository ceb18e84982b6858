import CloudConfig
import Testing

struct SearchPathTests {
    /// Files placed in several directories, and which one the loader must pick.
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let placements: [(fixture: String, at: String)]
        let environment: [String: String]
        let expectedFile: String
        let expectedClouds: [String]
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "only /etc/openstack", placements: [("selection/two-clouds.yaml", "etc/openstack/clouds.yaml")],
            environment: [:], expectedFile: "etc/openstack/clouds.yaml", expectedClouds: ["alpha", "beta"]),
        Case(
            label: "~/.config/openstack before /etc/openstack",
            placements: [
                ("selection/two-clouds.yaml", "etc/openstack/clouds.yaml"),
                ("selection/one-cloud.yaml", "home/.config/openstack/clouds.yaml"),
            ],
            environment: [:], expectedFile: "home/.config/openstack/clouds.yaml", expectedClouds: ["solo"]),
        Case(
            label: "the current directory before ~/.config/openstack",
            placements: [
                ("selection/one-cloud.yaml", "home/.config/openstack/clouds.yaml"),
                ("selection/two-clouds.yaml", "work/clouds.yaml"),
            ],
            environment: [:], expectedFile: "work/clouds.yaml", expectedClouds: ["alpha", "beta"]),
        Case(
            label: "directory order before suffix order",
            placements: [
                ("selection/one-cloud.yaml", "home/.config/openstack/clouds.yaml"),
                ("selection/two-clouds.yaml", "work/clouds.yml"),
            ],
            environment: [:], expectedFile: "work/clouds.yml", expectedClouds: ["alpha", "beta"]),
        Case(
            label: ".yaml before .yml before .json in one directory",
            placements: [
                ("selection/one-cloud.json", "work/clouds.json"),
                ("selection/one-cloud.yaml", "work/clouds.yml"),
                ("selection/two-clouds.yaml", "work/clouds.yaml"),
            ],
            environment: [:], expectedFile: "work/clouds.yaml", expectedClouds: ["alpha", "beta"]),
        Case(
            label: "clouds.json alone",
            placements: [("selection/one-cloud.json", "home/.config/openstack/clouds.json")],
            environment: [:], expectedFile: "home/.config/openstack/clouds.json", expectedClouds: ["from-json"]),
        Case(
            label: "OS_CLIENT_CONFIG_FILE before the current directory",
            placements: [
                ("selection/two-clouds.yaml", "work/clouds.yaml"),
                ("selection/one-cloud.yaml", "elsewhere/my-clouds.yaml"),
            ],
            environment: ["OS_CLIENT_CONFIG_FILE": "../elsewhere/my-clouds.yaml"],
            expectedFile: "elsewhere/my-clouds.yaml", expectedClouds: ["solo"]),
        Case(
            label: "$XDG_CONFIG_HOME/openstack before ~/.config/openstack",
            placements: [
                ("selection/two-clouds.yaml", "home/.config/openstack/clouds.yaml"),
                ("selection/one-cloud.yaml", "xdg/openstack/clouds.yaml"),
            ],
            environment: ["XDG_CONFIG_HOME": "XDG"], expectedFile: "xdg/openstack/clouds.yaml", expectedClouds: ["solo"]
        ),
        Case(
            label: "/etc/xdg/openstack before /etc/openstack",
            placements: [
                ("selection/two-clouds.yaml", "etc/openstack/clouds.yaml"),
                ("selection/one-cloud.yaml", "etc/xdg/openstack/clouds.yaml"),
            ],
            environment: [:], expectedFile: "etc/xdg/openstack/clouds.yaml", expectedClouds: ["solo"]),
    ]

    @Test("the first clouds file found wins, searched in openstacksdk's order", arguments: cases)
    func firstFileWins(_ testCase: Case) throws {
        let sandbox = try Sandbox()
        for placement in testCase.placements {
            try sandbox.install(placement.fixture, at: placement.at)
        }
        let environment = testCase.environment.mapValues { $0 == "XDG" ? sandbox.path("xdg") : $0 }
        let catalogue = try sandbox.catalogue(environment)
        #expect(catalogue.files.clouds?.hasSuffix(testCase.expectedFile) == true)
        #expect(catalogue.files.clouds?.hasPrefix(sandbox.root) == true)
        #expect(catalogue.cloudNames == testCase.expectedClouds)
    }

    @Test("the search directories are the current directory, ~/.config/openstack and /etc in order")
    func searchDirectoryOrder() throws {
        let sandbox = try Sandbox()
        let loader = CloudConfigLoader(sources: sandbox.sources())
        #if os(macOS)
            let user = [sandbox.home + "/Library/Application Support/openstack"]
            let site: [String] = []
        #else
            let user: [String] = []
            let site = [sandbox.etc + "/xdg/openstack"]
        #endif
        let expected =
            [sandbox.work] + user + [sandbox.home + "/.config/openstack"] + site + [sandbox.etc + "/openstack"]
        #expect(loader.searchDirectories == expected)
        #expect(
            loader.candidateFiles(named: "secure").prefix(3) == [
                sandbox.work + "/secure.yaml", sandbox.work + "/secure.yml", sandbox.work + "/secure.json",
            ])
    }

    @Test(
        "a file named by OS_CLIENT_CONFIG_FILE or OS_CLIENT_SECURE_FILE must exist",
        arguments: [
            "OS_CLIENT_CONFIG_FILE", "OS_CLIENT_SECURE_FILE",
        ])
    func overrideFileMustExist(variable: String) throws {
        let sandbox = try Sandbox()
        try sandbox.install("selection/two-clouds.yaml", at: "work/clouds.yaml")
        #expect(throws: CloudConfigError.fileNotFound(path: sandbox.path("work/missing.yaml"), variable: variable)) {
            try sandbox.catalogue([variable: "missing.yaml"])
        }
    }

    @Test("with no file and no OS_* variable, selecting a cloud says where clouds.yaml was looked for")
    func nothingConfigured() throws {
        let sandbox = try Sandbox()
        let catalogue = try sandbox.catalogue(["OS_REGION_NAME": "RegionOne", "OS_CLOUD_NAME": "mine"])
        #expect(catalogue.cloudNames.isEmpty)
        #expect(throws: CloudConfigError.noClouds(searched: catalogue.searchDirectories)) {
            try catalogue.select()
        }
        #expect(catalogue.searchDirectories.contains(sandbox.etc + "/openstack"))
    }
}
