public import Localization

/// A resource a launch needs more of than the project has left.
public struct QuotaShortfall: Sendable, Hashable, Codable {
    /// The resource.
    public var resource: QuotaResource
    /// How much the launch needs, in the resource's unit.
    public var needed: Int
    /// How much is left.
    public var available: Int

    /// Creates a shortfall.
    public init(resource: QuotaResource, needed: Int, available: Int) {
        self.resource = resource
        self.needed = needed
        self.available = available
    }

    /// "cores: needs 8, 4 left".
    public var summary: LocalizableMessage {
        let unit = resource.unit.isEmpty ? "" : " " + resource.unit
        return LocalizableMessage(
            "{resource}: needs {needed}{unit}, {available}{unit} left",
            ["resource": resource.rawValue, "needed": String(needed), "available": String(available), "unit": unit])
    }
}
