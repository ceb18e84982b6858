import Crypto
import ExosphereCore
import Foundation
import Localization
import SessionDatabase
import Synchronization

/// One browser's session: its preferences, its CSRF tokens, a one-time notice for the next page,
/// and (in multi-user mode) its own clouds and credentials.
final class BrowserSession: Sendable {
    /// A notice shown once on the next page, such as "Cloud added".
    struct Notice: Sendable, Codable, Equatable {
        var text: String
        var isError: Bool
    }

    private struct State {
        var preferences = Preferences()
        var notice: Notice?
        var lastSeen = Date()
        var admitted = false
        /// The session database's revision of this session, and the snapshot written at it.
        var revision: Int64 = 0
        var stored: SessionSnapshot?
        var storedTouch = Date.distantPast
        var device = ""
        var createdAt = Date()
        var rowKey: String?
        var singleSignOn = SingleSignOnState()
    }

    let id: String
    /// Seals this session's stored state; carried by its cookie (see ``SessionSnapshot``).
    let dataKey: SymmetricKey
    let csrf: CSRFGuard
    /// The clouds this session sees; shared on loopback, its own in multi-user mode.
    let workspace: CloudWorkspace
    /// Whether ``workspace`` belongs to this session alone (and is closed with it).
    let ownsWorkspace: Bool
    private let state = Mutex(State())

    init(id: String, key: SymmetricKey, dataKey: SymmetricKey = SymmetricKey(size: .bits256), workspace: CloudWorkspace, ownsWorkspace: Bool) {
        self.id = id
        self.dataKey = dataKey
        self.csrf = CSRFGuard(key: key, sessionID: id)
        self.workspace = workspace
        self.ownsWorkspace = ownsWorkspace
    }

    var preferences: Preferences {
        get { state.withLock { $0.preferences } }
        set { state.withLock { $0.preferences = newValue } }
    }

    var lastSeen: Date { state.withLock { $0.lastSeen } }

    /// When this session was first kept (sign-in renews the id, not this).
    var createdAt: Date {
        get { state.withLock { $0.createdAt } }
        set { state.withLock { $0.createdAt = newValue } }
    }

    /// The browser (see ``DeviceName``), for the list of signed-in devices.
    var device: String {
        get { state.withLock { $0.device } }
        set { state.withLock { $0.device = newValue } }
    }

    /// This session's single sign-on: a sign-in under way, and when sign-ins by it end.
    var singleSignOn: SingleSignOnState {
        get { state.withLock { $0.singleSignOn } }
        set { state.withLock { $0.singleSignOn = newValue } }
    }

    /// Changes ``singleSignOn`` in one step, returning what `change` returns.
    func changeSingleSignOn<Result>(_ change: (inout SingleSignOnState) -> Result) -> Result {
        state.withLock { change(&$0.singleSignOn) }
    }

    /// Whether this browser brought the server's access token (see ``WebUIConfiguration/accessToken``).
    var isAdmitted: Bool {
        get { state.withLock { $0.admitted } }
        set { state.withLock { $0.admitted = newValue } }
    }

    func touch(_ now: Date = Date()) { state.withLock { $0.lastSeen = now } }

    /// Takes over what `other` kept (preferences, the pending notice, admission, single sign-on) when this
    /// session replaces it under a new id.
    func adopt(_ other: BrowserSession) {
        let taken = other.state.withLock { $0 }
        state.withLock { state in
            state.preferences = taken.preferences
            state.notice = taken.notice
            state.admitted = taken.admitted
            state.singleSignOn = taken.singleSignOn
        }
    }

    /// A digest of the id: the session's row key in the database, the handle a page may show of
    /// it, and (its start) its anonymous id in log lines. Worked out once, on first use.
    var rowKey: String {
        state.withLock { state in
            if let key = state.rowKey { return key }
            let key = SessionDatabase.digest(id)
            state.rowKey = key
            return key
        }
    }

    /// What the cookie names: this session and its data key.
    var cookieContents: SessionCookie.Contents {
        SessionCookie.Contents(id: id, dataKey: dataKey.withUnsafeBytes { Data($0) })
    }

    /// What of this session outlives the replica serving it, as it is now.
    func snapshot() -> SessionSnapshot {
        let clouds = workspace.sessions.sessions.map(\.profile)
        return state.withLock { state in
            SessionSnapshot(
                clouds: clouds, preferences: state.preferences, admitted: state.admitted, notice: state.notice,
                singleSignOn: state.singleSignOn)
        }
    }

    /// Takes on a stored snapshot's preferences, admission, notice and single sign-on, written at `revision`.
    func restore(_ snapshot: SessionSnapshot, revision: Int64) {
        state.withLock { state in
            state.preferences = snapshot.preferences
            state.admitted = snapshot.admitted
            state.notice = snapshot.notice
            state.singleSignOn = snapshot.singleSignOn ?? SingleSignOnState()
            state.revision = revision
            state.stored = snapshot
        }
    }

    /// The revision last read or written, and the snapshot it holds.
    var stored: (revision: Int64, snapshot: SessionSnapshot?) {
        state.withLock { ($0.revision, $0.stored) }
    }

    /// Notes that `snapshot` was written as `revision` at `time` (which is also its last use there).
    func markStored(_ snapshot: SessionSnapshot, revision: Int64, at time: Date) {
        state.withLock { state in
            state.revision = revision
            state.stored = snapshot
            state.storedTouch = time
        }
    }

    /// Whether the database's last-used time is older than `interval` (and, if so, notes it as
    /// renewed now): last use is written at most that often.
    func needsStoredTouch(now: Date, interval: TimeInterval) -> Bool {
        state.withLock { state in
            guard now.timeIntervalSince(state.storedTouch) >= interval else { return false }
            state.storedTouch = now
            return true
        }
    }

    /// Leaves a notice for the next page.
    func notify(_ text: String, isError: Bool = false) {
        state.withLock { $0.notice = Notice(text: text, isError: isError) }
    }

    /// The notice left for this page, removed so it shows once.
    func takeNotice() -> Notice? {
        state.withLock { state in
            defer { state.notice = nil }
            return state.notice
        }
    }
}
