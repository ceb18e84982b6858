import CloudConfig
import Testing

@Suite("The launch: section of the settings file")
struct LaunchSettingsTests {
    @Test("every launch key is read")
    func everyKey() throws {
        let sandbox = try Sandbox()
        try sandbox.install("settings/launch.yaml", at: "home/.config/exosphere/config.yaml")
        let launch = try ExosphereSettings.load(from: sandbox.sources()).launch
        #expect(launch.featuredImagePrefix == "Featured-")
        #expect(launch.imageExcludeFilters == ["-old", "windows"])
        #expect(
            launch.instanceTypes == [
                InstanceTypeSetting(name: "ubuntu", description: "Ubuntu 24.04", imageNamePrefix: "Featured-Ubuntu24"),
                InstanceTypeSetting(name: "rocky", description: "Rocky Linux", osDistro: "rocky", osVersion: "9"),
            ])
        #expect(
            launch.flavorGroups == [
                FlavorGroupSetting(
                    name: "gpu", description: "With an NVIDIA A100", flavorPrefix: "g3.",
                    disallowedActions: ["shelve", "resize"])
            ])
        #expect(launch.disallowedActions(forFlavorNamed: "g3.large") == ["shelve", "resize"])
        #expect(launch.disallowedActions(forFlavorNamed: "m3.small").isEmpty)
        #expect(launch.defaultSecurityGroup == SecurityGroupSetting(name: "exo-default", description: "SSH and ping"))
        #expect(launch.defaults.flavor == "m3.small")
        #expect(launch.defaults.publicIP == false)
        #expect(launch.defaults.resourceGraphs == false)
        #expect(launch.defaults.setupTimeout == .seconds(45 * 60))
        #expect(launch.defaults.bootVolumeSizeGiB == 40)
        #expect(launch.setupParts == [SetupPartSetting(name: "site-motd", description: "Our welcome", script: "echo \"Welcome\" > /etc/motd\n")])
    }

    @Test("without launch: the built-in policy applies")
    func defaults() throws {
        let sandbox = try Sandbox()
        #expect(try ExosphereSettings.load(from: sandbox.sources()).launch == LaunchSettings())
    }

    @Test("a typo in launch.defaults names the key and suggests the right one")
    func typo() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.install("settings/launch-typo.yaml", at: "home/.config/exosphere/config.yaml")
        #expect(
            throws: CloudConfigError.unknownKey(
                .file(file, line: 3, column: 5), keyPath: "launch.defaults.public_ips", suggestion: "public_ip",
                known: [
                    "image", "instance_type", "flavor", "public_ip", "resource_graphs", "setup_timeout_minutes",
                    "boot_volume_size_gb",
                ])
        ) { try ExosphereSettings.load(from: sandbox.sources()) }
    }

    @Test("an unknown disallowed action lists the allowed ones")
    func unknownAction() throws {
        let sandbox = try Sandbox()
        try sandbox.install("settings/launch-action.yaml", at: "home/.config/exosphere/config.yaml")
        let error = try #require(throws: CloudConfigError.self) { try ExosphereSettings.load(from: sandbox.sources()) }
        guard case .invalidChoice(_, let keyPath, let value, let choices) = error else {
            Issue.record("expected invalidChoice, got \(error)")
            return
        }
        #expect(keyPath == "launch.flavor_groups[0].disallowed_actions[0]")
        #expect(value == "explode")
        #expect(choices.contains("shelve"))
    }
}
