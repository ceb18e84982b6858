/// A translatable string found in the sources, and where.
struct ExtractedMessage: Hashable {
    var msgid: String
    var msgidPlural: String?
    var references: [String]
}

/// A problem with a string that cannot be a message id.
struct ExtractionProblem: Hashable, CustomStringConvertible {
    var reference: String
    var problem: String
    var description: String { reference + ": " + problem }
}
