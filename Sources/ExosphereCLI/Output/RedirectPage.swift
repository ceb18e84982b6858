import Foundation
import Localization

/// A page only this account can read that sends the browser on to an address: the way to open an
/// address carrying a secret (the web UI's access token) without putting it on a command line.
enum RedirectPage {
    /// Writes the page for `url` into a new private folder (0700, the page 0600) under the
    /// temporary directory and returns the page's file URL.
    ///
    /// - Throws: When the folder or file cannot be made.
    static func write(to url: String, in directory: URL = FileManager.default.temporaryDirectory) throws -> URL {
        let folder = directory.appendingPathComponent("exosphere-open-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let page = folder.appendingPathComponent("open.html")
        let escaped = HTMLEscaping.escape(url)
        let text = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=\(escaped)"><title>Exosphere</title></head>
            <body><p><a href="\(escaped)">Open Exosphere</a></p></body></html>

            """
        guard FileManager.default.createFile(atPath: page.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return page
    }
}
