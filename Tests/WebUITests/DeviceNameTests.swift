import Localization
import Testing

@testable import WebUI

/// The label of a signed-in device, from its browser's `User-Agent`.
@Suite("Device names")
struct DeviceNameTests {
    @Test(
        "common browsers are named with their system; others get a plain label",
        arguments: [
            ("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "Firefox on Linux"),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0", "Edge on Windows"),
            ("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36", "Chrome on Android"),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1", "Safari on iOS"),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15", "Safari on macOS"),
            ("curl/8.5.0", "curl"), ("something (Linux)", "A browser on Linux"), ("", "Unknown browser"),
        ])
    func named(userAgent: String, expected: String) {
        #expect(DeviceName.label(DeviceName.summary(userAgent), localizer: SourceLanguageLocalizer()) == expected)
    }

    @Test("no header, or one of a megabyte, still gives a short label")
    func hostileHeaders() {
        #expect(DeviceName.summary(nil) == "/")
        #expect(DeviceName.summary(String(repeating: "A", count: 1 << 20) + "Firefox/1") == "/")
        // Only known names are stored: the header's own text never reaches the page.
        #expect(DeviceName.summary("<script>Firefox/1</script> (Linux)") == "Firefox/Linux")
        #expect(DeviceName.label("x/y/z", localizer: SourceLanguageLocalizer()) == "x on y/z")
    }
}
