import Foundation
import Testing

@testable import Secrets

struct SecretTests {
    @Test("printing, interpolating and dumping a secret never shows its value")
    func neverShowsValue() {
        let secret = Secret("hunter2")
        var dumped = ""
        dump(secret, to: &dumped)
        for shown in ["\(secret)", String(describing: secret), String(reflecting: secret), dumped] {
            #expect(!shown.contains("hunter2"))
        }
        #expect("\(secret)" == "<redacted>")
        #expect(secret.revealed == "hunter2")
    }

    @Test("a secret encodes as its plain value and decodes back")
    func codableRoundTrip() throws {
        let data = try JSONEncoder().encode(["password": Secret("p@ss")])
        #expect(String(decoding: data, as: UTF8.self) == #"{"password":"p@ss"}"#)
        let decoded = try JSONDecoder().decode([String: Secret].self, from: data)
        #expect(decoded["password"]?.revealed == "p@ss")
    }
}
