import Localization

/// A browser in a few words, from its `User-Agent`, for the list of signed-in devices ("Firefox
/// on Linux"). Only a label a person recognises, never used to decide anything.
///
/// Stored as `browser/system` (either may be empty), so the words around the names are put in
/// the reader's language when shown.
enum DeviceName {
    /// Browsers by the token that names them, checked in order (Edge and Chrome also say Safari).
    private static let browsers: [(token: String, name: String)] = [
        ("Edg/", "Edge"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Chromium/", "Chromium"), ("Safari/", "Safari"),
        ("curl/", "curl"),
    ]
    /// Systems by the token that names them, checked in order (Android also says Linux).
    private static let systems: [(token: String, name: String)] = [
        ("Android", "Android"), ("iPhone", "iOS"), ("iPad", "iPadOS"), ("Windows", "Windows"), ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"), ("Linux", "Linux"),
    ]

    /// The stored form for `userAgent`: only names from the lists above, never the header's text.
    static func summary(_ userAgent: String?) -> String {
        let text = String((userAgent ?? "").prefix(512))
        let browser = browsers.first { text.contains($0.token) }?.name ?? ""
        let system = systems.first { text.contains($0.token) }?.name ?? ""
        return browser + "/" + system
    }

    /// The stored form as words: "Firefox on Linux", "Firefox", "A browser on Linux", "Unknown browser".
    static func label(_ stored: String, localizer: any MessageLocalizer) -> String {
        let parts = stored.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let browser = parts.first ?? ""
        let system = parts.count > 1 ? parts[1] : ""
        switch (browser.isEmpty, system.isEmpty) {
        case (false, false): return localizer.text(LocalizableMessage("{browser} on {system}", ["browser": browser, "system": system]))
        case (false, true): return browser
        case (true, false): return localizer.text(LocalizableMessage("A browser on {system}", ["system": system]))
        case (true, true): return localizer.text(LocalizableMessage("Unknown browser"))
        }
    }
}
