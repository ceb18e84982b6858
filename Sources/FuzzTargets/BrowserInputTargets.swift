import Crypto
import Foundation
@testable import WebUI

/// What a browser sends the web UI before any check has passed: multipart bodies and the
/// session cookie.
enum BrowserInputTargets {
    private static let cookie = SessionCookie(key: SymmetricKey(data: Data(repeating: 7, count: 32)))

    static func run(_ target: FuzzTarget, _ data: Data) {
        switch target {
        case .multipart:
            // The first byte picks the chunk size, so the parser sees boundaries split anywhere.
            guard let first = data.first, var parser = try? MultipartParser(contentType: "multipart/form-data; boundary=fuzz") else { return }
            let chunk = Int(first % 64) + 1
            var offset = data.startIndex + 1
            while offset < data.endIndex {
                let end = data.index(offset, offsetBy: chunk, limitedBy: data.endIndex) ?? data.endIndex
                guard (try? parser.feed(data[offset..<end])) != nil else { return }
                offset = end
            }
            _ = try? parser.finish()
        case .cookie:
            guard let text = String(data: data, encoding: .utf8) else { return }
            _ = cookie.open(text)
            _ = MultipartParser.isMultipartForm(text)
        default:
            break
        }
    }
}
