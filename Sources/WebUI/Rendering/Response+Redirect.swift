import Hummingbird

extension Response {
    /// A `303 See Other` to `location`, the answer to every successful form post.
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
