import ExosphereCore
import Localization
import Foundation

/// The instance list: search by name, id or address; filter by state and project; sort; pages of
/// ``InstanceListQuery/pageSize`` rows. Plugin providers' instances are in it like any other, as
/// the core lists them (a project filter leaves them out: they have none).
struct InstanceListPage: Sendable {
    struct Option: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    var search: String
    var rows: [InstanceRow]
    var states: [Option]
    var projects: [Option]
    var sorts: [Option]
    var total: Int
    var matching: Int
    var page: Int
    var pageCount: Int
    var previousURL: String?
    var nextURL: String?
    var failures: [FailureRow]
    /// The actions offered for the ticked rows.
    var bulkActions: [Option]
    /// This list's address with its search, filters, sort and page, to come back to after a bulk action.
    var currentURL: String

    init(instances: Listing<Instance>, query: InstanceListQuery, localizer: any MessageLocalizer) {
        let needle = query.search?.lowercased()
        var matches = instances.items.filter { instance in
            if let state = query.state, instance.status != state { return false }
            if let project = query.project, instance.project.name != project && instance.project.id != project { return false }
            guard let needle else { return true }
            return instance.name.lowercased().contains(needle) || instance.id.hasPrefix(needle)
                || instance.addresses.contains { $0.address.hasPrefix(needle) }
        }
        switch query.sort {
        case .name:
            // Lower-case each name once, not once per comparison.
            matches = matches.map { ($0.name.lowercased(), $0) }.sorted { ($0.0, $0.1.id) < ($1.0, $1.1.id) }.map(\.1)
        case .status: matches.sort { ($0.status, $0.name, $0.id) < ($1.status, $1.name, $1.id) }
        case .project: matches.sort { ($0.project.name, $0.name, $0.id) < ($1.project.name, $1.name, $1.id) }
        case .created: matches.sort { ($0.created ?? .distantPast, $0.id) > ($1.created ?? .distantPast, $1.id) }
        }
        total = instances.items.count
        matching = matches.count
        pageCount = max(1, (matches.count + InstanceListQuery.pageSize - 1) / InstanceListQuery.pageSize)
        page = min(query.page, pageCount)
        let start = (page - 1) * InstanceListQuery.pageSize
        rows = matches.dropFirst(start).prefix(InstanceListQuery.pageSize).map { InstanceRow($0, localizer: localizer) }
        previousURL = page > 1 ? query.url(page: page - 1) : nil
        nextURL = page < pageCount ? query.url(page: page + 1) : nil
        search = query.search ?? ""
        states = StatusPresentation.filterable.map {
            Option(value: $0, label: localizer.text(StatusPresentation(status: $0).label), selected: $0 == query.state)
        }
        // Providers' instances have no project: no empty choice.
        let projectNames = Set(instances.items.map(\.project.name)).subtracting([""]).sorted()
        projects = projectNames.map { Option(value: $0, label: $0, selected: $0 == query.project) }
        sorts = InstanceListQuery.Sort.allCases.map { sort in
            let label: LocalizableMessage
            switch sort {
            case .name: label = LocalizableMessage("Name")
            case .status: label = LocalizableMessage("State")
            case .project: label = LocalizableMessage("Project")
            case .created: label = LocalizableMessage("Newest first")
            }
            return Option(value: sort.rawValue, label: localizer.text(label), selected: sort == query.sort)
        }
        failures = FailureRow.rows(instances.failures, localizer: localizer)
        bulkActions = BulkActionPage.actions.map { Option(value: $0.rawValue, label: localizer.text(ActionWords.label($0)), selected: false) }
        currentURL = query.url(page: page)
    }

    var isEmpty: Bool { rows.isEmpty }
    var isFiltered: Bool { matching != total }
    var hasPages: Bool { pageCount > 1 }
    var hasFailures: Bool { !failures.isEmpty }
}
