import CloudConfig
import Foundation
import Logging
import OpenStackAPI
import OpenStackSimulator

@testable import ExosphereCore

/// One back end, logged in as its clouds.yaml says, with a client for each service.
///
/// The login, the scope and the endpoints are resolved the way Exosphere resolves them for a
/// user: clouds.yaml through ``CloudConfigLoader`` and ``CloudCatalogue/select(_:regionName:)``,
/// the auth method through the core's mapping, endpoints from the token's catalog.
struct ContractCloud: Sendable {
    let backend: Backend
    /// The simulator and its files, or the real cloud's profile.
    let host: BackendHost
    let profile: CloudProfile
    /// Every response the clients received.
    let transport: RecordingTransport
    let context: APIContext
    let identity: IdentityClient
    let tokens: TokenManager
    /// The project the login is scoped to, by id.
    let scope: AuthScope
    /// The first token of that scope.
    let token: Token
    let compute: ComputeClient
    let images: ImageClient
    let network: NetworkClient
    let volumes: BlockStorageClient
    /// Unique names for what the test creates.
    let names: ResourceNames

    /// The project's id.
    var projectID: String { token.project?.id ?? "" }

    /// The public (or configured) endpoint of `service` from the token's catalog.
    func endpoint(_ service: ServiceType) throws -> URL {
        try token.catalog.endpoint(for: service, interface: profile.endpointInterface, region: profile.regionName).url
    }

    /// Connects to `backend`, runs `body` with a ``Cleanup`` whose steps run before the
    /// connection closes, and stops everything even when `body` throws.
    static func with<Result>(
        _ backend: Backend, _ body: (ContractCloud, Cleanup) async throws -> Result
    ) async throws -> Result {
        let host = try await BackendHost.start(backend)
        let transport = RecordingTransport()
        do {
            let cloud = try await connect(backend, host: host, transport: transport)
            let result = try await withCleanup { cleanup in try await body(cloud, cleanup) }
            await close(transport, host)
            return result
        } catch {
            await close(transport, host)
            throw error
        }
    }

    private static func close(_ transport: RecordingTransport, _ host: BackendHost) async {
        await transport.shutdown()
        // Connections the pool was still opening reach the simulator after the pool has closed; a
        // server stopped before accepting them trips a debug-build assertion in NIO ("Deinited
        // NIOAsyncWriter without calling finish()"), so give it a moment to accept and close them.
        if host.simulator != nil { try? await Task.sleep(for: .milliseconds(50)) }
        await host.stop()
    }

    private static func connect(_ backend: Backend, host: BackendHost, transport: RecordingTransport) async throws
        -> ContractCloud
    {
        let profile = host.profile
        var logger = Logger(label: "exosphere.contracttests")
        logger.logLevel = .warning
        let context = APIContext(transport: transport, logger: logger)
        let identity = IdentityClient(context: context, authURL: profile.authURL)
        let tokens = TokenManager(identity: identity, method: profile.authMethod())
        let first = try await tokens.token(for: profile.defaultScope)
        guard let project = first.project else {
            throw ContractError.unexpected("the login of \(profile.name) gave an unscoped token; scope it to a project")
        }
        let scope = AuthScope.project(id: project.id)
        let source = tokens.tokenSource(for: scope)
        func endpoint(_ service: ServiceType) throws -> URL {
            try first.catalog.endpoint(for: service, interface: profile.endpointInterface, region: profile.regionName)
                .url
        }
        async let compute = ComputeClient.connect(context: context, endpoint: try endpoint(.compute), tokens: source)
        async let volumes = BlockStorageClient.connect(
            context: context, endpoint: try endpoint(.blockStorage), tokens: source)
        return ContractCloud(
            backend: backend, host: host, profile: profile, transport: transport, context: context, identity: identity,
            tokens: tokens, scope: scope, token: first, compute: try await compute,
            images: ImageClient(context: context, endpoint: try endpoint(.image), tokens: source),
            network: NetworkClient(context: context, endpoint: try endpoint(.network), tokens: source),
            volumes: try await volumes, names: ResourceNames())
    }
}
