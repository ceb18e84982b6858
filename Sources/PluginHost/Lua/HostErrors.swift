/// The `{ code = …, message = … }` tables host functions return as their second result for
/// expected failures (timeouts, HTTP errors, missing secrets).
enum HostErrors {
    static func value(code: String, message: String) -> LuaValue {
        .record(["code": .text(code), "message": .text(message)])
    }

    /// `nil, { code, message }`.
    static func failure(code: String, message: String) -> HostReply {
        .values([.nil, value(code: code, message: message)])
    }
}
