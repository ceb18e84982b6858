internal import CLuaShim

/// One sandboxed Lua state: the C shim's state plus the Swift side of its host functions.
///
/// Not `Sendable`: a plugin's actor owns it, so the state is only ever used from one task at a
/// time. Lua keeps an unretained pointer to this object; it closes the C state in `deinit`.
final class LuaState {
    private var handle: OpaquePointer?
    private var functions: [(HostCall) -> HostReply] = []
    private var waits: [LuaThreadID: @Sendable () async -> HostReply] = [:]
    private var answers: [LuaThreadID: HostReply] = [:]
    /// The context of the entry Lua is running now (see ``CallContext``).
    private(set) var currentContext: CallContext = .load
    /// The coroutine of the entry Lua is running now; only it may wait for the host.
    private var currentThread: LuaThreadID?
    let limits: LuaLimits

    /// Opens a state with the safe libraries; `nil` when the memory cap is too small to start.
    init?(limits: LuaLimits) {
        self.limits = limits
        let seconds = Double(limits.timeLimit.components.seconds) + Double(limits.timeLimit.components.attoseconds) / 1e18
        let cLimits = exo_limits(
            memory_limit: max(0, limits.memoryBytes), instruction_budget: limits.instructionBudget,
            time_limit: seconds, pattern_work_limit: limits.patternWorkLimit)
        let host = Unmanaged.passUnretained(self).toOpaque()
        guard let opened = exo_state_open(cLimits, host, luaDispatch) else { return nil }
        handle = opened
    }

    deinit {
        exo_state_close(handle)
    }

    /// Bytes of Lua memory in use.
    var memoryUsed: Int { handle.map { exo_state_memory_used($0) } ?? 0 }

    private var lastError: String {
        guard let handle, let message = exo_state_error(handle) else { return "" }
        return String(cString: message)
    }

    /// Adds a host function to the raw host table under `name`.
    func define(_ name: String, _ body: @escaping (HostCall) -> HostReply) -> Bool {
        functions.append(body)
        return exo_state_define(handle, name, Int32(functions.count - 1)) == 0
    }

    /// Compiles text (never bytecode) into a function.
    func compile(_ code: String, chunkName: String) -> Result<LuaFunctionReference, LuaFailure> {
        var reference: Int64 = 0
        let bytes = Array(code.utf8)
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { exo_state_compile(handle, $0.baseAddress, $0.count, chunkName, &reference) }
        }
        guard status == 0 else { return .failure(LuaFailure(kind: .error, message: lastError)) }
        return .success(LuaFunctionReference(reference: reference))
    }

    /// Drops a function the host no longer needs.
    func release(_ function: LuaFunctionReference) {
        exo_state_unref(handle, function.reference)
    }

    func keep(_ function: LuaFunctionReference) {
        exo_state_keep(handle, function.reference)
    }

    /// Runs `function` as a coroutine to its end, waiting for host operations it starts.
    nonisolated(nonsending) func run(
        _ function: LuaFunctionReference, arguments: [LuaValue], context: CallContext, passHostTable: Bool = false
    ) async -> Result<[LuaValue], LuaFailure> {
        var tape = exo_tape()
        exo_tape_init(&tape)
        defer { exo_tape_free(&tape) }
        LuaTape.append(arguments, to: &tape)
        guard let thread = exo_thread_start(handle, function.reference, &tape, passHostTable ? 1 : 0) else {
            return .failure(LuaFailure(kind: .error, message: lastError))
        }
        let id = LuaThreadID(pointer: exo_thread_identity(thread))
        defer {
            waits[id] = nil
            answers[id] = nil
            exo_thread_release(handle, thread)
        }
        // Fixed at entry: the Lua running time (limits.timeLimit, kept by the shim across
        // resumes) plus the waits, which the host call timeout bounds one at a time.
        let deadline = ContinuousClock.now + limits.entryTimeLimit
        while true {
            // Other entries may have run while this one waited, so set the context on every resume.
            currentContext = context
            currentThread = id
            let status = exo_thread_resume(handle, thread, &tape)
            switch status {
            case Int32(EXO_DONE.rawValue):
                return .success(withUnsafePointer(to: &tape) { LuaTape.values(of: $0) })
            case Int32(EXO_WAITING.rawValue):
                guard let operation = waits.removeValue(forKey: id) else {
                    return .failure(LuaFailure(kind: .error, message: "a handler may not yield: use the exo functions that wait"))
                }
                // Checked before each wait, not after: the plugin always gets the answer to a
                // wait it started in time (perhaps host.timeout), but cannot start another late.
                guard ContinuousClock.now < deadline else {
                    return .failure(LuaFailure(kind: .timeLimit, message: limits.entryTimeLimitMessage))
                }
                // A backstop a little past the limit: host functions (exo.http) enforce their own
                // timeout within it and answer with their own error code.
                let left = deadline - ContinuousClock.now
                answers[id] = await Self.bounded(operation, timeout: min(limits.hostCallTimeout + .seconds(1), left))
            case Int32(EXO_OUT_OF_MEMORY.rawValue):
                return .failure(LuaFailure(kind: .outOfMemory, message: lastError))
            case Int32(EXO_BUDGET_EXCEEDED.rawValue):
                return .failure(LuaFailure(kind: .instructionBudget, message: lastError))
            case Int32(EXO_TIME_EXCEEDED.rawValue):
                return .failure(LuaFailure(kind: .timeLimit, message: lastError))
            default:
                return .failure(LuaFailure(kind: .error, message: lastError))
            }
        }
    }

    /// Runs a host operation, answering `nil, {code = "host.timeout"}` when it takes too long.
    private static func bounded(_ operation: @escaping @Sendable () async -> HostReply, timeout: Duration) async -> HostReply {
        await withTaskGroup(of: HostReply?.self) { group in
            group.addTask { await operation() }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? .values([.nil, HostErrors.value(code: "host.timeout", message: "the host call took longer than its time limit")])
        }
    }

    /// Called by the C trampoline (through ``luaDispatch``) for every host function call.
    fileprivate func dispatch(
        _ function: Int32, thread: UnsafeMutableRawPointer?, arguments: UnsafePointer<exo_tape>,
        results: UnsafeMutablePointer<exo_tape>
    ) -> Int32 {
        let id = LuaThreadID(pointer: thread)
        let reply: HostReply
        if function == EXO_FUNCTION_ANSWER {
            reply = answers.removeValue(forKey: id) ?? .values([])
        } else if function >= 0, Int(function) < functions.count {
            reply = functions[Int(function)](HostCall(arguments: LuaTape.values(of: arguments), thread: id, state: self))
        } else {
            reply = .raise("unknown host function")
        }
        switch reply {
        case .values(let values):
            LuaTape.append(values, to: results)
            return Int32(EXO_REPLY_RETURN.rawValue)
        case .raise(let message):
            LuaTape.append(.text(message), to: results)
            return Int32(EXO_REPLY_RAISE.rawValue)
        case .wait(let operation):
            guard id == currentThread else {
                LuaTape.append(.text("cannot wait for the host inside a coroutine the plugin created"), to: results)
                return Int32(EXO_REPLY_RAISE.rawValue)
            }
            waits[id] = operation
            return Int32(EXO_REPLY_WAIT.rawValue)
        }
    }
}

/// The C shim's dispatcher: finds the ``LuaState`` behind the host pointer and lets it answer.
private func luaDispatch(
    host: UnsafeMutableRawPointer?, function: Int32, thread: UnsafeMutableRawPointer?,
    arguments: UnsafePointer<exo_tape>?, results: UnsafeMutablePointer<exo_tape>?
) -> Int32 {
    guard let host, let arguments, let results else { return Int32(EXO_REPLY_RAISE.rawValue) }
    let state = Unmanaged<LuaState>.fromOpaque(host).takeUnretainedValue()
    return state.dispatch(function, thread: thread, arguments: arguments, results: results)
}
