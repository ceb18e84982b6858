import Foundation

/// An incremental reader of `multipart/form-data` bodies (RFC 7578, framed as in RFC 2046 §5.1).
///
/// Hand-written rather than multipart-kit's: its 4.7 parser grows a part's header names and values
/// without bound (a visitor's upload could send gigabytes of one header); this one holds a part's
/// headers to ``maximumHeaderBytes`` and is fuzzed (`scripts/fuzz multipart`).
///
/// Fed the body in chunks of any size, it reports each part's headers, then its bytes, then its
/// end; it keeps at most one delimiter's length of a part's bytes between chunks, so a file part
/// of any size passes through in constant memory.
struct MultipartParser {
    /// What one chunk revealed, in body order.
    enum Event: Equatable {
        /// A part starts; its `Content-Disposition` and `Content-Type`.
        case part(MultipartPartHeaders)
        /// Bytes of the current part.
        case data([UInt8])
        /// The current part is complete.
        case end
    }

    /// Why a body is not a well-formed multipart form.
    enum Failure: Error, Equatable {
        case noBoundary
        case malformedDelimiter
        case headersTooLong
        case malformedHeaders
        case truncated
    }

    private enum State {
        case preamble, afterDelimiter, headers, body, done
    }

    /// The most a part's header block may hold, in bytes.
    static let maximumHeaderBytes = 16 * 1024

    private let delimiter: [UInt8]
    private var buffer: [UInt8]
    private var state = State.preamble

    /// A parser for the boundary named in `contentType` (`multipart/form-data; boundary=…`).
    ///
    /// - Throws: ``Failure/noBoundary`` when the type is not multipart or names no usable boundary.
    init(contentType: String) throws(Failure) {
        guard let boundary = Self.boundary(in: contentType) else { throw .noBoundary }
        delimiter = Array("\r\n--\(boundary)".utf8)
        // The first delimiter need not follow a line break: pretend one came before the body.
        buffer = [13, 10]
    }

    /// Whether `contentType` announces a multipart form.
    static func isMultipartForm(_ contentType: String?) -> Bool {
        contentType?.lowercased().hasPrefix("multipart/form-data") ?? false
    }

    /// The `boundary` parameter of a `multipart/form-data` content type (RFC 2046: 1 to 70
    /// characters), quoted or not.
    static func boundary(in contentType: String) -> String? {
        guard isMultipartForm(contentType) else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            var value = pair[1]
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    /// Reads the next chunk of the body.
    mutating func feed(_ chunk: some Collection<UInt8>) throws(Failure) -> [Event] {
        buffer.append(contentsOf: chunk)
        var events: [Event] = []
        var cursor = 0
        var progressing = true
        while progressing {
            switch state {
            case .preamble:
                if let found = Self.find(delimiter, in: buffer, from: cursor) {
                    cursor = found + delimiter.count
                    state = .afterDelimiter
                } else {
                    cursor = max(cursor, buffer.count - (delimiter.count - 1))
                    progressing = false
                }
            case .afterDelimiter:
                guard buffer.count - cursor >= 2 else {
                    progressing = false
                    break
                }
                switch (buffer[cursor], buffer[cursor + 1]) {
                case (45, 45): state = .done  // "--": the closing delimiter
                case (13, 10): state = .headers
                default: throw .malformedDelimiter
                }
                cursor += 2
            case .headers:
                if buffer.count - cursor >= 2, buffer[cursor] == 13, buffer[cursor + 1] == 10 {
                    // No headers at all: the blank line follows the delimiter at once.
                    events.append(.part(MultipartPartHeaders()))
                    cursor += 2
                    state = .body
                } else if let end = Self.find([13, 10, 13, 10], in: buffer, from: cursor) {
                    guard end - cursor <= Self.maximumHeaderBytes else { throw .headersTooLong }
                    events.append(.part(try MultipartPartHeaders(parsing: buffer[cursor..<end])))
                    cursor = end + 4
                    state = .body
                } else {
                    guard buffer.count - cursor <= Self.maximumHeaderBytes else { throw .headersTooLong }
                    progressing = false
                }
            case .body:
                if let found = Self.find(delimiter, in: buffer, from: cursor) {
                    if found > cursor { events.append(.data(Array(buffer[cursor..<found]))) }
                    events.append(.end)
                    cursor = found + delimiter.count
                    state = .afterDelimiter
                } else {
                    // Keep the tail that could be the start of a delimiter split across chunks.
                    let safe = buffer.count - (delimiter.count - 1)
                    if safe > cursor {
                        events.append(.data(Array(buffer[cursor..<safe])))
                        cursor = safe
                    }
                    progressing = false
                }
            case .done:
                cursor = buffer.count
                progressing = false
            }
        }
        buffer.removeFirst(min(cursor, buffer.count))
        return events
    }

    /// Checks that the body ended with the closing delimiter.
    func finish() throws(Failure) {
        guard case .done = state else { throw .truncated }
    }

    /// The first index at or after `start` where `pattern` occurs in `bytes`.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count - start >= pattern.count else { return nil }
        let last = bytes.count - pattern.count
        var index = start
        while index <= last {
            if bytes[index] == first {
                var matched = 1
                while matched < pattern.count && bytes[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }
}

/// The headers of one part that a form needs: the field's name, the file's name, its type.
struct MultipartPartHeaders: Equatable {
    /// The form field's name (`Content-Disposition: form-data; name="…"`).
    var name = ""
    /// The chosen file's name, for a file input (`filename="…"`); empty when no file was chosen.
    var filename: String?
    /// The part's `Content-Type`, if given.
    var contentType: String?

    init(name: String = "", filename: String? = nil, contentType: String? = nil) {
        self.name = name
        self.filename = filename
        self.contentType = contentType
    }

    /// Parses a header block (lines separated by CRLF, without the blank line).
    init(parsing block: ArraySlice<UInt8>) throws(MultipartParser.Failure) {
        guard let text = String(validating: block, as: UTF8.self) else { throw .malformedHeaders }
        for line in text.components(separatedBy: "\r\n") where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw .malformedHeaders }
            let field = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch field {
            case "content-disposition":
                let parameters = Self.parameters(of: value)
                name = parameters["name"] ?? ""
                filename = parameters["filename"]
            case "content-type":
                contentType = value
            default:
                continue
            }
        }
    }

    /// The `key=value` parameters after the first `;`, values unquoted (a backslash escapes the
    /// next character inside quotes); keys lower-cased.
    static func parameters(of value: String) -> [String: String] {
        var result: [String: String] = [:]
        var characters = Substring(value)
        // Skip the disposition type (`form-data`).
        guard let firstSemicolon = characters.firstIndex(of: ";") else { return result }
        characters = characters[characters.index(after: firstSemicolon)...]
        while !characters.isEmpty {
            characters = characters.drop { $0 == " " || $0 == "\t" || $0 == ";" }
            let key = characters.prefix { $0 != "=" && $0 != ";" }
            characters = characters.dropFirst(key.count)
            guard characters.first == "=" else { continue }
            characters = characters.dropFirst()
            var parsed = ""
            if characters.first == "\"" {
                characters = characters.dropFirst()
                var escaped = false
                while let character = characters.first {
                    characters = characters.dropFirst()
                    if escaped {
                        parsed.append(character)
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        break
                    } else {
                        parsed.append(character)
                    }
                }
            } else {
                let raw = characters.prefix { $0 != ";" }
                parsed = raw.trimmingCharacters(in: .whitespaces)
                characters = characters.dropFirst(raw.count)
            }
            result[key.trimmingCharacters(in: .whitespaces).lowercased()] = parsed
        }
        return result
    }
}
