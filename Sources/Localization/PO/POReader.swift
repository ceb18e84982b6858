import Foundation

/// Reads gettext `.po` files: `msgctxt`, `msgid`, `msgid_plural`, `msgstr[n]`, strings continued
/// over several lines, C escapes, comments and flags, and the header.
///
/// The format is the one GNU gettext's manual describes ("The Format of PO Files"); Poedit,
/// Weblate and Transifex write it. Obsolete `#~` entries are skipped. Anything else is an error
/// naming the file and line: a file a translator can fix beats a silently wrong screen.
public enum POReader {
    /// The largest file read, in bytes (8 MiB): far above any real catalogue, low enough that a
    /// stray file cannot exhaust memory.
    public static let maximumFileSize = 8 * 1024 * 1024

    /// Reads and parses the file at `path`.
    ///
    /// - Throws: ``LocalizationError`` naming the file (and line) when the file cannot be read, is
    ///   too large, is not UTF-8 or is not a valid PO file.
    public static func read(path: String) throws(LocalizationError) -> POFile {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            guard size <= maximumFileSize else {
                throw LocalizationError.fileTooLarge(path: path, bytes: size, limit: maximumFileSize)
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as LocalizationError {
            throw error
        } catch {
            throw .unreadableFile(path: path, reason: (error as NSError).localizedDescription)
        }
        guard data.count <= maximumFileSize else {
            throw .fileTooLarge(path: path, bytes: data.count, limit: maximumFileSize)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(path: path) }
        return try parse(text, path: path)
    }

    /// Parses PO text; `path` only names the source in errors.
    ///
    /// - Throws: ``LocalizationError`` naming `path` and the line of the first problem.
    public static func parse(_ text: String, path: String) throws(LocalizationError) -> POFile {
        var parser = POParser(path: path)
        var number = 0
        // "\r\n" is one Character in Swift, so Windows line ends need naming explicitly.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            try parser.consume(line, number: number)
        }
        return try parser.finish(lastLine: number)
    }
}
