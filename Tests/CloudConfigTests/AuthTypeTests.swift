import CloudConfig
import Foundation
import Localization
import Secrets
import Testing

struct AuthTypeTests {
    static let demo = ProjectReference.name("demo", domain: .id("default"))

    /// Each cloud of `auth/clouds.yaml` and the authentication it must resolve to.
    static let cases: [(cloud: String, expected: CloudAuth)] = [
        (
            "explicit-password",
            .password(
                PasswordAuth(
                    user: .name("alice", domain: .name("Default")), password: "auth-password-explicit", project: demo))
        ),
        (
            "v3password-ids",
            .password(PasswordAuth(user: .id("9a8b7c"), password: "auth-password-ids", project: .id("1f2e3d")))
        ),
        (
            "inferred-password",
            .password(
                PasswordAuth(
                    user: .name("alice", domain: .id("default")), password: "auth-password-inferred", project: demo))
        ),
        (
            "inferred-appcred-id",
            .applicationCredential(
                ApplicationCredentialAuth(credential: .id("21fe43"), secret: "auth-credential-secret-id"))
        ),
        (
            "inferred-appcred-name",
            .applicationCredential(
                ApplicationCredentialAuth(
                    credential: .name("laptop", user: .name("alice", domain: .id("default"))),
                    secret: "auth-credential-secret-name"))
        ),
        (
            "appcred-ignores-project",
            .applicationCredential(
                ApplicationCredentialAuth(credential: .id("21fe43"), secret: "auth-credential-secret-project"))
        ),
        ("inferred-token", .token(TokenAuth(token: "auth-token-inferred", project: .id("1f2e3d")))),
        (
            "v3token-legacy-spelling",
            .token(TokenAuth(token: "auth-token-legacy", project: .name("demo", domain: .name("Shared"))))
        ),
        (
            "top-level-keys",
            .password(
                PasswordAuth(
                    user: .name("alice", domain: .id("default")), password: "auth-password-top-level", project: demo))
        ),
        (
            "tenant-and-auth-plugin",
            .password(
                PasswordAuth(
                    user: .name("alice", domain: .id("default")), password: "auth-password-tenant",
                    project: .name("old-project", domain: .id("default"))))
        ),
        (
            "default-domain",
            .password(
                PasswordAuth(
                    user: .name("alice", domain: .id("mydomain")), password: "auth-password-default-domain",
                    project: .name("demo", domain: .id("mydomain"))))
        ),
        (
            "shared-domain",
            .password(
                PasswordAuth(
                    user: .name("alice", domain: .id("shared")), password: "auth-password-shared-domain",
                    project: .name("demo", domain: .id("shared"))))
        ),
        (
            "unscoped",
            .password(
                PasswordAuth(
                    user: .name("alice", domain: .id("default")), password: "auth-password-unscoped", project: nil))
        ),
        ("websso", .webSingleSignOn(WebSingleSignOnAuth(identityProvider: "access-ci", protocol: "saml2", project: demo))),
        ("websso-defaults", .webSingleSignOn(WebSingleSignOnAuth(identityProvider: nil, protocol: "openid", project: nil))),
    ]

    @Test("auth_type is read, or inferred as OSC infers it, into a typed model", arguments: cases)
    func authType(cloud: String, expected: CloudAuth) throws {
        let sandbox = try Sandbox()
        try sandbox.install("auth/clouds.yaml", at: "work/clouds.yaml")
        let profile = try sandbox.catalogue().profile(named: cloud)
        #expect(profile.auth == expected)
        #expect(profile.authURL.absoluteString == "https://keystone.example.org:5000/v3")
    }

    @Test("every cloud in the fixture has an expected result")
    func tableCoversFixture() throws {
        let sandbox = try Sandbox()
        try sandbox.install("auth/clouds.yaml", at: "work/clouds.yaml")
        #expect(try sandbox.catalogue().cloudNames == Self.cases.map(\.cloud))
    }
}

struct RegionTests {
    static let cases:
        [(cloud: String, requested: String?, region: String?, regions: [String], interface: EndpointInterface)] = [
            ("listed", nil, "RegionOne", ["RegionOne", "RegionTwo", "RegionThree"], .public),
            ("listed", "RegionTwo", "RegionTwo", ["RegionOne", "RegionTwo", "RegionThree"], .internal),
            ("listed", "RegionThree", "RegionThree", ["RegionOne", "RegionTwo", "RegionThree"], .public),
            ("single", nil, "RegionOne", ["RegionOne"], .public),
            ("comma", nil, "RegionA", ["RegionA", "RegionB"], .public),
            ("comma", "RegionB", "RegionB", ["RegionA", "RegionB"], .public),
            ("unlisted", nil, nil, [], .public),
            ("unlisted", "Anywhere", "Anywhere", [], .public),
        ]

    @Test("the region is the one asked for, else the first listed; a region's values apply", arguments: cases)
    func region(
        cloud: String, requested: String?, region: String?, regions: [String], interface: EndpointInterface
    ) throws {
        let sandbox = try Sandbox()
        try sandbox.install("regions/clouds.yaml", at: "work/clouds.yaml")
        let profile = try sandbox.catalogue().profile(named: cloud, regionName: requested)
        #expect(profile.regionName == region)
        #expect(profile.regions == regions)
        #expect(profile.interface == interface)
    }

    @Test(
        "verify may name a CA bundle; insecure turns verification off",
        arguments: [
            ("verify-path", true, "/home/certs/site-ca.pem"), ("insecure", false, "/etc/ssl/site-ca.pem"),
            ("single", true, nil),
        ] as [(String, Bool, String?)])
    func tls(cloud: String, verify: Bool, bundle: String?) throws {
        let sandbox = try Sandbox()
        try sandbox.install("regions/clouds.yaml", at: "work/clouds.yaml")
        let profile = try sandbox.catalogue().profile(named: cloud)
        #expect(profile.verifyTLS == verify)
        #expect(profile.caCertificatePath == bundle.map { $0.replacing("/home", with: sandbox.home) })
    }

    @Test("region names are case-sensitive and must be listed")
    func unknownRegion() throws {
        let sandbox = try Sandbox()
        try sandbox.install("regions/clouds.yaml", at: "work/clouds.yaml")
        let error = CloudConfigError.unknownRegion(
            selectedBy: nil, cloud: "listed", region: "regionone", known: ["RegionOne", "RegionTwo", "RegionThree"])
        #expect(throws: error) {
            try sandbox.catalogue().select("listed", regionName: "regionone")
        }
        #expect(error.description.contains("RegionOne, RegionTwo, RegionThree"))
    }
}
