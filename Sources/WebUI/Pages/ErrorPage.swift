/// An error explained: what happened and what to do.
struct ErrorPage: Sendable {
    var status: Int
    var message: String
    var recovery: String?
}
