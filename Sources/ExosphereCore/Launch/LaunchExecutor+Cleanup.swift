import Logging
import OpenStackAPI

extension LaunchExecutor {
    /// Deletes everything in the ledger, dependants first, and returns what could not be removed.
    /// A resource already gone (404) counts as removed.
    func cleanUp(_ ledger: LaunchLedger) async -> [String] {
        var leftovers: [String] = []
        var deletedServers: [String] = []
        for entry in ledger.removalOrder {
            if case .volume = entry, !deletedServers.isEmpty {
                await waitUntilGone(deletedServers)
                deletedServers = []
            }
            if case .port = entry, !deletedServers.isEmpty {
                await waitUntilGone(deletedServers)
                deletedServers = []
            }
            do {
                try await remove(entry)
                if case .server(let id, _) = entry { deletedServers.append(id) }
            } catch let error as OpenStackError where error.status == 404 {
                continue
            } catch {
                logger.debug("cleanup left a resource", metadata: ["resource": "\(entry.description)", "error": "\(error)"])
                leftovers.append(entry.description)
            }
        }
        return leftovers
    }

    private func remove(_ entry: LaunchLedger.Entry) async throws {
        let network = clients.network
        switch entry {
        case .association(let id): _ = try await network.disassociateFloatingIP(id: id)
        case .floatingIP(let id): try await network.deleteFloatingIP(id: id)
        case .server(let id, _): try await clients.compute.deleteServer(id: id)
        case .volume(let id): try await deleteVolumeWhenDetached(id)
        case .port(let id): try await network.deletePort(id: id)
        case .routerInterface(let router, let subnet): try await network.removeRouterInterface(routerID: router, subnetID: subnet)
        case .router(let id): try await network.deleteRouter(id: id)
        case .subnet(let id): try await network.deleteSubnet(id: id)
        case .network(let id): try await network.deleteNetwork(id: id)
        case .autoAllocatedTopology(let projectID): try await network.deleteAutoAllocatedTopology(projectID: projectID)
        case .securityGroup(let id): try await network.deleteSecurityGroup(id: id)
        }
    }

    /// Waits until the deleted instances are gone (their ports and volumes are freed then).
    private func waitUntilGone(_ ids: [String]) async {
        let deadline = ContinuousClock.now + timing.cleanupTimeout
        for id in ids {
            while ContinuousClock.now < deadline {
                do {
                    let server = try await clients.compute.showServer(id: id)
                    if server.status == .deleted { break }
                } catch {
                    break
                }
                try? await Task.sleep(for: timing.pollInterval)
            }
        }
    }

    /// A volume can be deleted once no instance holds it; Nova detaches as it deletes one.
    private func deleteVolumeWhenDetached(_ id: String) async throws {
        let deadline = ContinuousClock.now + timing.cleanupTimeout
        while ContinuousClock.now < deadline {
            let volume = try await clients.blockStorage.showVolume(id: id)
            if volume.attachments.isEmpty, volume.status != "detaching", volume.status != "creating" { break }
            try await Task.sleep(for: timing.pollInterval)
        }
        try await clients.blockStorage.deleteVolume(id: id)
    }
}
