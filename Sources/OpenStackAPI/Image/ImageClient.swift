public import Foundation

/// Glance (Image API v2): list, show and delete images.
///
/// The catalog's image endpoint is the service root (`https://glance.example.org:9292` or
/// `https://example.org/image`); requests go to `<root>/v2/…`. Glance has no microversions.
///
/// ```swift
/// let images = ImageClient(context: context, endpoint: endpoint.url, tokens: tokens)
/// let active = try await images.listImages(ImageListQuery(status: .active))
/// ```
public struct ImageClient: Sendable {
    /// The image endpoint from the catalog.
    public let endpoint: URL
    let caller: ServiceCaller

    /// Creates a client.
    public init(context: APIContext, endpoint: URL, tokens: any TokenSource) {
        self.endpoint = endpoint
        self.caller = ServiceCaller(
            context: context, service: .image, baseURL: Self.versionedURL(endpoint, version: "v2"), tokens: tokens,
            microversion: nil)
    }

    /// `endpoint` + `/version`, unless the catalog URL already ends in that version.
    static func versionedURL(_ endpoint: URL, version: String) -> URL {
        var text = endpoint.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        if text.split(separator: "/").last.map(String.init) == version { return URL(string: text) ?? endpoint }
        return URL(string: text + "/" + version) ?? endpoint
    }
}
