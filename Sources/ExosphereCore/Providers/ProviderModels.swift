/// One instance of a plugin provider, as its `list_instances()` or `create{…}` returned it.
public struct ProviderInstance: Sendable, Hashable {
    /// The provider's id for it.
    public var id: String
    /// Its name (the id when the provider gave none).
    public var name: String
    /// Its state in the host's OpenStack-like words (`ACTIVE`, `SHUTOFF`, `BUILD`…).
    public var status: String
    /// The size (flavor, instance type) id, when known.
    public var size: String?
    /// The image id, when known.
    public var image: String?
    /// Its IP addresses, public ones first when the provider orders them so.
    public var addresses: [String]

    /// Creates an instance.
    public init(id: String, name: String, status: String, size: String? = nil, image: String? = nil, addresses: [String] = []) {
        self.id = id
        self.name = name
        self.status = status
        self.size = size
        self.image = image
        self.addresses = addresses
    }
}

/// A size a provider offers for new instances (`sizes()`).
public struct ProviderSize: Sendable, Hashable {
    /// The id `create` takes.
    public var id: String
    /// Its display name (the id when the provider gave none).
    public var name: String
    /// Virtual CPUs, when known.
    public var vcpus: Int?
    /// Memory in MiB, when known.
    public var ramMiB: Int?

    /// Creates a size.
    public init(id: String, name: String, vcpus: Int? = nil, ramMiB: Int? = nil) {
        self.id = id
        self.name = name
        self.vcpus = vcpus
        self.ramMiB = ramMiB
    }
}

/// An image a provider offers for new instances (`images()`).
public struct ProviderImage: Sendable, Hashable {
    /// The id `create` takes.
    public var id: String
    /// Its display name (the id when the provider gave none).
    public var name: String

    /// Creates an image.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// What `create{ name, size, image }` is asked for.
public struct ProviderCreateRequest: Sendable, Hashable {
    /// The new instance's name.
    public var name: String
    /// A ``ProviderSize/id``.
    public var size: String
    /// A ``ProviderImage/id``.
    public var image: String

    /// Creates a request.
    public init(name: String, size: String, image: String) {
        self.name = name
        self.size = size
        self.image = image
    }
}

/// The actions `action(id, name)` is asked for.
public enum ProviderAction: String, Sendable, Hashable, CaseIterable {
    case start
    case stop
    case reboot
}
