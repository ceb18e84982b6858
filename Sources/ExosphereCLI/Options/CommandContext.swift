import CloudConfig
import ExosphereCore
import Foundation
import Logging

/// What every cloud command starts from: Exosphere's settings and the clouds it acts on.
struct CommandContext {
    /// Exosphere's own settings (token cache, timeouts).
    let settings: ExosphereSettings
    /// The clouds to act on, in clouds.yaml order.
    let profiles: [CloudProfile]

    /// Reads the settings file and the cloud configuration and chooses the clouds.
    ///
    /// `--os-cloud`, `OS_CLOUD`, a sourced openrc, or a single configured cloud each choose one
    /// cloud, as the `openstack` command does; with none of them and several clouds configured,
    /// Exosphere acts on all of them at once.
    static func load(_ options: CloudOptions) throws -> CommandContext {
        let sources = CloudConfigSources.current()
        let settings = try ExosphereSettings.load(from: sources)
        let catalogue = try CloudConfigLoader(sources: sources).load()
        let choosesOne =
            options.cloud != nil || sources.environment["OS_CLOUD"].map { !$0.isEmpty } == true
            || catalogue.environmentCloudName != nil || catalogue.cloudNames.count <= 1
        if choosesOne {
            return CommandContext(settings: settings, profiles: [try catalogue.select(options.cloud, regionName: options.region)])
        }
        var profiles: [CloudProfile] = []
        for name in catalogue.cloudNames {
            do {
                profiles.append(try catalogue.profile(named: name, regionName: options.region))
            } catch {
                ErrorReport.print(error, prefix: "warning: skipping cloud \(name)")
            }
        }
        return CommandContext(settings: settings, profiles: profiles)
    }

    /// Opens sessions, runs `body`, closes them, and prints the `--timing` summary when asked.
    func withSessions<Result>(
        _ output: OutputOptions, _ body: (CloudSessions) async throws -> Result
    ) async throws -> Result {
        let started = ContinuousClock.now
        let sessions = CloudSessions.open(profiles, settings: settings, logger: Logger(label: "exosphere.cli"))
        let result: Result
        do {
            result = try await body(sessions)
        } catch {
            await sessions.close()
            throw error
        }
        await sessions.close()
        if output.timing {
            let elapsed = ContinuousClock.now - started
            let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            let activity = sessions.activity()
            Console.err(
                "timing: \(activity.calls.count) API calls, "
                    + "\(activity.sequentialRoundTrips) sequential round trips, \(milliseconds) ms")
        }
        return result
    }
}
