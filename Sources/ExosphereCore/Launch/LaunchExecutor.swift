import Localization
import Logging
import OpenStackAPI
import Secrets

/// Carries out a ``LaunchPlan``: security group, network, ports, instances, extra volumes and
/// public addresses, recording everything it creates. When any step fails, everything it
/// created is deleted again and the caller gets one ``CoreError/stepFailed(_:reason:leftovers:)``
/// naming the step, the cloud's reason and anything that could not be removed.
///
/// ```swift
/// let executor = LaunchExecutor(clients: clients, vault: vault, logger: logger)
/// let result = try await executor.run(plan) { print($0.message) }
/// print("Log in as \(result.user) with \(result.passphrase.revealed)")
/// ```
public struct LaunchExecutor: Sendable {
    let clients: LaunchClients
    let vault: PassphraseVault?
    let timing: LaunchTiming
    let logger: Logger

    /// Creates an executor.
    ///
    /// - Parameters:
    ///   - vault: Where the passphrase is kept; `nil` keeps it nowhere (it is still returned).
    init(clients: LaunchClients, vault: PassphraseVault?, timing: LaunchTiming = LaunchTiming(), logger: Logger) {
        self.clients = clients
        self.vault = vault
        self.timing = timing
        self.logger = logger
    }

    /// Runs the plan.
    ///
    /// - Throws: ``CoreError/stepFailed(_:reason:leftovers:)`` after cleaning up, or a
    ///   ``CoreError`` about the user data before anything is created.
    public func run(_ plan: LaunchPlan, progress: @Sendable (LaunchProgress) -> Void = { _ in }) async throws(CoreError)
        -> LaunchResult
    {
        let passphrase = AccessPassphrase.generate()
        let userData = try UserData(
            passwordHash: try PasswordHash.sha512Crypt(passphrase), publicKey: plan.publicKey, parts: plan.parts)
        var ledger = LaunchLedger()
        var step = LaunchStep.securityGroup
        do {
            progress(LaunchProgress(step: step, message: LocalizableMessage("Preparing the security group…")))
            let groupID = try await ensureSecurityGroup(plan, ledger: &ledger)
            step = .network
            progress(LaunchProgress(step: step, message: LocalizableMessage("Preparing the network…")))
            let networkID = try await prepareNetwork(plan, ledger: &ledger)
            var instances: [LaunchedInstance] = []
            var portIDs: [String] = []
            for name in plan.names {
                step = .port
                let port = try await clients.network.createPort(
                    PortCreateRequest(networkID: networkID, name: name, securityGroups: [groupID]))
                ledger.record(.port(id: port.id))
                portIDs.append(port.id)
                step = .server
                progress(LaunchProgress(step: step, message: LocalizableMessage("Creating {name}…", ["name": name])))
                let created = try await clients.compute.createServer(
                    serverRequest(plan, name: name, portID: port.id, userData: userData))
                ledger.record(.server(id: created.id, name: name))
                instances.append(
                    LaunchedInstance(id: created.id, name: name, fixedAddress: port.fixedIPs?.first?.ipAddress))
            }
            step = .build
            progress(LaunchProgress(step: step, message: LocalizableMessage("Waiting for the instances to start…")))
            for instance in instances { try await waitUntilActive(instance) }
            if let size = plan.extraVolumeSizeGiB {
                step = .volume
                for index in instances.indices {
                    instances[index].volumeID = try await attachVolume(size: size, to: instances[index], ledger: &ledger)
                }
            }
            if case .assign(let reuse, _, let externalID) = plan.publicAddress {
                step = .publicAddress
                progress(LaunchProgress(step: step, message: LocalizableMessage("Giving the instances public IP addresses…")))
                for index in instances.indices {
                    instances[index].publicAddress = try await assignAddress(
                        reuse: index < reuse.count ? reuse[index] : nil, externalNetworkID: externalID,
                        portID: portIDs[index], ledger: &ledger)
                }
            }
            step = .vault
            for instance in instances { try vault?.store(passphrase, for: instance.id) }
            return LaunchResult(instances: instances, user: AccessPassphrase.userName, passphrase: passphrase, plan: plan)
        } catch {
            logger.debug("launch failed; cleaning up", metadata: ["step": "\(step.rawValue)", "error": "\(error)"])
            // A new task does not inherit cancellation: an interrupted launch still cleans up.
            let recorded = ledger
            let leftovers = await Task { await cleanUp(recorded) }.value
            throw .stepFailed(step, reason: Self.reason(error), leftovers: leftovers)
        }
    }

    private func serverRequest(_ plan: LaunchPlan, name: String, portID: String, userData: UserData)
        -> ServerCreateRequest
    {
        var devices: [BlockDeviceMapping] = []
        if let size = plan.bootVolumeSizeGiB {
            devices.append(.bootVolume(fromImage: plan.image.id, size: max(size, plan.image.minDiskGiB)))
        }
        // The steps go in metadata so `server show` knows to follow setup; the passphrase never does.
        return ServerCreateRequest(
            name: name, imageRef: devices.isEmpty ? plan.image.id : nil, flavorRef: plan.flavor.id,
            networks: .list([ServerNetwork(port: portID)]), keyName: plan.keypair, userData: userData.text,
            blockDeviceMappings: devices,
            metadata: [SetupMonitor.stepsMetadataKey: userData.steps.joined(separator: ",")])
    }

    /// The error in plain words: a user-facing message when there is one, never a library's
    /// description (see ``ErrorWords``).
    static func reason(_ error: any Error) -> String {
        if let error = error as? any UserFacingError { return error.message.sourceText }
        return ErrorWords.unexplained
    }
}
