import Foundation
import Synchronization

/// Which `Origin` a state-changing request may come from: the configured public address, or on
/// loopback the address the server is listening on. The request's own `Host` header is never
/// trusted for this, since whoever sends the request chooses it.
struct OriginPolicy: Sendable {
    /// `scheme://host[:port]` of the public address, when one is configured.
    let publicOrigin: String?
    /// The loopback host names the server answers on.
    let loopbackHosts: [String]
    /// The port bound, once known.
    let listening: ListeningPort

    init(publicURL: URL?, host: String, listening: ListeningPort) {
        publicOrigin = publicURL.flatMap(Self.origin(of:))
        let bracketed = host.contains(":") ? "[\(host)]" : host
        loopbackHosts = Array(Set(["127.0.0.1", "localhost", "[::1]", bracketed]))
        self.listening = listening
    }

    /// Whether `origin` (the header's value, `nil` when the browser sent none) may post here.
    /// Browsers send `Origin` on every cross-site post; a post without one is a same-site
    /// navigation or a script, and still needs its CSRF token.
    func allows(_ origin: String?) -> Bool {
        guard let origin else { return true }
        if let publicOrigin { return origin == publicOrigin }
        let given = origin.lowercased()
        guard given.hasPrefix("http://") else { return false }
        let authority = given.dropFirst("http://".count)
        guard let port = listening.port else {
            // Not listening yet (an in-process test): any port of a loopback name.
            return loopbackHosts.contains { authority.hasPrefix($0 + ":") }
        }
        return loopbackHosts.contains { authority == "\($0):\(port)" }
    }

    /// This server's own origin as the browser sent `host` (a `Host` header): the public one when
    /// configured; on loopback the one the browser used, when it names this server, else
    /// `http://127.0.0.1:PORT`. `nil` on loopback before the server listens.
    func ownOrigin(host: String?) -> String? {
        if let publicOrigin { return publicOrigin }
        if let host, allows("http://" + host.lowercased()), listening.port != nil { return "http://" + host.lowercased() }
        return listening.port.map { "http://127.0.0.1:\($0)" }
    }

    /// `scheme://host[:port]` of `url` as browsers write it in `Origin` (no default port), or
    /// `nil` when it is not an http or https address with a host.
    static func origin(of url: URL) -> String? {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", let host = url.host?.lowercased(), !host.isEmpty
        else { return nil }
        let bracketed = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        let defaultPort = scheme == "https" ? 443 : 80
        guard let port = url.port, port != defaultPort else { return "\(scheme)://\(bracketed)" }
        return "\(scheme)://\(bracketed):\(port)"
    }
}

/// The port the server bound, set once it listens (the configured port may be 0).
final class ListeningPort: Sendable {
    private let value = Mutex<Int?>(nil)

    var port: Int? { value.withLock { $0 } }

    func set(_ port: Int) { value.withLock { $0 = port } }
}
