import Foundation

/// Where the command's words go: results to standard output, everything about the run (errors,
/// warnings, timing) to standard error, so `--json` output stays parseable.
enum Console {
    /// Writes `text` to standard output as is.
    ///
    /// When the reader has gone (`exosphere server list | head`), the process ends at once with
    /// status 141, as a command killed by SIGPIPE does, instead of writing on into a closed pipe.
    static func out(_ text: String) {
        out(Data(text.utf8))
    }

    /// Writes `bytes` to standard output as they are; see ``out(_:)-(String)``.
    static func out(_ bytes: Data) {
        do {
            try FileHandle.standardOutput.write(contentsOf: bytes)
        } catch {
            exit(141)
        }
    }

    /// Writes one line to standard error; a closed standard error loses the line, nothing more.
    static func err(_ line: String) {
        try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
    }

    /// Writes `value` to standard output as pretty, key-sorted JSON followed by a newline.
    static func json(_ value: some Encodable) throws {
        out(try JSONOutput.encoder().encode(value) + Data("\n".utf8))
    }

    /// Writes `count` rows made by `row` from their index as ``json(_:)`` would write their array,
    /// making and encoding them in parallel slices (see ``JSONOutput/array(count:slices:row:)``).
    static func json<Row: Encodable>(count: Int, row: @Sendable (Int) -> Row) throws {
        out(try JSONOutput.array(count: count, row: row) + Data("\n".utf8))
    }
}
