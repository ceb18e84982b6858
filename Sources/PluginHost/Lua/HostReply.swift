/// What a host function answers to a call from Lua.
enum HostReply: Sendable {
    /// Return these values to Lua.
    case values([LuaValue])
    /// Raise a Lua error with this message (misuse: wrong argument, missing capability, wrong context).
    case raise(String)
    /// Suspend the calling coroutine until the operation finishes, then return what it returns.
    case wait(@Sendable () async -> HostReply)
}

/// One call from Lua into a host function.
struct HostCall {
    /// The arguments, copied out of Lua.
    let arguments: [LuaValue]
    /// The coroutine that called.
    let thread: LuaThreadID
    /// The state, to keep function arguments alive.
    let state: LuaState

    /// The argument at a 1-based position, `nil` when absent.
    func argument(_ position: Int) -> LuaValue {
        position >= 1 && position <= arguments.count ? arguments[position - 1] : .nil
    }

    /// Keeps a function passed in this call alive after the call returns.
    func keep(_ function: LuaFunctionReference) {
        state.keep(function)
    }
}

/// Identifies a running coroutine.
struct LuaThreadID: Hashable {
    let pointer: UnsafeMutableRawPointer?
}

/// Why an entry into a plugin failed.
public struct LuaFailure: Error, Sendable, Hashable {
    /// The kinds of failure.
    public enum Kind: String, Sendable, Hashable {
        /// A Lua error the plugin did not catch.
        case error
        /// The memory cap was reached.
        case outOfMemory = "out_of_memory"
        /// The instruction budget was used up.
        case instructionBudget = "instruction_budget"
        /// The per-entry time limit passed.
        case timeLimit = "time_limit"
    }

    /// What went wrong.
    public let kind: Kind
    /// Lua's message, with the chunk and line when Lua gave them.
    public let message: String
}
