/// What some actions need besides the instance.
public struct ActionOptions: Sendable, Hashable {
    /// The flavor (name or id) to resize to.
    public var flavor: String?
    /// The image (name or id) to rebuild from.
    public var image: String?
    /// The new image's name for ``InstanceAction/createImage``; `<instance>-snapshot` if absent.
    public var imageName: String?
    /// Why the instance is locked (shown to others; needs compute microversion 2.73).
    public var lockReason: String?

    /// Creates options.
    public init(flavor: String? = nil, image: String? = nil, imageName: String? = nil, lockReason: String? = nil) {
        self.flavor = flavor
        self.image = image
        self.imageName = imageName
        self.lockReason = lockReason
    }
}

/// What an action did.
public struct ActionOutcome: Sendable, Hashable {
    /// The instance acted on.
    public var instance: Instance
    /// The action.
    public var action: InstanceAction
    /// The status after waiting (`DELETED` once gone); `nil` when not waited for.
    public var finalStatus: String?
    /// The new image's id, for ``InstanceAction/createImage``.
    public var imageID: String?
}
