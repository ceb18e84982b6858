import Mustache

/// A view model whose computed properties templates can read, not only its stored ones
/// (Mustache looks values up by reflection, which sees stored properties only).
protocol TemplateView: MustacheParent {
    /// The value of a computed property by name, or `nil` to fall back to stored properties.
    func computed(_ name: String) -> Any?
}

extension TemplateView {
    func child(named name: String) -> Any? {
        if let value = computed(name) { return value }
        guard let stored = Mirror(reflecting: self).children.first(where: { $0.label == name })?.value else { return nil }
        // An optional that holds nothing must read as missing, so `{{#x}}` sections stay closed.
        let mirror = Mirror(reflecting: stored)
        guard mirror.displayStyle == .optional else { return stored }
        return mirror.children.first?.value
    }
}

extension PageChrome: TemplateView {
    func computed(_ name: String) -> Any? {
        switch name {
        case "onDashboard": return onDashboard
        case "onInstances": return onInstances
        case "onClouds": return onClouds
        case "onActivity": return onActivity
        case "onSettings": return onSettings
        case "onAbout": return onAbout
        default: return nil
        }
    }
}

extension DashboardPage: TemplateView {
    // Every name the dashboard reads, stored ones too: it is the most requested page, and a
    // lookup by reflection builds a `Mirror` of the whole page each time.
    func computed(_ name: String) -> Any? {
        switch name {
        case "total": return total
        case "cloudCount": return cloudCount
        case "hasClouds": return hasClouds
        case "states": return states
        case "projects": return projects
        case "transitions": return transitions
        case "moreTransitions": return moreTransitions
        case "failures": return failures
        case "usage": return usage
        case "activity": return activity
        case "isEmpty": return isEmpty
        case "hasTransitions": return hasTransitions
        case "hasMoreTransitions": return hasMoreTransitions
        case "hasFailures": return hasFailures
        case "hasUsage": return hasUsage
        case "hasActivity": return hasActivity
        default: return nil
        }
    }
}

extension InstanceListPage: TemplateView {
    func computed(_ name: String) -> Any? {
        switch name {
        case "isEmpty": return isEmpty
        case "isFiltered": return isFiltered
        case "hasPages": return hasPages
        case "hasFailures": return hasFailures
        default: return nil
        }
    }
}

extension InstanceDetailPage: TemplateView {
    func computed(_ name: String) -> Any? { name == "hasAddresses" ? hasAddresses : nil }
}

extension ActivityPage: TemplateView {
    func computed(_ name: String) -> Any? {
        switch name {
        case "isEmpty": return isEmpty
        case "isTruncated": return isTruncated
        case "shown": return shown
        default: return nil
        }
    }
}

extension CloudsPage: TemplateView {
    func computed(_ name: String) -> Any? { name == "isEmpty" ? isEmpty : nil }
}

extension AboutPage: TemplateView {
    func computed(_ name: String) -> Any? { name == "hasText" ? hasText : nil }
}
