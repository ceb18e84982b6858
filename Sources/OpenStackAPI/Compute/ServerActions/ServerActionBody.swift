import Foundation

/// The wire body of a server action: `{"<name>": null}` or `{"<name>": {…}}`.
struct ServerActionBody: Encodable, Sendable {
    let action: ServerAction

    private struct Reboot: Encodable { let type: RebootType }
    private struct Resize: Encodable { let flavorRef: String }
    private struct CreateImage: Encodable { let name: String; let metadata: [String: String] }
    private struct Lock: Encodable {
        let lockedReason: String
        enum CodingKeys: String, CodingKey { case lockedReason = "locked_reason" }
    }
    private struct Unshelve: Encodable {
        let availabilityZone: String
        enum CodingKeys: String, CodingKey { case availabilityZone = "availability_zone" }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        let key = DynamicKey(action.name)
        switch action {
        case .reboot(let type):
            try container.encode(Reboot(type: type), forKey: key)
        case .resize(let flavorRef):
            try container.encode(Resize(flavorRef: flavorRef), forKey: key)
        case .createImage(let name, let metadata):
            try container.encode(CreateImage(name: name, metadata: metadata), forKey: key)
        case .lock(let reason?):
            try container.encode(Lock(lockedReason: reason), forKey: key)
        case .unshelve(let zone?):
            try container.encode(Unshelve(availabilityZone: zone), forKey: key)
        case .rebuild(var request):
            request.userData = request.userData.map { Data($0.utf8).base64EncodedString() }
            try container.encode(request, forKey: key)
        case .start, .stop, .suspend, .resume, .pause, .unpause, .shelve, .confirmResize, .revertResize, .unlock,
            .lock(nil), .unshelve(nil):
            try container.encodeNil(forKey: key)
        }
    }
}
