import Localization
public import OutboundHTTP

/// An error status from a service, with the cloud's own explanation.
public struct HTTPFailure: Sendable, Hashable {
    /// The service that answered.
    public var service: ServiceType
    /// The HTTP method of the request.
    public var method: TransportRequest.Method
    /// The URL path of the request (no host, no query, never a secret).
    public var path: String
    /// The HTTP status code.
    public var status: Int
    /// The OpenStack request id, for the operators' logs.
    public var requestID: String?
    /// The cloud's message from the error body, or a short excerpt of an unrecognised body.
    public var cloudMessage: String?
    /// The error kind the cloud named, such as Nova's `itemNotFound` or Neutron's `OverQuota`.
    public var cloudErrorType: String?

    /// Creates a failure record.
    public init(
        service: ServiceType,
        method: TransportRequest.Method,
        path: String,
        status: Int,
        requestID: String? = nil,
        cloudMessage: String? = nil,
        cloudErrorType: String? = nil
    ) {
        self.service = service
        self.method = method
        self.path = path
        self.status = status
        self.requestID = requestID
        self.cloudMessage = cloudMessage
        self.cloudErrorType = cloudErrorType
    }

    /// Whether the cloud blamed a quota or size limit (413, or a message or type naming a quota).
    public var isQuotaExceeded: Bool {
        if status == 413 { return true }
        let text = ((cloudMessage ?? "") + " " + (cloudErrorType ?? "")).lowercased()
        return [400, 403, 409].contains(status) && (text.contains("quota") || text.contains("limit exceeded"))
    }

    /// Whether this is Keystone refusing a login that names something missing (Identity API v3,
    /// "Password authentication" / "Application credential authentication": 404 when the user,
    /// project, domain or application credential it names does not exist, for example a deleted
    /// application credential).
    var isLoginNotFound: Bool {
        service == .identity && method == .post && status == 404 && path.hasSuffix("/auth/tokens")
    }

    var arguments: [String: String] {
        [
            "service": service.displayName,
            "method": method.rawValue,
            "path": path,
            "status": String(status),
            "detail": cloudMessage ?? "no explanation given",
            "request_id": requestID ?? "none",
        ]
    }

    var message: LocalizableMessage {
        let template: String
        switch status {
        case _ where isQuotaExceeded:
            template =
                "{service} refused {method} {path} because a quota or size limit was reached (HTTP {status}): {detail}"
        case 400:
            template = "{service} rejected {method} {path} as invalid (HTTP 400): {detail}"
        case 401:
            template = "{service} did not accept the credentials for {method} {path} (HTTP 401): {detail}"
        case 404 where isLoginNotFound:
            template = "{service} did not accept the login: something it names does not exist (HTTP 404): {detail}"
        case 403:
            template = "{service} does not allow {method} {path} for this account (HTTP 403): {detail}"
        case 404:
            template = "{service} found nothing at {method} {path} (HTTP 404): {detail}"
        case 409:
            template =
                "{service} refused {method} {path} because it conflicts with the current state (HTTP 409): {detail}"
        case 429:
            template = "{service} is receiving too many requests and refused {method} {path} (HTTP 429): {detail}"
        case 500...599:
            template = "{service} failed with an internal error on {method} {path} (HTTP {status}): {detail}"
        default:
            template = "{service} answered {method} {path} with HTTP {status}: {detail}"
        }
        return LocalizableMessage(template, arguments)
    }

    var recovery: LocalizableMessage? {
        let template: String
        switch status {
        case _ where isQuotaExceeded:
            template = "Delete resources you no longer need, or ask the cloud's operators for a larger quota."
        case 400:
            template = "Check the values you gave; the cloud's message says which one it did not accept."
        case 401:
            template =
                "Check the user name, password or application credential for this cloud (clouds.yaml, secure.yaml), then log in again."
        case 404 where isLoginNotFound:
            template =
                "If it is an application credential, it was probably deleted or has expired: create a new one and update clouds.yaml; otherwise check the user, project and domain names."
        case 403:
            template =
                "Your account lacks the role or permission this needs; ask your project's manager or the cloud's operators."
        case 404:
            template = "It may have been deleted or never existed; check the name or id, or list the resources again."
        case 409:
            template =
                "Wait until the resource has finished what it is doing, or bring it into a suitable state, then try again."
        case 429:
            template = "Wait a moment, then try again."
        case 500...599:
            template =
                "Try again in a few minutes; if it keeps failing, contact the cloud's operators and quote request id {request_id}."
        default:
            template = "If this keeps happening, contact the cloud's operators and quote request id {request_id}."
        }
        return LocalizableMessage(template, arguments)
    }
}
