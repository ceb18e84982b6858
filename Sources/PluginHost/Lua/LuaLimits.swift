/// Limits that keep one plugin from hurting the host; operators set them, plugins cannot.
public struct LuaLimits: Sendable, Hashable {
    /// Bytes of Lua memory the plugin may use in total (default 16 MiB).
    public var memoryBytes: Int
    /// VM instructions per entry into the plugin (default 10 million, about 30 ms).
    public var instructionBudget: Int64
    /// Wall-clock time per entry into the plugin, checked every 1,000 instructions (default 1 s).
    public var timeLimit: Duration
    /// Worst-case steps a `string.find`/`match`/`gmatch`/`gsub` pattern may need on its input
    /// (default 10^9), checked before the pattern runs because the matcher runs in C, where the
    /// instruction budget cannot stop it.
    public var patternWorkLimit: Double
    /// The longest a host call that waits (`exo.http.request`) may take (default 30 s).
    public var hostCallTimeout: Duration

    /// Creates limits.
    public init(
        memoryBytes: Int = 16 << 20, instructionBudget: Int64 = 10_000_000, timeLimit: Duration = .seconds(1),
        patternWorkLimit: Double = 1e9, hostCallTimeout: Duration = .seconds(30)
    ) {
        self.memoryBytes = memoryBytes
        self.instructionBudget = instructionBudget
        self.timeLimit = timeLimit
        self.patternWorkLimit = patternWorkLimit
        self.hostCallTimeout = hostCallTimeout
    }

    /// The defaults.
    public static let standard = LuaLimits()
}
