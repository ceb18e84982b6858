import CloudConfig
import ExosphereCore

/// The form that creates an application credential and downloads it. It shows no secret: the
/// secret exists only in the download.
struct CredentialsPage: Sendable {
    struct Option: Sendable {
        var value: String
        var label: String
    }

    var projects: [Option]
    var formats: [Option]
    var suggestedName: String
    var failures: [FailureRow]

    var hasProjects: Bool { !projects.isEmpty }
    var hasFailures: Bool { !failures.isEmpty }

    init(projects: [ProjectSummary], failures: [FailureRow], suggestedName: String) {
        self.projects = projects.map { Option(value: Self.value(for: $0), label: $0.cloud + " / " + $0.name) }
        formats = CredentialExport.Format.allCases.map { Option(value: $0.rawValue, label: $0.rawValue) }
        self.suggestedName = suggestedName
        self.failures = failures
    }

    /// The form value naming a project: cloud and project id, each percent-encoded, so the `/`
    /// between them is unambiguous.
    static func value(for project: ProjectSummary) -> String {
        PathComponent.encode(project.cloud) + "/" + PathComponent.encode(project.id)
    }
}

extension CredentialsPage: TemplateView {
    func computed(_ name: String) -> Any? {
        switch name {
        case "hasProjects": hasProjects
        case "hasFailures": hasFailures
        default: nil
        }
    }
}
