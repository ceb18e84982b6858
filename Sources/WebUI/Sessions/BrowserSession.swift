import Crypto
import ExosphereCore
import Foundation
import Localization
import Synchronization

/// One browser's session: its preferences, its CSRF tokens, a one-time notice for the next page,
/// and (in multi-user mode) its own clouds and credentials.
final class BrowserSession: Sendable {
    /// A notice shown once on the next page, such as "Cloud added".
    struct Notice: Sendable {
        var text: String
        var isError: Bool
    }

    private struct State {
        var preferences = Preferences()
        var notice: Notice?
        var lastSeen = Date()
        var admitted = false
    }

    let id: String
    let csrf: CSRFGuard
    /// The clouds this session sees; shared on loopback, its own in multi-user mode.
    let workspace: CloudWorkspace
    /// Whether ``workspace`` belongs to this session alone (and is closed with it).
    let ownsWorkspace: Bool
    private let state = Mutex(State())

    init(id: String, key: SymmetricKey, workspace: CloudWorkspace, ownsWorkspace: Bool) {
        self.id = id
        self.csrf = CSRFGuard(key: key, sessionID: id)
        self.workspace = workspace
        self.ownsWorkspace = ownsWorkspace
    }

    var preferences: Preferences {
        get { state.withLock { $0.preferences } }
        set { state.withLock { $0.preferences = newValue } }
    }

    var lastSeen: Date { state.withLock { $0.lastSeen } }

    /// Whether this browser brought the server's access token (see ``WebUIConfiguration/accessToken``).
    var isAdmitted: Bool {
        get { state.withLock { $0.admitted } }
        set { state.withLock { $0.admitted = newValue } }
    }

    func touch(_ now: Date = Date()) { state.withLock { $0.lastSeen = now } }

    /// Takes over what `other` kept (preferences, the pending notice, admission) when this
    /// session replaces it under a new id.
    func adopt(_ other: BrowserSession) {
        let taken = other.state.withLock { $0 }
        state.withLock { state in
            state.preferences = taken.preferences
            state.notice = taken.notice
            state.admitted = taken.admitted
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
