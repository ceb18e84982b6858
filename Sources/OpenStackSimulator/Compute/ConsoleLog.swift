/// The serial console of a booting guest: kernel lines, then cloud-init, then a login prompt,
/// each appearing at its moment of the boot so the output grows while the server builds.
enum ConsoleLog {
    /// Lines and the fraction of the boot after which each appears.
    static func lines(hostname: String, distro: String, address: String) -> [(at: Double, text: String)] {
        let release = distro.isEmpty ? "Ubuntu 24.04.1 LTS" : distro
        return [
            (0.00, "[    0.000000] Linux version 6.8.0-45-generic (buildd@lcy02-amd64-075) (x86_64-linux-gnu-gcc-13) #45-Ubuntu SMP PREEMPT_DYNAMIC"),
            (0.01, "[    0.000000] Command line: BOOT_IMAGE=/vmlinuz-6.8.0-45-generic root=LABEL=cloudimg-rootfs ro console=tty1 console=ttyS0"),
            (0.03, "[    0.000000] BIOS-provided physical RAM map:"),
            (0.05, "[    0.004512] Hypervisor detected: KVM"),
            (0.08, "[    0.254120] smpboot: CPU0: AMD EPYC-Milan Processor (family: 0x19, model: 0x1, stepping: 0x1)"),
            (0.12, "[    0.894310] virtio_blk virtio2: [vda] 41943040 512-byte logical blocks (21.5 GB/20.0 GiB)"),
            (0.16, "[    1.203118] EXT4-fs (vda1): mounted filesystem with ordered data mode. Quota mode: none."),
            (0.22, "[    2.511204] systemd[1]: Detected virtualization kvm."),
            (0.26, "[    2.620977] systemd[1]: Set hostname to <\(hostname)>."),
            (0.34, "[  OK  ] Started systemd-journald.service - Journal Service."),
            (0.40, "[  OK  ] Reached target network-online.target - Network is Online."),
            (0.46, "[    6.902113] cloud-init[612]: Cloud-init v. 24.2-0ubuntu1 running 'init' at \(hostname). Up 6.87 seconds."),
            (0.50, "[    6.931552] cloud-init[612]: ci-info: ++++++++++++++++++++++Net device info+++++++++++++++++++++++"),
            (0.52, "[    6.932004] cloud-init[612]: ci-info: |  ens3  | True |  \(address)  | 255.255.0.0 | global |"),
            (0.58, "[    7.815430] cloud-init[612]: Generating public/private ed25519 key pair."),
            (0.64, "[    9.102277] cloud-init[701]: Cloud-init v. 24.2-0ubuntu1 running 'modules:config' at \(hostname)."),
            (0.76, "[   12.440912] cloud-init[744]: Cloud-init v. 24.2-0ubuntu1 running 'modules:final' at \(hostname)."),
            (0.86, "[   13.004118] cloud-init[744]: Cloud-init v. 24.2-0ubuntu1 finished. Datasource DataSourceOpenStackLocal [net,ver=2]."),
            (0.95, ""),
            (0.96, "\(release) \(hostname) ttyS0"),
            (0.97, ""),
            (1.00, "\(hostname) login: "),
        ]
    }

    /// The console text `elapsed` simulated seconds into a boot of `duration` seconds; the last
    /// `length` lines only when `length` is given.
    static func output(
        hostname: String, distro: String, address: String, elapsed: Double, duration: Double, length: Int?
    ) -> String {
        let progress = duration > 0 ? elapsed / duration : 1
        var shown = lines(hostname: hostname, distro: distro, address: address).filter { $0.at <= progress }.map(\.text)
        if let length, length >= 0 { shown = Array(shown.suffix(length)) }
        return shown.isEmpty ? "" : shown.joined(separator: "\n") + "\n"
    }
}
