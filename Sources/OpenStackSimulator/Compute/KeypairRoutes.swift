import Hummingbird

/// `/compute/v2.1/os-keypairs` (Compute API ref, "Keypairs (keypairs)"); keypairs belong to the user.
struct KeypairRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        let base = "/compute/v2.1/os-keypairs"
        mount.route(router, .get, base) { request, world throws(APIError) in
            let keypairs = world.compute.keypairs[request.userID] ?? []
            return .json(["keypairs": .array(keypairs.map { ["keypair": Self.summaryJSON($0, request: request)] })])
        }
        mount.route(router, .get, base + "/:name") { request, world throws(APIError) in
            let keypair = try Self.find(request, world: world)
            var body = Self.summaryJSON(keypair, request: request)
            body.append("created_at", .string(keypair.createdAt.microseconds))
            body.append("deleted", false)
            body.append("deleted_at", nil)
            body.append("id", .int(keypair.id))
            body.append("updated_at", nil)
            body.append("user_id", .string(keypair.userID))
            return .json(["keypair": body])
        }
        // Compute API ref, "Import (or create) Keypair": 200 before 2.2, 201 from 2.2; generating a
        // key (no `public_key`) returns `private_key` and is refused from 2.92.
        mount.route(router, .post, base) { request, world throws(APIError) in
            let keypair = try world.createKeypair(request)
            var body = Self.summaryJSON(keypair.record, request: request)
            body.append("user_id", .string(keypair.record.userID))
            if let privateKey = keypair.privateKey { body.append("private_key", .string(privateKey)) }
            return .json(["keypair": body], status: request.microversion.atLeast(2, 2) ? 201 : 200)
        }
        // Compute API ref, "Delete Keypair": 202 before 2.2, 204 from 2.2.
        mount.route(router, .delete, base + "/:name") { request, world throws(APIError) in
            let keypair = try Self.find(request, world: world)
            world.compute.keypairs[request.userID]?.removeAll { $0.name == keypair.name }
            return .empty(request.microversion.atLeast(2, 2) ? 204 : 202)
        }
    }

    private static func find(_ request: APIRequest, world: World) throws(APIError) -> KeypairRecord {
        let name = request.parameter("name")
        guard let keypair = world.compute.keypair(user: request.userID, name: name) else {
            throw APIError.notFound("Keypair \(name) not found for user \(request.userID)")
        }
        return keypair
    }

    /// `name`, `public_key`, `fingerprint`, and `type` from 2.2.
    static func summaryJSON(_ keypair: KeypairRecord, request: APIRequest) -> JSON {
        var body: JSON = [
            "fingerprint": .string(keypair.fingerprint), "name": .string(keypair.name),
            "public_key": .string(keypair.publicKey),
        ]
        if request.microversion.atLeast(2, 2) { body.append("type", .string(keypair.type)) }
        return body
    }
}

extension World {
    mutating func createKeypair(_ request: APIRequest) throws(APIError) -> (record: KeypairRecord, privateKey: String?) {
        guard let body = request.body?["keypair"], body.isObject else {
            throw Self.invalid("keypair", "'keypair' is a required property")
        }
        guard let name = body["name"]?.stringValue, (1...255).contains(name.count) else {
            throw Self.invalid("keypair", "'name' is a required property")
        }
        if compute.keypair(user: request.userID, name: name) != nil {
            throw APIError.conflict("Key pair '\(name)' already exists.")
        }
        var publicKey = body["public_key"]?.stringValue
        var privateKey: String?
        if publicKey == nil {
            if request.microversion.atLeast(2, 92) { throw Self.invalid("keypair", "'public_key' is a required property") }
            publicKey = SSHKey.ed25519PublicKey(comment: "Generated-by-Nova", using: &random)
            privateKey = SSHKey.placeholderPrivateKey(using: &random)
        }
        guard let publicKey, let fingerprint = SSHKey.fingerprint(publicKey) else {
            throw APIError.badRequest("Keypair data is invalid: failed to generate fingerprint")
        }
        let type = request.microversion.atLeast(2, 2) ? body["type"]?.stringValue ?? "ssh" : "ssh"
        let record = KeypairRecord(
            id: compute.nextKeypairID, name: name, userID: request.userID, publicKey: publicKey,
            fingerprint: fingerprint, type: type, createdAt: request.now)
        compute.nextKeypairID += 1
        compute.keypairs[request.userID, default: []].append(record)
        return (record, privateKey)
    }
}
