import Foundation
import Logging
import OpenStackSimulator
import Testing

/// `exosphere server <action>`, `server delete` and the resource commands, run as the built binary.
@Suite("Action and resource commands against the simulator")
struct ActionCommandTests {
    /// A fast simulator (200 simulated seconds per second) with one project.
    struct Bed {
        let server: SimulatorServer
        let home: URL
        var runner: CommandRunner {
            CommandRunner(environment: ["HOME": home.path, "OS_CLIENT_CONFIG_FILE": home.appendingPathComponent("clouds.yaml").path])
        }

        static func with(servers: Int = 20, _ body: (Bed) async throws -> Void) async throws {
            let server = SimulatorServer(options: SimulatorOptions(projects: 1, servers: servers, speed: 200), logger: Logger(label: "tests"))
            let endpoint = try await server.start()
            let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-actions-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            try endpoint.writeCloudsYAML(to: home.appendingPathComponent("clouds.yaml").path)
            let bed = Bed(server: server, home: home)
            do {
                try await body(bed)
            } catch {
                await server.stop()
                try? FileManager.default.removeItem(at: home)
                throw error
            }
            await server.stop()
            try? FileManager.default.removeItem(at: home)
        }

        /// Runs a command that must succeed and returns its standard output.
        func ok(_ arguments: [String]) async throws -> String {
            let outcome = try await runner.run(arguments)
            #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
            return outcome.standardOutput
        }

        /// The servers as `server list --json` shows them.
        func servers() async throws -> [Row] {
            try JSONDecoder().decode([Row].self, from: Data(try await ok(["server", "list", "--json"]).utf8))
        }
    }

    struct Row: Decodable {
        var id: String
        var name: String
        var status: String
    }

    struct DeleteRow: Decodable {
        var gone: Bool
        var releasedFloatingIPs: [String]
        enum CodingKeys: String, CodingKey {
            case gone
            case releasedFloatingIPs = "released_floating_ips"
        }
    }

    struct ActionRow: Decodable {
        var id: String
        var action: String
        var status: String?
    }

    @Test("stop --wait, then start --wait: each returns when done and says the status")
    func stopStart() async throws {
        try await Bed.with { bed in
            let active = try #require(try await bed.servers().first { $0.status == "ACTIVE" })
            let stopped = try JSONDecoder().decode(
                ActionRow.self, from: Data(try await bed.ok(["server", "stop", active.name, "--wait", "--json"]).utf8))
            #expect(stopped.status == "SHUTOFF" && stopped.action == "stop" && stopped.id == active.id)
            let started = try await bed.runner.run(["server", "start", active.id, "--wait"])
            #expect(started.status == 0, "\(started.standardError)")
            #expect(started.standardOutput.contains("done, now ACTIVE"))
            let progress = started.standardError.split(separator: "\n").map { $0.components(separatedBy: " after ")[0] }
            #expect(progress.last == "\(active.name): ACTIVE")
            #expect(zip(progress, progress.dropFirst()).allSatisfy { $0 != $1 }, "a line per change, not per poll: \(progress)")
        }
    }

    @Test("a refused action exits 1 and says why in plain words")
    func refused() async throws {
        try await Bed.with { bed in
            let shelved = try #require(try await bed.servers().first { $0.status == "SHELVED_OFFLOADED" })
            let outcome = try await bed.runner.run(["server", "start", shelved.id])
            #expect(outcome.status == 1)
            #expect(outcome.standardError.contains("not allowed in state SHELVED_OFFLOADED"))
            let menu = try await bed.ok(["server", "actions", shelved.id, "--json"])
            let rows = try JSONDecoder().decode([[String: JSONAny]].self, from: Data(menu.utf8))
            let allowed = rows.filter { $0["allowed"] == .bool(true) }.compactMap { row -> String? in
                if case .string(let action)? = row["action"] { return action }
                return nil
            }
            #expect(Set(allowed) == ["unshelve", "lock", "delete"])
            #expect(rows.contains { $0["action"] == .string("start") && $0["reason"] == .string("not allowed in state SHELVED_OFFLOADED") })
            let noFlavor = try await bed.runner.run(["server", "resize", shelved.id])
            #expect(noFlavor.status != 0)
        }
    }

    @Test("--print-openstack-command prints the openstack line and changes nothing")
    func printCommand() async throws {
        try await Bed.with { bed in
            let active = try #require(try await bed.servers().first { $0.status == "ACTIVE" })
            #expect(try await bed.ok(["server", "reboot", "--hard", active.id, "--print-openstack-command"])
                == "openstack server reboot --hard \(active.id)\n")
            #expect(try await bed.ok(["server", "delete", active.id, "--print-openstack-command"]) == "openstack server delete \(active.id)\n")
            #expect(try await bed.servers().first { $0.id == active.id }?.status == "ACTIVE")
        }
    }

    @Test("delete without a terminal: the flags decide; the floating IP goes with --release-ip")
    func deleteWithFlags() async throws {
        try await Bed.with { bed in
            let servers = try await bed.servers()
            let active = servers.filter { $0.status == "ACTIVE" }
            let (keep, release) = (try #require(active.first), try #require(active.dropFirst().first))
            for server in [keep, release] {
                let created = try await bed.ok(["floating-ip", "create", "--json"])
                let row = try #require(try JSONDecoder().decode([[String: JSONAny]].self, from: Data(created.utf8)).first)
                guard case .string(let address)? = row["address"] else { throw CocoaError(.coderReadCorrupt) }
                _ = try await bed.ok(["floating-ip", "associate", address, server.id])
            }
            let kept = try await bed.runner.run(["server", "delete", keep.id, "--wait"])
            #expect(kept.status == 0, "\(kept.standardError)")
            #expect(kept.standardError.contains("kept floating IP"))
            let released = try await bed.ok(["server", "delete", release.id, "--release-ip", "--wait", "--json"])
            let report = try JSONDecoder().decode(DeleteRow.self, from: Data(released.utf8))
            #expect(report.gone)
            #expect(report.releasedFloatingIPs.count == 1)
            let list = try await bed.ok(["floating-ip", "list", "--json"])
            let orphans = try JSONDecoder().decode([[String: JSONAny]].self, from: Data(list.utf8)).filter { $0["orphan"] == .bool(true) }
            #expect(orphans.count >= 1)
            let remaining = try await bed.servers().map(\.id)
            #expect(!remaining.contains(keep.id) && !remaining.contains(release.id))
        }
    }

    @Test("volume create, attach (device shown), extend, detach, delete; keypair import; image upload; security-group ensure")
    func resources() async throws {
        try await Bed.with { bed in
            let active = try #require(try await bed.servers().first { $0.status == "ACTIVE" })
            _ = try await bed.ok(["volume", "create", "data", "--size", "2", "--wait"])
            let attach = try await bed.ok(["volume", "attach", "data", active.name, "--wait", "--json"])
            #expect(attach.contains("\"device\" : \"/dev/vd"))
            #expect(attach.contains("\"attached_to\" : \"\(active.name)\""))
            let listed = try await bed.ok(["volume", "list"])
            #expect(listed.contains(active.name) && listed.contains("/dev/vd"))
            #expect(try await bed.ok(["volume", "extend", "data", "--size", "4", "--wait", "--json"]).contains("\"size_gib\" : 4"))
            _ = try await bed.ok(["volume", "detach", "data", "--wait"])
            _ = try await bed.ok(["volume", "delete", "data"])

            let key = bed.home.appendingPathComponent("id.pub")
            try "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl me@host\n".write(to: key, atomically: true, encoding: .utf8)
            _ = try await bed.ok(["keypair", "import", "laptop", "--public-key", key.path])
            #expect(try await bed.ok(["keypair", "list"]).contains("laptop"))
            _ = try await bed.ok(["keypair", "delete", "laptop"])

            let disk = bed.home.appendingPathComponent("tiny.qcow2")
            try Data(repeating: 1, count: 3 << 20).write(to: disk)
            let uploaded = try await bed.runner.run(["image", "upload", disk.path, "--name", "tiny"])
            #expect(uploaded.status == 0, "\(uploaded.standardError)")
            #expect(uploaded.standardError.contains("sent 100%") && uploaded.standardOutput.contains("tiny uploaded"))
            #expect(try await bed.ok(["image", "list"]).contains("tiny"))
            _ = try await bed.ok(["image", "delete", "tiny"])

            _ = try await bed.ok(["security-group", "ensure", "default"])
            #expect(try await bed.ok(["security-group", "ensure", "default"]).contains("already has them"))
            #expect(try await bed.ok(["security-group", "rule", "add", "default", "--protocol", "tcp", "--port", "8888"]).contains("added"))
        }
    }
}

/// Enough of JSON to read a flag from `--json` output.
enum JSONAny: Decodable, Equatable {
    case bool(Bool), number(Double), string(String), null, other

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else {
            self = .other
        }
    }
}
