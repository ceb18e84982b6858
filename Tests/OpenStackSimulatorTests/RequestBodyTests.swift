import Foundation
import NIOHTTP1
import OpenStackSimulator
import Testing

/// Request bodies as the services read them: malformed JSON is a 400 in each service's words, and
/// imported keys get Nova's MD5 fingerprint whether or not their Base64 is padded.
struct RequestBodyTests {
    // Each service's own wording for a body that is not JSON (Neutron adds the parser's reason).
    @Test(arguments: [
        (HTTPMethod.POST, "/compute/v2.1/os-keypairs", "Malformed request body"),
        (HTTPMethod.POST, "/network/v2.0/security-groups", "Malformed request body: "),
        (HTTPMethod.POST, "/image/v2/images", "Malformed JSON in request body."),
        (HTTPMethod.POST, "/identity/v3/auth/tokens", "Expecting to find valid JSON in request body."),
    ])
    func malformedBodyIs400(method: HTTPMethod, path: String, message: String) async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            for body in [#"{"name": }"#, #"{"name": "x"} trailing"#, "   "] {
                let reply = try await simulator.send(method, path, token: token, json: body)
                #expect(reply.status == 400, "\(path) answered \(reply.status) to \(body)")
                #expect(reply.text.contains(message), "\(path): \(reply.text)")
            }
        }
    }

    // Fingerprints computed independently with Python's hashlib over the decoded blob; the RSA-shaped
    // blob's Base64 ends in "=", which `ssh-keygen` output always keeps but hand-edited keys may drop.
    @Test(arguments: [
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA a@b", "3d:52:38:ce:ff:94:f5:d7:81:a4:a4:f9:2b:4f:fe:a0"),
        ("ssh-rsa AAAAB3NzaC1yc2EAAAAUAQEBAQEBAQEBAQEBAQEBAQEBAQE= a@b", "ff:43:ea:f2:08:65:f3:f0:55:10:66:53:ff:3d:6b:61"),
        ("ssh-rsa AAAAB3NzaC1yc2EAAAAUAQEBAQEBAQEBAQEBAQEBAQEBAQE a@b", "ff:43:ea:f2:08:65:f3:f0:55:10:66:53:ff:3d:6b:61"),
    ])
    func importedKeyHasNovasFingerprint(key: String, fingerprint: String) async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let created = try await simulator.send(.POST, "/compute/v2.1/os-keypairs", token: token,
                json: #"{"keypair": {"name": "imported", "public_key": "\#(key)"}}"#)
            #expect(created.status == 200)
            #expect(try created.json()["keypair"]?["fingerprint"]?.string == fingerprint)
        }
    }
}
