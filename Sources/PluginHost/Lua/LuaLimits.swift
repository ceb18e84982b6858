/// Limits that keep one plugin from hurting the host; operators set them, plugins cannot.
public struct LuaLimits: Sendable, Hashable {
    /// Bytes of Lua memory the plugin may use in total (default 16 MiB).
    public var memoryBytes: Int
    /// VM instructions per entry into the plugin, summed over its resumes (default 10 million,
    /// about 30 ms). Work that Lua's libraries do in C (`string.rep`, `table.move`,
    /// `table.concat`, `table.insert`, `table.sort`, `string.format`, patterns and plain finds) is
    /// charged to it before it runs, at about one instruction per 64 bytes or per matcher step;
    /// so is copying values for the host, eight instructions per value.
    public var instructionBudget: Int64
    /// Wall-clock time one entry into the plugin may spend running Lua, summed over its resumes
    /// and checked every 1,000 instructions and before every charged library call (default 1 s).
    public var timeLimit: Duration
    /// Worst-case steps a `string.find`/`match`/`gmatch`/`gsub` pattern may need on its input
    /// (default 10^9), checked before the pattern runs because the matcher runs in C, where the
    /// count hook cannot stop it; a pattern within it is then charged its worst case to the
    /// instruction budget.
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

    /// The longest one entry may take from start to end, its waits for the host included:
    /// ``timeLimit`` of running Lua plus ``hostCallTimeout`` of waiting (default 31 s). The
    /// instruction budget and ``timeLimit`` are likewise fixed when the entry starts and carry
    /// over its waits, so a handler that waits on the host in a loop is stopped too.
    public var entryTimeLimit: Duration { timeLimit + hostCallTimeout }

    var entryTimeLimitMessage: String {
        "stopped: the call ran longer than its overall time limit of \(entryTimeLimit) (running and waiting for the host together)"
    }

    /// The defaults.
    public static let standard = LuaLimits()
}
