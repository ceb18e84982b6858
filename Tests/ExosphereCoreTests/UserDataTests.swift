import Foundation
import Secrets
import Testing

@testable import ExosphereCore

@Suite("Cloud-init user data and the passphrase")
struct UserDataTests {
    static let parts = [
        SetupPart.userSetup(passwordLogin: false), .usageReporter, .software(.jupyter),
        SetupPart(name: "site-motd", description: "Operator's part", script: "echo hello > /etc/motd"),
    ]

    @Test("the document creates exouser with the salted hash and runs every part between markers")
    func assembly() throws {
        let passphrase = AccessPassphrase.generate()
        let hash = try PasswordHash.sha512Crypt(passphrase)
        let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHexample me@laptop"
        let userData = try UserData(passwordHash: hash, publicKey: key, parts: Self.parts)
        #expect(userData.text.hasPrefix("#cloud-config\n"))
        #expect(userData.text.contains("  - name: exouser"))
        #expect(userData.text.contains("hashed_passwd: '\(hash)'"))
        #expect(userData.text.contains("      - '\(key)'"))
        #expect(!userData.text.contains(passphrase.revealed))
        #expect(userData.steps == ["user", "usage", "jupyter", "site-motd"])
        var position = userData.text.startIndex
        for step in userData.steps {
            for marker in [SetupMarker.started(step), .done(step), .failed(step)] {
                let found = try #require(userData.text.range(of: marker.line, range: position..<userData.text.endIndex))
                position = found.upperBound
            }
        }
        #expect(userData.text.range(of: SetupMarker.complete.line, range: position..<userData.text.endIndex) != nil)
        #expect(userData.text.contains("echo hello > /etc/motd"))
        #expect(userData.encodedSize == Data(userData.text.utf8).base64EncodedString().utf8.count)
    }

    @Test("the hash is salted and checks out; the passphrase is long and unambiguous")
    func hashing() throws {
        let passphrase = AccessPassphrase.generate()
        #expect(passphrase.revealed.count == 35)
        #expect(passphrase.revealed.allSatisfy { $0 == "-" || AccessPassphrase.alphabet.contains($0.asciiValue ?? 0) })
        #expect(AccessPassphrase.generate() != passphrase)
        let first = try PasswordHash.sha512Crypt(passphrase)
        let second = try PasswordHash.sha512Crypt(passphrase)
        #expect(first.hasPrefix("$6$") && first != second)
        #expect(PasswordHash.verify(passphrase, against: first))
        #expect(PasswordHash.verify(passphrase, against: second))
        #expect(!PasswordHash.verify(Secret("wrong"), against: first))
    }

    @Test("user data over Nova's 65,535-byte limit is refused with its size", arguments: [(40_000, true), (60_000, false)])
    func sizeLimit(scriptBytes: Int, fits: Bool) throws {
        let big = SetupPart(name: "big", description: "", script: String(repeating: "#", count: scriptBytes))
        let build = { try UserData(passwordHash: "$6$salt$hash", publicKey: nil, parts: [big]) }
        if fits {
            #expect(try build().encodedSize <= UserData.encodedLimit)
            return
        }
        let error = #expect(throws: CoreError.self) { try build() }
        guard case .userDataTooLarge(let bytes, let limit) = error else {
            Issue.record("expected userDataTooLarge, got \(String(describing: error))")
            return
        }
        #expect(bytes > limit && limit == 65_535)
    }
}
