import CloudConfig
import Foundation
import Secrets
import Testing

struct MergeTests {
    /// A cloud to resolve after installing files, and what some of its settings must be.
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let files: [(fixture: String, at: String)]
        let cloud: String
        let expectedAuth: CloudAuth
        let expectedURL: String
        let expectedRegion: String?
        var testDescription: String { label }
    }

    static let aliceInDemo = UserReference.name("alice", domain: .name("Default"))

    static let cases: [Case] = [
        Case(
            label: "secure.yaml adds the password clouds.yaml leaves out",
            files: [("merge/clouds.yaml", "work/clouds.yaml"), ("merge/secure.yaml", "work/secure.yaml")],
            cloud: "mycloud",
            expectedAuth: .password(
                PasswordAuth(
                    user: aliceInDemo, password: "secure-yaml-password-alice",
                    project: .name("demo", domain: .name("Default")))),
            expectedURL: "https://keystone.example.org:5000/v3", expectedRegion: "RegionOne"),
        Case(
            label: "secure.yaml wins over clouds.yaml, even from another directory",
            files: [
                ("merge/clouds.yaml", "home/.config/openstack/clouds.yaml"),
                ("merge/secure.yaml", "etc/openstack/secure.yaml"),
            ],
            cloud: "other",
            expectedAuth: .password(
                PasswordAuth(
                    user: .name("bob", domain: .id("default")), password: "secure-yaml-password-bob",
                    project: .id("7f3c0a7e1c2d4b5e9f8a6b4c3d2e1f00"))),
            expectedURL: "https://other.example.org/identity/v3", expectedRegion: "RegionTwo"),
        Case(
            label: "a cloud only secure.yaml defines",
            files: [("merge/clouds.yaml", "work/clouds.yaml"), ("merge/secure.yaml", "work/secure.yaml")],
            cloud: "secure-only",
            expectedAuth: .applicationCredential(
                ApplicationCredentialAuth(credential: .id("1b2c3d"), secret: "secure-only-credential-secret")),
            expectedURL: "https://secure-only.example.org:5000/v3", expectedRegion: nil),
        Case(
            label: "profile: fills auth_url, domains and regions from clouds-public.yaml",
            files: [
                ("profiles/clouds.yaml", "work/clouds.yaml"),
                ("profiles/clouds-public.yaml", "work/clouds-public.yaml"),
            ],
            cloud: "jetstream",
            expectedAuth: .applicationCredential(
                ApplicationCredentialAuth(credential: .id("4d5e6f"), secret: "profile-credential-secret")),
            expectedURL: "https://js2.jetstream-cloud.org:5000/v3", expectedRegion: "IU"),
        Case(
            label: "the legacy cloud: key names a profile too, merging auth one level deep",
            files: [
                ("profiles/clouds.yaml", "work/clouds.yaml"),
                ("profiles/clouds-public.yaml", "home/.config/openstack/clouds-public.yaml"),
            ],
            cloud: "legacy",
            expectedAuth: .password(
                PasswordAuth(
                    user: .name("carol", domain: .name("access")), password: "profile-password-carol",
                    project: .name("TG-ABC123", domain: .name("access")))),
            expectedURL: "https://js2.jetstream-cloud.org:5000/v3", expectedRegion: "IU"),
        Case(
            label: "a cloud's own values win over its profile's",
            files: [
                ("profiles/clouds.yaml", "work/clouds.yaml"),
                ("profiles/clouds-public.yaml", "work/clouds-public.yaml"),
            ],
            cloud: "overriding",
            expectedAuth: .token(TokenAuth(token: "profile-token-value", project: nil)),
            expectedURL: "https://private.example.org:5000/v3", expectedRegion: "IU"),
        Case(
            label: "YAML anchors and merge keys",
            files: [("anchors/clouds.yaml", "work/clouds.yaml")], cloud: "second",
            expectedAuth: .applicationCredential(
                ApplicationCredentialAuth(credential: .id("s3c0nd"), secret: "anchors-secret-second")),
            expectedURL: "https://keystone.example.org:5000/v3", expectedRegion: "TACC"),
    ]

    @Test("files merge as openstacksdk merges them", arguments: cases)
    func merges(_ testCase: Case) throws {
        let sandbox = try Sandbox()
        for file in testCase.files {
            try sandbox.install(file.fixture, at: file.at)
        }
        let cloud = try sandbox.catalogue().profile(named: testCase.cloud)
        #expect(cloud.auth == testCase.expectedAuth)
        #expect(cloud.authURL.absoluteString == testCase.expectedURL)
        #expect(cloud.regionName == testCase.expectedRegion)
        #expect(cloud.name == testCase.cloud)
    }

    @Test("each cloud knows the file it came from")
    func sources() throws {
        let sandbox = try Sandbox()
        let clouds = try sandbox.install("merge/clouds.yaml", at: "work/clouds.yaml")
        let secure = try sandbox.install("merge/secure.yaml", at: "home/.config/openstack/secure.yaml")
        let catalogue = try sandbox.catalogue()
        #expect(catalogue.cloudNames == ["mycloud", "other", "secure-only"])
        #expect(catalogue.files.clouds == clouds)
        #expect(catalogue.files.secure == secure)
        #expect(try catalogue.profile(named: "mycloud").source == .file(clouds))
        #expect(try catalogue.profile(named: "secure-only").source == .file(secure))
    }

    @Test("a profile's regions list and interface carry over, and the cloud's interface wins")
    func profileSettings() throws {
        let sandbox = try Sandbox()
        try sandbox.install("profiles/clouds.yaml", at: "work/clouds.yaml")
        let publicClouds = try sandbox.install("profiles/clouds-public.yaml", at: "etc/openstack/clouds-public.yaml")
        let catalogue = try sandbox.catalogue()
        #expect(catalogue.files.publicClouds == publicClouds)
        #expect(try catalogue.profile(named: "jetstream").regions == ["IU", "TACC"])
        #expect(try catalogue.profile(named: "jetstream").interface == .public)
        #expect(try catalogue.profile(named: "overriding").interface == .internal)
        #expect(try catalogue.profile(named: "jetstream", regionName: "TACC").regionName == "TACC")
    }

    @Test("keys spelled with - and with _ mean the same; cloud names keep their spelling")
    func dashesAndUnderscores() throws {
        let sandbox = try Sandbox()
        try sandbox.install("spelling/clouds.yaml", at: "work/clouds.yaml")
        let catalogue = try sandbox.catalogue()
        #expect(catalogue.cloudNames == ["dashed-cloud", "underscored_cloud"])
        var dashed = try catalogue.profile(named: "dashed-cloud")
        let underscored = try catalogue.profile(named: "underscored_cloud")
        #expect(dashed.interface == .internal)
        #expect(dashed.apiTimeout == .milliseconds(12_500))
        #expect(dashed.computeAPIVersion == "2.79")
        #expect(dashed.volumeAPIVersion == "3")
        dashed.name = underscored.name
        #expect(dashed == underscored)
    }
}
