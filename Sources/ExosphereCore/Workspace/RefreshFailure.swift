public import Localization

/// The latest poll of a project failed; the states shown for it are the last known ones.
public struct RefreshFailure: UpstreamFailure, Hashable {
    /// The cloud's or the network's words.
    public var reason: String

    /// Creates the failure.
    public init(reason: String) {
        self.reason = reason
    }

    /// What happened.
    public var message: LocalizableMessage {
        LocalizableMessage("The latest refresh failed: {reason}", ["reason": reason])
    }

    /// What to expect.
    public var recovery: LocalizableMessage? {
        LocalizableMessage("Exosphere keeps trying; the states shown may be out of date.")
    }
}
