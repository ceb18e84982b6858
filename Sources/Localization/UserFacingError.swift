/// An error that can explain itself to a person: what happened and what to do about it.
///
/// Every module's error enum conforms. Front ends render ``message`` and ``recovery`` in the
/// reader's language (the CLI to standard error, the web UI as a page or flash message).
public protocol UserFacingError: Error, Sendable, CustomStringConvertible {
    /// What happened, in plain words.
    var message: LocalizableMessage { get }
    /// What the person can do next, when there is something to suggest.
    var recovery: LocalizableMessage? { get }
}

extension UserFacingError {
    /// The message and, when present, the recovery hint, in the source language.
    public var description: String {
        guard let recovery else { return message.sourceText }
        return message.sourceText + " " + recovery.sourceText
    }
}

/// A ``UserFacingError`` that another service caused (a cloud's API answered with a failure or
/// not at all), not the request the person made: a web page shows it as 502 Bad Gateway, since
/// asking again unchanged may work.
public protocol UpstreamFailure: UserFacingError {}
