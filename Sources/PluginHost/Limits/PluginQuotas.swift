/// How much one plugin may register, and how large the values the host builds for it may grow.
///
/// Fixed rather than operator settings: they keep one plugin's share of the host's memory and of
/// the web UI small whatever its code does. Every refusal names the quota it hit.
public enum PluginQuotas {
    /// Dashboard cards one plugin may add.
    public static let cards = 16
    /// Pages one plugin may add.
    public static let pages = 16
    /// Instance actions one plugin may add.
    public static let actions = 32
    /// Cloud-init parts one plugin may add.
    public static let cloudInitParts = 16
    /// Top-bar links one plugin may add.
    public static let links = 16
    /// Event handlers one plugin may register, over all events together.
    public static let handlers = 64
    /// Theme tokens one plugin may set.
    public static let themeTokens = 64
    /// Values one crossing from Lua to the host may hold (every table key and value counts, and a
    /// table that appears several times counts each time); the C shim's `EXO_MAX_COPY_VALUES`.
    public static let copiedValues = 100_000
    /// Values a JSON document may hold for `exo.json.decode` and the `json` field of `exo.http`.
    public static let jsonValues = 100_000
    /// Nesting of arrays and objects a JSON document may have (the deepest a table can cross into Lua).
    public static let jsonDepth = 32
    /// Bytes of text one `exo.i18n.t` may produce, in UTF-8.
    public static let translationBytes = 64 << 10
    /// Fields one `exo.log.*` call may attach.
    public static let logFields = 32
    /// Bytes of a log message or field value; longer ones are cut, with `…` at the end.
    public static let logBytes = 4 << 10
    /// Nodes one card or page view may have.
    public static let viewNodes = 10_000
}
