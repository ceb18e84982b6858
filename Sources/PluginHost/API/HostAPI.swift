/// The versioned `exo.*` host API plugins program against.
///
/// Semantic versioning: a minor release may add functions, events, optional arguments and
/// optional result keys; a released signature never changes.
public enum HostAPI {
    /// The host API version this build provides.
    public static let version = SemanticVersion(1, 0, 0)

    /// The events `exo.on` accepts.
    public static let events = [
        "instance.launched", "instance.state_changed", "instance.deleted", "session.login", "dashboard.rendered",
    ]

    /// Every host function, by name.
    static let functions: [HostFunction] =
        coreFunctions + uiFunctions + httpFunctions + dataFunctions + providerFunctions + viewFunctions

    /// Public descriptions of every host function, sorted by name.
    public static var reference: [HostFunctionInfo] { functions.map(\.info).sorted { $0.name < $1.name } }

    static let v1_0 = SemanticVersion(1, 0, 0)
    static let anywhere: Set<CallContext> = Set(CallContext.allCases)
    static let running: Set<CallContext> = [.handler, .render, .provider]
    static let waiting: Set<CallContext> = [.handler, .provider]
}
