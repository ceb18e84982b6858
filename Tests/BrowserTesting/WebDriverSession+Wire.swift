import NIOHTTP1

/// The few HTTP methods WebDriver uses, kept out of the public API.
enum HTTPMethodName {
    case GET, POST, DELETE

    var nio: HTTPMethod {
        switch self {
        case .GET: return .GET
        case .POST: return .POST
        case .DELETE: return .DELETE
        }
    }
}

extension WebDriverSession {
    /// `null` or any value the caller does not need.
    struct Nothing: Decodable, Sendable {
        init(from decoder: any Decoder) throws {}
    }

    struct Created: Decodable, Sendable {
        var sessionId: String
    }

    struct ScriptCall: Encodable, Sendable {
        var script: String
        var args: [String]
    }

    struct WindowRect: Decodable, Sendable {
        var width: Int
        var height: Int
    }

    struct NewSession: Encodable, Sendable {
        struct Capabilities: Encodable, Sendable {
            var alwaysMatch: Match
        }

        struct Match: Encodable, Sendable {
            var browserName = "chrome"
            var chromeOptions: ChromeOptions

            enum CodingKeys: String, CodingKey {
                case browserName
                case chromeOptions = "goog:chromeOptions"
            }
        }

        struct ChromeOptions: Encodable, Sendable {
            var binary: String
            var args: [String]
        }

        var capabilities: Capabilities
    }

    struct KeyActions: Encodable, Sendable {
        struct Source: Encodable, Sendable {
            var type = "key"
            var id: String
            var actions: [Action]

            init(id: String, actions: [Action]) {
                self.id = id
                self.actions = actions
            }
        }

        struct Action: Encodable, Sendable {
            var type: String
            var value: String
        }

        var actions: [Source]
    }
}
