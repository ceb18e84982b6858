public import CloudConfig
public import Logging
import OpenStackAPI
import OutboundHTTP

extension CloudSessions {
    /// These sessions plus one for `profile` (replacing a cloud of the same name), sharing this
    /// value's HTTP client and activity log; the web UI adds clouds this way as people sign in.
    ///
    /// The new session keeps no token cache on disk: a cloud added in a browser lives as long as
    /// the server does. A cloud with its own TLS settings gets its own HTTP client, closed with
    /// the others by ``close()``; the client of a cloud it replaces is shut down (see
    /// ``removing(cloudNamed:)``).
    public func adding(_ profile: CloudProfile, logger: Logger) -> CloudSessions {
        var chosen = transport
        let others = sessions.filter { $0.profile.name != profile.name }
        var extra = Self.retiring(tlsTransports, unusedBy: others)
        if !profile.verifyTLS || profile.caCertificatePath != nil {
            var configuration = transportConfiguration
            configuration.verifyCertificates = profile.verifyTLS
            configuration.caCertificatePath = profile.caCertificatePath
            chosen = AsyncHTTPClientTransport(configuration: configuration, destinationGuard: destinationGuard)
            extra.append(chosen)
        }
        let context = APIContext(transport: chosen, activityLog: activityLog, logger: logger)
        let session = CloudSession(profile: profile, context: context, cacheDirectory: nil)
        return CloudSessions(
            sessions: others + [session], activityLog: activityLog, transport: transport, tlsTransports: extra,
            transportConfiguration: transportConfiguration, destinationGuard: destinationGuard)
    }
}

extension CloudSessions {
    /// These sessions without the cloud named `name`; the shared HTTP client stays open for the
    /// others, and a client made for that cloud's TLS settings alone is shut down.
    public func removing(cloudNamed name: String) -> CloudSessions {
        let remaining = sessions.filter { $0.profile.name != name }
        return CloudSessions(
            sessions: remaining, activityLog: activityLog, transport: transport,
            tlsTransports: Self.retiring(tlsTransports, unusedBy: remaining), transportConfiguration: transportConfiguration,
            destinationGuard: destinationGuard)
    }

    /// The transports of `transports` that a session of `sessions` uses; the others are shut down.
    ///
    /// A web UI adds and removes clouds as long as it runs, and each client holds a connection
    /// pool and its threads' work until shut down. The shutdown runs in a task of its own: these
    /// methods return a value (callers need not wait), and a request of the removed cloud still in
    /// flight ends with an error rather than holding the caller.
    private static func retiring(
        _ transports: [AsyncHTTPClientTransport], unusedBy sessions: [CloudSession]
    ) -> [AsyncHTTPClientTransport] {
        let used = Set(sessions.compactMap { ($0.context.transport as? AsyncHTTPClientTransport).map(ObjectIdentifier.init) })
        var kept: [AsyncHTTPClientTransport] = []
        for transport in transports {
            if used.contains(ObjectIdentifier(transport)) {
                kept.append(transport)
            } else {
                Task { try? await transport.shutdown() }
            }
        }
        return kept
    }
}
