public import ExosphereCore

extension ProviderIdentity {
    /// Its page, `/providers/<plugin>/<provider>`.
    public var url: String {
        "/providers/" + PathComponent.encode(plugin) + "/" + PathComponent.encode(id)
    }
}
