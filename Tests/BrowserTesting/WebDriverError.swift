/// What went wrong talking to the browser.
public enum WebDriverError: Error, CustomStringConvertible {
    /// chromium or chromedriver is not installed.
    case browserMissing(String)
    /// chromedriver did not start answering in time.
    case driverDidNotStart
    /// The driver answered with a W3C error (`error`, `message`).
    case command(String, status: Int, error: String, message: String)
    /// An element was not found in time.
    case elementNotFound(String)

    /// One line for test output.
    public var description: String {
        switch self {
        case .browserMissing(let what): return "\(what) is not installed (apt-get install -y chromium chromium-driver)"
        case .driverDidNotStart: return "chromedriver did not start"
        case .command(let path, let status, let error, let message): return "WebDriver \(path): \(status) \(error): \(message)"
        case .elementNotFound(let selector): return "no element matches \(selector)"
        }
    }
}
