public import CloudConfig
public import Logging
import OpenStackAPI

extension CloudSessions {
    /// These sessions plus one for `profile` (replacing a cloud of the same name), sharing this
    /// value's HTTP client and activity log; the web UI adds clouds this way as people sign in.
    ///
    /// The new session keeps no token cache on disk: a cloud added in a browser lives as long as
    /// the server does.
    public func adding(_ profile: CloudProfile, logger: Logger) -> CloudSessions {
        let context = APIContext(transport: transport, activityLog: activityLog, logger: logger)
        let session = CloudSession(profile: profile, context: context, cacheDirectory: nil)
        let others = sessions.filter { $0.profile.name != profile.name }
        return CloudSessions(sessions: others + [session], activityLog: activityLog, transport: transport)
    }
}

extension CloudSessions {
    /// These sessions without the cloud named `name`; the HTTP client stays open for the others.
    public func removing(cloudNamed name: String) -> CloudSessions {
        CloudSessions(sessions: sessions.filter { $0.profile.name != name }, activityLog: activityLog, transport: transport)
    }
}
