public import CloudConfig
import Foundation
public import Logging
import OpenStackAPI
import OutboundHTTP

/// Whom a set of sessions makes its calls for.
public enum Caller: Sendable, Hashable {
    /// The person running Exosphere (the CLI, a web UI of their own): their clouds are trusted.
    case owner
    /// A visitor of a multi-user server: calls go only where the operator allows.
    case visitor
}

/// Several clouds at once: one ``CloudSession`` per cloud sharing one HTTP client and one activity
/// log, with listings that ask every cloud concurrently.
///
/// Open with ``open(_:settings:logger:)`` and always ``close()`` when done.
public struct CloudSessions: Sendable {
    /// One session per cloud, in the order given.
    public let sessions: [CloudSession]
    /// Every API call made through these sessions (read as ``calls()``).
    let activityLog: APIActivityLog
    let transport: AsyncHTTPClientTransport
    /// Transports for clouds with their own TLS settings (`verify: false`, `cacert`).
    let tlsTransports: [AsyncHTTPClientTransport]
    /// The timeouts every transport of these sessions uses.
    let transportConfiguration: AsyncHTTPClientTransport.Configuration
    /// Where these sessions' calls may go, when they call for someone else (multi-user mode).
    let destinationGuard: DestinationGuard?

    /// Opens sessions for `profiles` with the timeouts and token cache of `settings`.
    ///
    /// Clouds share one HTTP client, except those with their own TLS settings, which get one per
    /// distinct setting (certificate checks and trusted CAs belong to a client, not a request).
    ///
    /// - Parameters:
    ///   - caller: Whom the calls are made for: the person running Exosphere calls whatever their
    ///     clouds name; a multi-user server's visitor only the operator's cloud hosts (settings
    ///     `ui.cloud_hosts`) and never the server's own networks unless `ui.private_cloud_addresses`.
    ///   - activityCapacity: How many API calls the activity log keeps (10,000 for one person; a
    ///     multi-user server keeps far fewer per visitor, since it keeps one log per visitor).
    public static func open(
        _ profiles: [CloudProfile], settings: ExosphereSettings, logger: Logger, for caller: Caller = .owner,
        activityCapacity: Int = 10_000
    ) -> CloudSessions {
        let base = AsyncHTTPClientTransport.Configuration(
            connectTimeout: settings.http.connectTimeout, readTimeout: settings.http.timeout,
            requestTimeout: settings.http.timeout * 2)
        let destinationGuard =
            caller == .visitor
            ? DestinationGuard(
                policy: DestinationPolicy(allowedHosts: settings.ui.cloudHosts, allowsPrivateAddresses: settings.ui.privateCloudAddresses))
            : nil
        let transport = AsyncHTTPClientTransport(configuration: base, destinationGuard: destinationGuard)
        let activityLog = APIActivityLog(capacity: activityCapacity)
        let context = APIContext(transport: transport, activityLog: activityLog, logger: logger)
        let cacheDirectory =
            settings.tokenCache.enabled ? URL(fileURLWithPath: settings.tokenCache.directory, isDirectory: true) : nil
        var tlsContexts: [TLSChoice: (transport: AsyncHTTPClientTransport, context: APIContext)] = [:]
        var sessions: [CloudSession] = []
        for profile in profiles {
            let choice = TLSChoice(verify: profile.verifyTLS, caFile: profile.caCertificatePath)
            guard choice != TLSChoice(verify: true, caFile: nil) else {
                sessions.append(CloudSession(profile: profile, context: context, cacheDirectory: cacheDirectory))
                continue
            }
            if tlsContexts[choice] == nil {
                var configuration = base
                configuration.verifyCertificates = choice.verify
                configuration.caCertificatePath = choice.caFile
                let special = AsyncHTTPClientTransport(configuration: configuration, destinationGuard: destinationGuard)
                tlsContexts[choice] = (special, APIContext(transport: special, activityLog: activityLog, logger: logger))
            }
            if let special = tlsContexts[choice] {
                sessions.append(CloudSession(profile: profile, context: special.context, cacheDirectory: cacheDirectory))
            }
        }
        return CloudSessions(
            sessions: sessions, activityLog: activityLog, transport: transport,
            tlsTransports: tlsContexts.values.map(\.transport), transportConfiguration: base, destinationGuard: destinationGuard)
    }

    /// Closes the HTTP clients. Call once, after the last request.
    public func close() async {
        try? await transport.shutdown()
        for special in tlsTransports { try? await special.shutdown() }
    }

    /// Every project on every cloud, sorted by cloud then name.
    public func listProjects() async -> Listing<ProjectSummary> {
        let listing = await gather { session in
            do {
                let projects = try await session.listProjects()
                await session.persist()
                return Listing(items: projects)
            } catch {
                return Listing(failures: [ListingFailure(cloud: session.profile.name, error: error)])
            }
        }
        return Listing(items: listing.items.sorted { ($0.cloud, $0.name) < ($1.cloud, $1.name) }, failures: listing.failures)
    }

    /// Every instance on every cloud (in the projects `projectFilter` names, or all), in listing
    /// order: by cloud, project and name (``Instance/listingKey``).
    public func listInstances(projectFilter: String? = nil) async -> Listing<Instance> {
        var listing = Listing<Instance>()
        for await part in instanceStream(projectFilter: projectFilter) {
            switch part {
            case .project(let project): listing.items += project.instances
            case .failure(let failure): listing.failures.append(failure)
            }
        }
        return listing
    }

    /// The flavors of each cloud's home project (or of the project `projectFilter` names).
    public func listFlavors(projectFilter: String? = nil) async -> Listing<FlavorSummary> {
        let listing = await gather { await $0.listFlavors(projectFilter: projectFilter) }
        let sorted = listing.items.sorted {
            ($0.project.cloud, $0.vcpus, $0.ramMiB, $0.name) < ($1.project.cloud, $1.vcpus, $1.ramMiB, $1.name)
        }
        return Listing(items: sorted, failures: listing.failures)
    }

    /// The images of each cloud's home project (or of the project `projectFilter` names).
    public func listImages(projectFilter: String? = nil) async -> Listing<ImageSummary> {
        let listing = await gather { await $0.listImages(projectFilter: projectFilter) }
        let sorted = listing.items.sorted { ($0.project.cloud, $0.name, $0.id) < ($1.project.cloud, $1.name, $1.id) }
        return Listing(items: sorted, failures: listing.failures)
    }

    /// The one instance whose id or name is `nameOrID`, searched across every cloud and project.
    ///
    /// - Throws: ``CoreError/instanceNotFound(_:)``, ``CoreError/ambiguousInstance(_:matches:)``,
    ///   or the first failure when a cloud could not be searched and nothing was found.
    public func findInstance(_ nameOrID: String, projectFilter: String? = nil) async throws -> Instance {
        let listing = await listInstances(projectFilter: projectFilter)
        if let byID = listing.items.first(where: { $0.id == nameOrID }) { return byID }
        let byName = listing.items.filter { $0.name == nameOrID }
        if byName.count > 1 {
            throw CoreError.ambiguousInstance(nameOrID, matches: byName.map { "\($0.id) (\($0.project.name))" })
        }
        if let only = byName.first { return only }
        if let failure = listing.failures.first { throw failure.error }
        throw CoreError.instanceNotFound(nameOrID)
    }

    private struct TLSChoice: Hashable {
        var verify: Bool
        var caFile: String?
    }

    func gather<Item: Sendable>(
        _ body: @escaping @Sendable (CloudSession) async -> Listing<Item>
    ) async -> Listing<Item> {
        await withTaskGroup(of: Listing<Item>.self) { group in
            for session in sessions {
                group.addTask { await body(session) }
            }
            var combined = Listing<Item>()
            for await part in group {
                combined.merge(part)
            }
            return combined
        }
    }
}
