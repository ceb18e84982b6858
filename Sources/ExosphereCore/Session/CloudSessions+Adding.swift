public import CloudConfig
public import Logging
import OpenStackAPI

extension CloudSessions {
    /// These sessions plus one for `profile` (replacing a cloud of the same name), sharing this
    /// value's HTTP client and activity log; the web UI adds clouds this way as people sign in.
    ///
    /// The new session keeps no token cache on disk: a cloud added in a browser lives as long as
    /// the server does. A cloud with its own TLS settings gets its own HTTP client, closed with
    /// the others by ``close()``.
    public func adding(_ profile: CloudProfile, logger: Logger) -> CloudSessions {
        var chosen = transport
        var extra = tlsTransports
        if !profile.verifyTLS || profile.caCertificatePath != nil {
            var configuration = transportConfiguration
            configuration.verifyCertificates = profile.verifyTLS
            configuration.caCertificatePath = profile.caCertificatePath
            chosen = AsyncHTTPClientTransport(configuration: configuration)
            extra.append(chosen)
        }
        let context = APIContext(transport: Self.guarded(chosen, by: destinationPolicy), activityLog: activityLog, logger: logger)
        let session = CloudSession(profile: profile, context: context, cacheDirectory: nil)
        let others = sessions.filter { $0.profile.name != profile.name }
        return CloudSessions(
            sessions: others + [session], activityLog: activityLog, transport: transport, tlsTransports: extra,
            transportConfiguration: transportConfiguration, destinationPolicy: destinationPolicy)
    }
}

extension CloudSessions {
    /// These sessions without the cloud named `name`; the HTTP client stays open for the others.
    public func removing(cloudNamed name: String) -> CloudSessions {
        CloudSessions(
            sessions: sessions.filter { $0.profile.name != name }, activityLog: activityLog, transport: transport,
            tlsTransports: tlsTransports, transportConfiguration: transportConfiguration, destinationPolicy: destinationPolicy)
    }
}
