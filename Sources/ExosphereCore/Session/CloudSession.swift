public import CloudConfig
import Foundation
import Logging
import OpenStackAPI

/// One cloud, logged in: its tokens per project, the projects the login reaches, listings across
/// them, and one feature service per area (``instances``, ``launch``, ``volumes``,
/// ``floatingIPs``, ``keypairs``, ``securityGroups``, ``images``) that front ends call.
///
/// A session makes as few sequential round trips as the APIs allow. On a cold start (nothing
/// cached) listing every project's instances costs four: the first token; the project list and
/// the compute version document together; a token per project, all at once; the server lists, all
/// at once. With tokens, projects and the microversion cached on disk it costs one.
///
/// ```swift
/// let sessions = CloudSessions.open(profiles, settings: settings, logger: logger)
/// let session = sessions.sessions[0]
/// let listing = await session.listInstances()
/// let volumes = try await session.volumes.list(in: try await session.homeProject())
/// await sessions.close()
/// ```
public actor CloudSession {
    /// The cloud's configuration.
    public nonisolated let profile: CloudProfile
    /// Shared transport, activity log and logger.
    nonisolated let context: APIContext
    /// Keystone for this cloud.
    nonisolated let identity: IdentityClient
    /// Hands out tokens per project, re-authenticating before expiry.
    nonisolated let tokens: TokenManager
    let cache: SessionCache?
    private var document: SessionCacheDocument
    /// What the cache file holds, so an unchanged document is not written again.
    private var savedDocument: SessionCacheDocument?
    private var projectsTask: Task<[ProjectSummary], any Error>?
    private var microversionTask: Task<NegotiatedMicroversion, any Error>?

    /// Creates a session; nothing is sent until a method needs it.
    ///
    /// - Parameters:
    ///   - profile: The cloud, from clouds.yaml or the environment.
    ///   - context: The transport, activity log and logger to use.
    ///   - cacheDirectory: Where to keep tokens between runs (0700/0600); `nil` keeps nothing.
    init(profile: CloudProfile, context: APIContext, cacheDirectory: URL?) {
        self.profile = profile
        self.context = context
        self.identity = IdentityClient(context: context, authURL: profile.authURL)
        if let cacheDirectory, profile.allowsTokenCache {
            cache = SessionCache(
                directory: cacheDirectory, cloud: profile.name, authURL: profile.authURL,
                region: profile.regionName, identity: profile.loginIdentity)
        } else {
            cache = nil
        }
        let loaded = cache?.load()
        document = loaded ?? SessionCacheDocument()
        savedDocument = loaded
        tokens = TokenManager(identity: identity, method: profile.authMethod(cachedTokens: document.tokens), cachedTokens: document.tokens)
    }

    /// Every enabled project the login reaches, sorted by name; cached for an hour.
    public func listProjects() async throws -> [ProjectSummary] {
        if let cached = document.projects, let fetched = document.projectsFetchedAt,
            Date().timeIntervalSince(fetched) < SessionCache.projectListLifetime
        {
            return cached
        }
        if let running = projectsTask { return try await running.value }
        let task = Task { try await fetchProjects() }
        projectsTask = task
        defer { projectsTask = nil }
        let projects = try await task.value
        document.projects = projects
        document.projectsFetchedAt = Date()
        return projects
    }

    /// The projects named or identified by `filter` (all of them when `filter` is `nil`).
    ///
    /// - Throws: ``CoreError/projectNotFound(_:cloud:available:)`` when nothing matches.
    public func projects(matching filter: String?) async throws -> [ProjectSummary] {
        let all = try await listProjects()
        guard let filter else { return all }
        let chosen = all.filter { $0.name == filter || $0.id == filter }
        guard !chosen.isEmpty else {
            throw CoreError.projectNotFound(filter, cloud: profile.name, available: all.map(\.name))
        }
        return chosen
    }

    /// The project a command acts on when none is named: the one clouds.yaml scopes the login to,
    /// else the first by name.
    ///
    /// - Throws: ``CoreError/noProjects(cloud:)`` when the login reaches no project.
    public func homeProject() async throws -> ProjectSummary {
        let projects = try await listProjects()
        let home: ProjectSummary?
        switch profile.defaultScope {
        case .project(let id): home = projects.first { $0.id == id }
        case .projectName(let name, _): home = projects.first { $0.name == name }
        case .unscoped: home = nil
        }
        if let home { return home }
        guard let first = projects.first else { throw CoreError.noProjects(cloud: profile.name) }
        return first
    }

    /// The project `name` names (name or id), else the login's home project.
    ///
    /// - Throws: ``CoreError/noProjects(cloud:)`` when no project the login reaches matches.
    public func project(named name: String?) async throws -> ProjectSummary {
        guard let name else { return try await homeProject() }
        guard let found = try await projects(matching: name).first else { throw CoreError.noProjects(cloud: profile.name) }
        return found
    }

    /// A compute client working in `project`.
    func computeClient(for project: ProjectSummary) async throws -> ComputeClient {
        let scope = AuthScope.project(id: project.id)
        let token = try await tokens.token(for: scope)
        let endpoint = try self.endpoint(.compute, in: token)
        let microversion = try await computeMicroversion(endpoint: endpoint)
        return ComputeClient(
            context: context, endpoint: endpoint, tokens: tokens.tokenSource(for: scope), microversion: microversion)
    }

    /// An image client working in `project`.
    func imageClient(for project: ProjectSummary) async throws -> ImageClient {
        let scope = AuthScope.project(id: project.id)
        let token = try await tokens.token(for: scope)
        return ImageClient(context: context, endpoint: try endpoint(.image, in: token), tokens: tokens.tokenSource(for: scope))
    }

    /// A network client working in `project`.
    func networkClient(for project: ProjectSummary) async throws -> NetworkClient {
        let scope = AuthScope.project(id: project.id)
        let token = try await tokens.token(for: scope)
        return NetworkClient(
            context: context, endpoint: try endpoint(.network, in: token), tokens: tokens.tokenSource(for: scope))
    }

    /// A block-storage client working in `project`, its microversion negotiated on each call.
    func blockStorageClient(for project: ProjectSummary) async throws -> BlockStorageClient {
        let scope = AuthScope.project(id: project.id)
        let token = try await tokens.token(for: scope)
        return try await BlockStorageClient.connect(
            context: context, endpoint: try endpoint(.blockStorage, in: token), tokens: tokens.tokenSource(for: scope))
    }

    /// Writes tokens, projects and the microversion to the cache, if there is one.
    public func persist() async {
        guard let cache else { return }
        document.tokens = await tokens.exportTokens()
        guard document != savedDocument else { return }
        do {
            try cache.save(document)
            savedDocument = document
        } catch {
            context.logger.debug("token cache not written", metadata: ["error": "\(error)"])
        }
    }

    private func fetchProjects() async throws -> [ProjectSummary] {
        let first = try await tokens.token(for: profile.defaultScope)
        // The version document needs no token: fetch it alongside the project list.
        if first.project != nil, let endpoint = try? endpoint(.compute, in: first) {
            _ = startMicroversionDiscovery(endpoint: endpoint)
        }
        if case .applicationCredential = profile.auth, let project = first.project {
            // An application credential is bound to one project and cannot be rescoped.
            return [ProjectSummary(cloud: profile.name, id: project.id, name: project.name, domainID: project.domain?.id)]
        }
        let listed = try await identity.listAuthProjects(using: tokens.tokenSource(for: profile.defaultScope))
        return listed.filter { $0.enabled != false }
            .map { ProjectSummary(cloud: profile.name, id: $0.id, name: $0.name, domainID: $0.domainID) }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    private func computeMicroversion(endpoint: URL) async throws -> NegotiatedMicroversion {
        if let cached = document.computeMicroversion, let fetched = document.microversionFetchedAt,
            Date().timeIntervalSince(fetched) < SessionCache.microversionLifetime
        {
            return cached
        }
        let task = startMicroversionDiscovery(endpoint: endpoint)
        do {
            let negotiated = try await task.value
            document.computeMicroversion = negotiated
            document.microversionFetchedAt = Date()
            return negotiated
        } catch {
            microversionTask = nil
            throw error
        }
    }

    private func startMicroversionDiscovery(endpoint: URL) -> Task<NegotiatedMicroversion, any Error> {
        if let running = microversionTask { return running }
        let task = Task { [context] in
            try await MicroversionDiscovery.discover(service: .compute, endpoint: endpoint, context: context)
        }
        microversionTask = task
        return task
    }

    private func endpoint(_ service: ServiceType, in token: Token) throws -> URL {
        try token.catalog.endpoint(for: service, interface: profile.endpointInterface, region: profile.regionName).url
    }
}
