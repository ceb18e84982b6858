import Localization

/// The Images page's upload form: a name, a file and its disk format, guessed from the file's
/// extension unless the person chooses one.
struct ImageUploadForm: Sendable {
    struct Option: Sendable {
        var value: String
        var label: String
    }

    /// The disk formats Glance accepts for uploads that people meet in practice.
    static let diskFormats = ["qcow2", "raw", "iso", "vmdk", "vdi", "vhd", "vhdx"]

    /// The choices of the format menu; the first (empty) lets the server guess.
    var formats: [Option]
    /// The upload limit, in bytes (for the script's early check) and in words.
    var maximumBytes: Int64
    var maximumSize: String

    init(maximumBytes: Int64, localizer: any MessageLocalizer) {
        formats =
            [Option(value: "", label: localizer.text(LocalizableMessage("From the file's extension")))]
            + Self.diskFormats.map { Option(value: $0, label: $0) }
        self.maximumBytes = maximumBytes
        maximumSize = ByteSize.text(maximumBytes)
    }

    /// The disk format a form asked for: `nil` to guess from the file's extension.
    ///
    /// - Throws: ``WebUIError/invalidForm(field:)`` for a format not offered.
    static func diskFormat(_ value: String?) throws -> String? {
        guard let value, !value.isEmpty else { return nil }
        guard diskFormats.contains(value) else { throw WebUIError.invalidForm(field: "disk_format") }
        return value
    }

    /// The image's name when the form left it blank: the file's name without its extension.
    static func defaultName(forFile filename: String) -> String {
        let parts = filename.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count > 1 ? parts.dropLast().joined(separator: ".") : filename
    }
}
