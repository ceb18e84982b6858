import Foundation
import OutboundHTTP

extension ComputeClient {
    private struct ImageIDBody: Decodable {
        let imageID: String
        enum CodingKeys: String, CodingKey { case imageID = "image_id" }
    }

    private struct ConsoleOutputRequest: Encodable, Sendable {
        let length: Int?
    }

    private struct ConsoleOutputBody: Decodable {
        let output: String
    }

    /// Runs an action on a server (`POST /servers/{server_id}/action`, mostly 202).
    ///
    /// - Throws: ``OpenStackError/microversionTooLow(service:feature:required:negotiated:)`` for a
    ///   lock reason before 2.73, an unshelve zone before 2.77, or rebuild fields the cloud lacks.
    @discardableResult
    public func performServerAction(_ action: ServerAction, id: String) async throws -> ServerActionResult {
        try checkMicroversion(of: action)
        let path = ServerPaths.action(id)
        let response = try await caller.send(.post, path, body: ServerActionBody(action: action))
        switch action {
        case .createImage:
            return ServerActionResult(imageID: try imageID(from: response, path: path))
        case .rebuild:
            return ServerActionResult(
                server: try caller.unwrap(Server.self, key: "server", from: response, method: .post, path: path))
        default:
            return ServerActionResult()
        }
    }

    /// Snapshots a server into a new image and returns the image's id (`createImage` action).
    public func createServerImage(id: String, name: String, metadata: [String: String] = [:]) async throws -> String {
        let path = ServerPaths.action(id)
        let action = ServerAction.createImage(name: name, metadata: metadata)
        let response = try await caller.send(.post, path, body: ServerActionBody(action: action))
        return try imageID(from: response, path: path)
    }

    // Before 2.45 the image is only named in the Location header (…/images/{id}); since 2.45 the
    // body is {"image_id": …} and there is no Location (Compute API reference, "Create Image").
    private func imageID(from response: TransportResponse, path: [String]) throws -> String {
        if supports("2.45"), !response.body.isEmpty {
            return try caller.decode(ImageIDBody.self, from: response, method: .post, path: path).imageID
        }
        guard let location = response.header("location"), let imageID = location.split(separator: "/").last else {
            throw OpenStackError.decoding(
                DecodingFailure(
                    service: .compute, method: .post, path: (try? caller.url(path).path) ?? "", field: "Location",
                    problem: .missingHeader, requestID: response.requestID))
        }
        return String(imageID)
    }

    /// The last `length` lines of the server's console log, or all of it
    /// (`os-getConsoleOutput` action).
    public func showConsoleOutput(id: String, length: Int? = nil) async throws -> String {
        let path = ServerPaths.action(id)
        let body = RequestEnvelope("os-getConsoleOutput", ConsoleOutputRequest(length: length))
        let response = try await caller.send(.post, path, body: body)
        return try caller.decode(ConsoleOutputBody.self, from: response, method: .post, path: path).output
    }

    private func checkMicroversion(of action: ServerAction) throws {
        switch action {
        case .lock(.some): try require(2, 73, for: "A lock reason")
        case .unshelve(.some): try require(2, 77, for: "Unshelving into an availability zone")
        case .rebuild(let request):
            if request.keyName != nil { try require(2, 54, for: "Changing the key pair on rebuild") }
            if request.userData != nil { try require(2, 57, for: "Changing user data on rebuild") }
            if request.description != nil { try require(2, 19, for: "A server description") }
            if request.hostname != nil { try require(2, 90, for: "A server hostname") }
        default: break
        }
    }
}
