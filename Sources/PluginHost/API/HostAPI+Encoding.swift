import Foundation

extension HostAPI {
    /// `exo.base64` (since 1.1): standard Base64 (RFC 4648 §4, with padding) of byte strings.
    static let encodingFunctions: [HostFunction] = [
        HostFunction(
            name: "base64.encode", since: v1_1, contexts: anywhere, capability: nil,
            summary: "Base64 (RFC 4648, padded) of a string's bytes."
        ) { _, call throws(HostMisuse) in
            guard case .string(let data) = call.argument(1) else {
                throw HostMisuse("argument 1 must be a string, got \(call.argument(1).typeName)")
            }
            return .values([.text(Data(data.bytes).base64EncodedString())])
        },
        HostFunction(
            name: "base64.decode", since: v1_1, contexts: anywhere, capability: nil,
            summary: "The bytes of Base64 text (padded, whitespace ignored); nil, err when it is not Base64."
        ) { _, call throws(HostMisuse) in
            let text = try call.string(1).filter { !$0.isWhitespace }
            guard let data = Data(base64Encoded: text) else {
                return HostErrors.failure(code: "base64.invalid", message: "the text is not Base64")
            }
            return .values([.string(LuaString(bytes: Array(data)))])
        },
    ]
}
