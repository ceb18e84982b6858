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

// The layout is rendered on every page: each name it reads answers by lookup, stored ones too
// (a lookup by reflection builds a `Mirror` of the whole chrome each time). A name without a
// value (no logo, no notice) answers `nil`, as a missing one does.
extension PageChrome: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "appTitle": appTitle
        case "pageTitle": pageTitle
        case "lang": lang
        case "colorMode": colorMode
        case "themeCSS": themeCSS
        case "logo": logo
        case "favicon": favicon
        case "csrf": csrf
        case "notice": notice
        case "multiUser": multiUser
        case "announcements": announcements
        case "path": path
        // `ExtensionLink` is public, so it cannot answer lookups itself (Mustache is imported internally).
        case "extensionLinks": extensionLinks.map { ["title": $0.title, "url": $0.url] }
        case "onDashboard": onDashboard
        case "onInstances": onInstances
        case "onClouds": onClouds
        case "onActivity": onActivity
        case "onSettings": onSettings
        case "onAbout": onAbout
        default: nil
        }
    }
}

extension PageChrome.Notice: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "isError": isError
        default: nil
        }
    }
}

extension AnnouncementBanner: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "text": text
        case "level": level
        case "isCritical": isCritical
        default: nil
        }
    }
}

extension DashboardPage: MustacheParent {
    // Every name the dashboard reads, stored ones too: it is the most requested page, and a
    // lookup by reflection builds a `Mirror` of the whole page each time.
    func child(named name: String) -> Any? {
        switch name {
        case "total": total
        case "cloudCount": cloudCount
        case "hasClouds": hasClouds
        case "states": states
        case "projects": projects
        case "transitions": transitions
        case "moreTransitions": moreTransitions
        case "failures": failures
        case "plugins": plugins
        case "providers": providers
        case "usage": usage
        case "activity": activity
        case "isEmpty": isEmpty
        case "hasTransitions": hasTransitions
        case "hasMoreTransitions": hasMoreTransitions
        case "hasFailures": hasFailures
        case "hasUsage": hasUsage
        case "hasActivity": hasActivity
        default: nil
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
    func computed(_ name: String) -> Any? {
        switch name {
        case "isEmpty": isEmpty
        case "hasOffered": hasOffered
        default: nil
        }
    }
}

// No computed names: its one optional (`onlyMethod`) must read as missing when it holds nothing.
extension CloudsPage.OfferedRow: TemplateView {
    func computed(_ name: String) -> Any? { nil }
}

extension AboutPage: TemplateView {
    func computed(_ name: String) -> Any? { name == "hasText" ? hasText : nil }
}
