import CloudConfig
public import Foundation
import Logging
import OpenStackAPI

extension CloudSession {
    /// The Keystone user this session is signed in as, once it has a token; `nil` before.
    public func signedInUserID() async -> String? {
        await tokens.exportTokens().first?.user.id
    }

    /// When the sign-in stops working, as far as the tokens held tell: the latest expiry among
    /// them. A token made from another keeps that one's expiry, so for a sign-in by a token (single
    /// sign-on) this is when the person must sign in again. `nil` before any token.
    public func signInExpiry() async -> Date? {
        await tokens.exportTokens().map(\.expiresAt).max()
    }

    /// Revokes every token this session holds (Keystone's "Revoke token"), so none works again,
    /// even for someone who copied it, and forgets them.
    ///
    /// - Returns: How many tokens Keystone refused to revoke or did not answer for; those expire
    ///   on their own.
    @discardableResult
    public func signOut() async -> Int {
        let now = Date()
        var refused = 0
        for token in await tokens.takeAll() where !token.isExpired(at: now) {
            do {
                try await identity.revoke(token.value)
            } catch {
                refused += 1
                context.logger.info("a token was not revoked", metadata: ["cloud": "\(profile.name)", "error": "\(error)"])
            }
        }
        return refused
    }
}

extension CloudWorkspace {
    /// Signs out of every cloud (their tokens revoked where the cloud allows) and closes the
    /// workspace: for a person who signs out, or a session that ended on another replica.
    public func signOutAndClose() async {
        await withTaskGroup(of: Void.self) { group in
            for session in sessions.sessions {
                group.addTask { await session.signOut() }
            }
        }
        await close()
    }
}
