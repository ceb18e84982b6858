import Foundation
import OpenStackAPI
import Testing

@testable import ExosphereCore

/// Floating IPs and security groups.
@Suite("Floating IPs and security groups against the simulator")
struct NetworkResourceTests {
    @Test("allocate, associate, disassociate, release; an unassociated address is an orphan")
    func floatingIPs() async throws {
        try await ActionTestbed.with(servers: 10) { testbed in
            let session = testbed.session
            let instance = try await testbed.instance(in: "ACTIVE")
            let allocated = try await session.floatingIPs.allocate(in: testbed.project)
            #expect(allocated.isOrphan)
            let associated = try await session.floatingIPs.associate(allocated, with: instance)
            #expect(associated.instanceID == instance.id && !associated.isOrphan)
            let listed = try await session.floatingIPs.find(allocated.address, in: testbed.project)
            #expect(listed.instanceName == instance.name)
            #expect(listed.fixedAddress != nil)
            let loose = try await session.floatingIPs.disassociate(listed)
            #expect(loose.isOrphan)
            #expect(try await session.floatingIPs.list(in: testbed.project).first { $0.id == allocated.id }?.isOrphan == true)
            try await session.floatingIPs.release(loose)
            #expect(try await session.floatingIPs.list(in: testbed.project).contains { $0.id == allocated.id } == false)
        }
    }

    @Test("ensuring Exosphere's rules adds SSH and ICMP once; adding a rule twice adds it once")
    func securityGroups() async throws {
        try await ActionTestbed.with(servers: 2) { testbed in
            let session = testbed.session
            let group = try await session.securityGroups.find("default", in: testbed.project)
            #expect(!group.hasExosphereRules, "a new project's default group only admits its own members")
            let first = try await session.securityGroups.ensureExosphereRules(on: group, in: testbed.project)
            #expect(first == SecurityRule.exosphereDefaults)
            let updated = try await session.securityGroups.find(group.id, in: testbed.project)
            #expect(updated.hasExosphereRules)
            #expect(updated.rules.count == group.rules.count + first.count)
            #expect(try await session.securityGroups.ensureExosphereRules(on: updated, in: testbed.project).isEmpty)
            let web = SecurityRule(protocol: "tcp", portMin: 8000, portMax: 8080, remoteCIDR: "10.0.0.0/8")
            #expect(try await session.securityGroups.addRule(web, to: updated, in: testbed.project))
            let withWeb = try await session.securityGroups.find(group.id, in: testbed.project)
            #expect(withWeb.rules.contains(web))
            #expect(try await session.securityGroups.addRule(web, to: withWeb, in: testbed.project) == false)
        }
    }

    @Test("a narrower rule is covered by a wider one", arguments: [
        (SecurityRule(protocol: "tcp", portMin: 22, remoteCIDR: "0.0.0.0/0"), SecurityRule(protocol: "tcp", portMin: 1, portMax: 65535), true),
        (SecurityRule(protocol: "tcp", portMin: 22, remoteCIDR: "0.0.0.0/0"), SecurityRule(protocol: nil), true),
        (SecurityRule(protocol: "tcp", portMin: 22, remoteCIDR: "0.0.0.0/0"), SecurityRule(protocol: "udp", portMin: 22), false),
        (SecurityRule(protocol: "tcp", portMin: 22, remoteCIDR: "0.0.0.0/0"), SecurityRule(protocol: "tcp", portMin: 22, remoteCIDR: "10.0.0.0/8"), false),
        (SecurityRule(protocol: "icmp", remoteCIDR: "0.0.0.0/0"), SecurityRule(direction: "egress", protocol: nil), false),
        (SecurityRule(protocol: "tcp", portMin: 22, remoteCIDR: "0.0.0.0/0"), SecurityRule(protocol: nil, remoteGroupID: "sg1"), false),
    ])
    func coverage(needed: SecurityRule, existing: SecurityRule, covered: Bool) {
        #expect(needed.isCovered(by: existing) == covered)
    }
}
