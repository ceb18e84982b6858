import OpenStackAPI

/// Names people type, turned into the ids the APIs need.
extension CloudSession {
    /// The id of the flavor with this id or name.
    static func flavorID(_ nameOrID: String, compute: ComputeClient) async throws -> String {
        let flavors = try await compute.listFlavors()
        if let flavor = flavors.first(where: { $0.id == nameOrID }) ?? flavors.first(where: { $0.name == nameOrID }) {
            return flavor.id
        }
        throw CoreError.action(.flavorNotFound(nameOrID))
    }

    /// The id of the one image so named, else of the image with this id.
    static func imageID(_ nameOrID: String, images: ImageClient) async throws -> String {
        let named = try await images.listImages(ImageListQuery(name: nameOrID))
        if named.count > 1 {
            throw CoreError.resource(.ambiguous(kind: "image", nameOrID, matches: named.map(\.id)))
        }
        if let image = named.first { return image.id }
        do {
            return try await images.showImage(id: nameOrID).id
        } catch let error as OpenStackError where error.status == 404 || error.status == 400 {
            throw CoreError.action(.imageNotFound(nameOrID))
        }
    }
}
