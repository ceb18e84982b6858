/// A browser in a few words, from its `User-Agent`, for the list of signed-in devices: "Firefox
/// on Linux", "Safari on iOS". Only a label a person recognises, never used to decide anything.
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

    /// The label for `userAgent`; "Unknown browser" when it names none we know.
    static func summary(_ userAgent: String?) -> String {
        let text = String((userAgent ?? "").prefix(512))
        let browser = browsers.first { text.contains($0.token) }?.name
        let system = systems.first { text.contains($0.token) }?.name
        switch (browser, system) {
        case (let browser?, let system?): return "\(browser) on \(system)"
        case (let browser?, nil): return browser
        case (nil, let system?): return "A browser on \(system)"
        case (nil, nil): return "Unknown browser"
        }
    }
}
