import CloudConfig
import Testing

struct SelectionTests {
    enum Outcome: Sendable, Equatable {
        case cloud(String)
        case failure(CloudConfigError)
    }

    /// Who chooses the cloud: an explicit name (`--os-cloud`), `OS_CLOUD`, an openrc, or nobody.
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let fixture: String?
        let explicit: String?
        let environment: [String: String]
        let expected: Outcome
        var testDescription: String { label }
    }

    static let openrc = ["OS_AUTH_URL": "https://env.example.org:5000/v3", "OS_TOKEN": "selection-env-token"]

    static let cases: [Case] = [
        Case(
            label: "--os-cloud beats OS_CLOUD", fixture: "selection/two-clouds.yaml", explicit: "beta",
            environment: ["OS_CLOUD": "alpha"], expected: .cloud("beta")),
        Case(
            label: "OS_CLOUD chooses", fixture: "selection/two-clouds.yaml", explicit: nil,
            environment: ["OS_CLOUD": "alpha"], expected: .cloud("alpha")),
        Case(
            label: "OS_CLOUD beats the envvars cloud", fixture: "selection/two-clouds.yaml", explicit: nil,
            environment: openrc.merging(["OS_CLOUD": "alpha"]) { $1 }, expected: .cloud("alpha")),
        Case(
            label: "--os-cloud can choose the envvars cloud", fixture: "selection/two-clouds.yaml", explicit: "envvars",
            environment: openrc.merging(["OS_CLOUD": "alpha"]) { $1 }, expected: .cloud("envvars")),
        Case(
            label: "the envvars cloud when nothing chooses", fixture: "selection/two-clouds.yaml", explicit: nil,
            environment: openrc, expected: .cloud("envvars")),
        Case(
            label: "OS_CLOUD_NAME renames the envvars cloud", fixture: nil, explicit: nil,
            environment: openrc.merging(["OS_CLOUD_NAME": "my-openrc"]) { $1 }, expected: .cloud("my-openrc")),
        Case(
            label: "the only cloud when nothing chooses", fixture: "selection/one-cloud.yaml", explicit: nil,
            environment: [:], expected: .cloud("solo")),
        Case(
            label: "an empty OS_CLOUD counts as unset", fixture: "selection/one-cloud.yaml", explicit: "",
            environment: ["OS_CLOUD": ""], expected: .cloud("solo")),
        Case(
            label: "several clouds and nothing chooses", fixture: "selection/two-clouds.yaml", explicit: nil,
            environment: [:], expected: .failure(.noCloudSelected(available: ["alpha", "beta"]))),
        Case(
            label: "an unknown explicit name", fixture: "selection/two-clouds.yaml", explicit: "gamma",
            environment: ["OS_CLOUD": "alpha"],
            expected: .failure(.unknownCloud(name: "gamma", selectedBy: nil, available: ["alpha", "beta"]))),
        Case(
            label: "an unknown OS_CLOUD", fixture: "selection/two-clouds.yaml", explicit: nil,
            environment: openrc.merging(["OS_CLOUD": "gamma"]) { $1 },
            expected: .failure(
                .unknownCloud(
                    name: "gamma", selectedBy: .environment("OS_CLOUD"), available: ["alpha", "beta", "envvars"]))),
    ]

    @Test("the cloud is chosen by --os-cloud, then OS_CLOUD, then envvars, then the only cloud", arguments: cases)
    func selection(_ testCase: Case) throws {
        let sandbox = try Sandbox()
        if let fixture = testCase.fixture {
            try sandbox.install(fixture, at: "work/clouds.yaml")
        }
        let catalogue = try sandbox.catalogue(testCase.environment)
        let outcome: Outcome
        do {
            outcome = .cloud(try catalogue.select(testCase.explicit).name)
        } catch {
            outcome = .failure(error)
        }
        #expect(outcome == testCase.expected)
        if case .cloud(let name) = testCase.expected {
            #expect(try catalogue.selectedName(testCase.explicit) == name)
        }
    }

    @Test("the envvars cloud comes last in the catalogue and comes from the environment")
    func environmentCloudIsListedLast() throws {
        let sandbox = try Sandbox()
        try sandbox.install("selection/two-clouds.yaml", at: "work/clouds.yaml")
        let catalogue = try sandbox.catalogue(Self.openrc)
        #expect(catalogue.cloudNames == ["alpha", "beta", "envvars"])
        #expect(catalogue.environmentCloudName == "envvars")
        #expect(try catalogue.profile(named: "envvars").source == .environment)
    }

    @Test("a file may not define a cloud named like the environment's cloud")
    func reservedName() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.install("malformed/reserved-name.yaml", at: "work/clouds.yaml")
        #expect(throws: CloudConfigError.reservedCloudName(.file(file, line: 2, column: 3), name: "envvars")) {
            try sandbox.catalogue()
        }
        #expect(try sandbox.catalogue(["OS_CLOUD_NAME": "openrc"]).cloudNames == ["envvars"])
    }
}
