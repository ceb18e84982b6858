import Foundation
@testable import OpenStackAPI
import Synchronization
@testable import OutboundHTTP

/// Answers `POST /identity/v3/auth/tokens` with a token for the project named in the request's
/// scope, valid for `lifetime` seconds from the fake clock's now, and counts the calls.
final class FakeKeystone: Sendable {
    private let count = Mutex(0)
    let clock: FakeClock
    let lifetime: TimeInterval

    init(transport: FakeTransport, clock: FakeClock, lifetime: TimeInterval = 3600, delay: Duration = .milliseconds(20))
    {
        self.clock = clock
        self.lifetime = lifetime
        transport.on(.post, "/identity/v3/auth/tokens") { [self] request in
            let number = count.withLock { value in
                value += 1
                return value
            }
            try await Task.sleep(for: delay)
            let body = try request.jsonBody()
            var projectID = "default-project"
            if case .object(let scope)? = body["auth"]?["scope"], case .string(let id)? = scope["project"]?["id"] {
                projectID = id
            } else if case .string(let name)? = body["auth"]?["scope"]?["project"]?["name"] {
                projectID = "id-of-" + name
            }
            let now = clock.now()
            let data = try Fixtures.data(
                "identity/token-template.json",
                filling: [
                    "project_id": projectID,
                    "issued_at": Self.format(now),
                    "expires_at": Self.format(now.addingTimeInterval(lifetime)),
                ])
            return TransportResponse(
                status: 201, headers: ["X-Subject-Token": "token-\(number)-\(projectID)"], body: data)
        }
    }

    var calls: Int { count.withLock { $0 } }

    static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
