import CloudConfig
import Foundation
import Secrets
import Testing

struct EnvironmentTests {
    @Test("an application-credential openrc forms the envvars cloud")
    func applicationCredentialOpenRC() throws {
        let sandbox = try Sandbox()
        let cloud = try sandbox.catalogue(applicationCredentialEnvironment).select()
        #expect(cloud.name == "envvars")
        #expect(cloud.source == .environment)
        #expect(
            cloud.auth
                == .applicationCredential(
                    ApplicationCredentialAuth(
                        credential: .id("openrc-credential-id"), secret: "openrc-credential-secret")))
        #expect(cloud.authURL.absoluteString == "https://js2.jetstream-cloud.org:5000/v3/")
        #expect(cloud.regionName == "IU")
        #expect(cloud.regions == ["IU"])
        #expect(cloud.interface == .public)
        #expect(cloud.environmentOverrides.isEmpty)
    }

    @Test("a password openrc with the old tenant variables and OS_INSECURE")
    func passwordOpenRC() throws {
        let sandbox = try Sandbox()
        let environment = [
            "OS_AUTH_URL": "https://keystone.example.org:5000/v3", "OS_USERNAME": "alice",
            "OS_PASSWORD": "openrc-password", "OS_TENANT_NAME": "demo", "OS_USER_DOMAIN_NAME": "Default",
            "OS_PROJECT_DOMAIN_ID": "default", "OS_INSECURE": "true", "OS_CACERT": "~/ca.pem", "OS_API_TIMEOUT": "20",
            "OS_ENDPOINT_TYPE": "adminURL", "OS_TEST_TIMEOUT": "60", "OS_STDOUT_CAPTURE": "1",
        ]
        let cloud = try sandbox.catalogue(environment).select()
        let expected = PasswordAuth(
            user: .name("alice", domain: .name("Default")), password: "openrc-password",
            project: .name("demo", domain: .id("default")))
        #expect(cloud.auth == .password(expected))
        #expect(cloud.verifyTLS == false)
        #expect(cloud.caCertificatePath == sandbox.home + "/ca.pem")
        #expect(cloud.apiTimeout == .seconds(20))
        #expect(cloud.interface == .admin)
    }

    @Test("OS_* variables override a named cloud's settings, as python-openstackclient's --os-* options do")
    func overridesNamedCloud() throws {
        let sandbox = try Sandbox()
        try sandbox.install("selection/two-clouds.yaml", at: "work/clouds.yaml")
        let environment = [
            "OS_CLOUD": "alpha", "OS_PASSWORD": "override-password", "OS_TENANT_NAME": "override-project",
            "OS_INTERFACE": "internal", "OS_INSECURE": "true",
        ]
        let catalogue = try sandbox.catalogue(environment)
        let selected = try catalogue.select()
        #expect(selected.name == "alpha")
        #expect(
            selected.auth
                == .password(
                    PasswordAuth(
                        user: .name("alpha-user", domain: .id("default")), password: "override-password",
                        project: .name("override-project", domain: .id("default")))))
        #expect(selected.interface == .internal)
        #expect(selected.environmentOverrides == ["OS_INTERFACE", "OS_PASSWORD", "OS_TENANT_NAME"])
        // OS_INSECURE is no --os-* option in OSC, so it does not reach a named cloud.
        #expect(selected.verifyTLS)
        // The catalogue's view of the cloud itself is untouched.
        let asWritten = try catalogue.profile(named: "alpha")
        #expect(asWritten.environmentOverrides.isEmpty)
        #expect(asWritten.interface == .public)
        guard case .password(let auth) = asWritten.auth else {
            Issue.record("alpha should use a password")
            return
        }
        #expect(auth.password == "selection-password-alpha")
    }

    @Test("an override replaces the value under auth: and its older spelling")
    func overrideBeatsAuthSection() throws {
        let sandbox = try Sandbox()
        try sandbox.install("auth/clouds.yaml", at: "work/clouds.yaml")
        let cloud = try sandbox.catalogue(["OS_PROJECT_ID": "from-env"]).select("tenant-and-auth-plugin")
        guard case .password(let auth) = cloud.auth else {
            Issue.record("tenant-and-auth-plugin should use a password")
            return
        }
        #expect(auth.project == .id("from-env"))
    }

    @Test("OS_REGION_NAME must name one of the cloud's regions, as openstacksdk requires")
    func regionFromEnvironmentIsChecked() throws {
        let sandbox = try Sandbox()
        try sandbox.install("regions/clouds.yaml", at: "work/clouds.yaml")
        let catalogue = try sandbox.catalogue(["OS_REGION_NAME": "RegionTwo"])
        #expect(try catalogue.select("listed").regionName == "RegionTwo")
        #expect(try catalogue.select("listed").interface == .internal)
        #expect(try catalogue.select("listed", regionName: "RegionThree").regionName == "RegionThree")
        #expect(
            throws: CloudConfigError.unknownRegion(
                selectedBy: .environment("OS_REGION_NAME"), cloud: "single", region: "RegionTwo", known: ["RegionOne"])
        ) {
            try catalogue.select("single")
        }
    }

    @Test("values from the environment that are wrong name their variable")
    func environmentErrors() throws {
        let sandbox = try Sandbox()
        let missingURL = ["OS_USERNAME": "alice", "OS_PASSWORD": "env-password-no-url"]
        #expect(
            throws: CloudConfigError.missingKey(
                .environment(), cloud: "envvars", keyPath: "OS_AUTH_URL", alternatives: [])
        ) {
            try sandbox.catalogue(missingURL).select()
        }
        let badURL = ["OS_AUTH_URL": "keystone:5000", "OS_TOKEN": "env-token-bad-url"]
        #expect(
            throws: CloudConfigError.invalidURL(
                .environment("OS_AUTH_URL"), keyPath: "OS_AUTH_URL", value: "keystone:5000")
        ) {
            try sandbox.catalogue(badURL).select()
        }
        let badInterface = [
            "OS_AUTH_URL": "https://k.example.org/v3", "OS_TOKEN": "env-token", "OS_INTERFACE": "outside",
        ]
        #expect(
            throws: CloudConfigError.invalidChoice(
                .environment("OS_INTERFACE"), keyPath: "OS_INTERFACE", value: "outside",
                choices: ["public", "internal", "admin"])
        ) {
            try sandbox.catalogue(badInterface).select()
        }
    }
}
