/// What to send to `POST /os-keypairs`.
public struct KeypairCreateRequest: Sendable, Hashable, Encodable {
    /// The name.
    public var name: String
    /// The public key to import; `nil` asks Nova to generate a pair (removed in 2.92).
    public var publicKey: String?
    /// `ssh` or `x509`; since 2.2.
    public var type: String?
    /// Create for another user (admins); since 2.10.
    public var userID: String?

    enum CodingKeys: String, CodingKey {
        case name
        case publicKey = "public_key"
        case type
        case userID = "user_id"
    }

    /// Creates a request.
    public init(name: String, publicKey: String?, type: String? = nil, userID: String? = nil) {
        self.name = name
        self.publicKey = publicKey
        self.type = type
        self.userID = userID
    }
}
