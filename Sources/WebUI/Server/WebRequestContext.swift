public import Hummingbird

/// The per-request state the web UI's routes share: the browser session and, for a form post
/// that passed the CSRF check, its fields.
public struct WebRequestContext: RequestContext {
    /// Hummingbird's own per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The browser's session; set by the session middleware before any route runs.
    var session: BrowserSession?
    /// The fields of a form post, already checked for a valid CSRF token.
    var form = FormFields()
    /// The files of a multipart form post, spooled to temporary files that last as long as the request.
    var uploads: [UploadedFile] = []

    /// Creates the context for a new request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}
