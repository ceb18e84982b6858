public import Localization

/// Why the session database could not be used. An upstream failure: the web UI answers 502, as
/// for a cloud that does not answer, since asking again may work.
public enum SessionDatabaseError: UpstreamFailure, Equatable {
    /// `hosting.sessions` is not an address this server can use.
    case invalidAddress(_ address: String, reason: String)
    /// The database did not answer or refused a query.
    case unavailable(_ address: String, reason: String)
    /// The database's schema is newer than this server knows: a newer version wrote it.
    case schemaTooNew(found: Int, known: Int)
    /// A stored record is larger than this server accepts.
    case recordTooLarge(bytes: Int, limit: Int)

    public var message: LocalizableMessage {
        switch self {
        case .invalidAddress(let address, let reason):
            LocalizableMessage("The session database address {address} cannot be used: {reason}.", ["address": address, "reason": reason])
        case .unavailable(let address, let reason):
            LocalizableMessage("The session database at {address} could not be used: {reason}.", ["address": address, "reason": reason])
        case .schemaTooNew(let found, let known):
            LocalizableMessage(
                "The session database has schema version {found}, and this server knows versions up to {known}.",
                ["found": String(found), "known": String(known)])
        case .recordTooLarge(let bytes, let limit):
            LocalizableMessage(
                "A session record of {bytes} bytes is larger than the {limit} bytes this server keeps.",
                ["bytes": String(bytes), "limit": String(limit)])
        }
    }

    public var recovery: LocalizableMessage? {
        switch self {
        case .invalidAddress:
            LocalizableMessage("Write hosting.sessions as postgres://USER:PASSWORD@HOST:PORT/DATABASE in the settings file.")
        case .unavailable:
            LocalizableMessage("Check that PostgreSQL is running and that the address, user and password are right.")
        case .schemaTooNew:
            LocalizableMessage("Run the newer Exosphere on every replica, or use a database of its own for this version.")
        case .recordTooLarge:
            LocalizableMessage("Sign out of some clouds and sign in again.")
        }
    }
}
