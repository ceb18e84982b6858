public import Foundation

/// Where Debian's chromium and chromedriver are, if installed.
public enum BrowserEnvironment {
    /// The chromium binary.
    public static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first(where: FileManager.default.isExecutableFile)
    }

    /// The chromedriver binary.
    public static var chromedriver: String? {
        ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first(where: FileManager.default.isExecutableFile)
    }

    /// Whether browser tests can run here.
    public static var isAvailable: Bool { chromium != nil && chromedriver != nil }

    /// Where screenshots go: `EXOSPHERE_SCREENSHOTS`, else `.build/screenshots` of the checkout.
    public static func screenshotDirectory(packageRoot: URL) -> URL {
        if let custom = ProcessInfo.processInfo.environment["EXOSPHERE_SCREENSHOTS"], !custom.isEmpty {
            return URL(fileURLWithPath: custom, isDirectory: true)
        }
        return packageRoot.appendingPathComponent(".build/screenshots", isDirectory: true)
    }
}
