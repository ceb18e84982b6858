import Dispatch

/// The serial executor of one plugin's ``PluginRuntime``: a dispatch queue of its own, so that Lua
/// runs on that queue's thread and never on Swift's cooperative pool.
///
/// The pool has as many threads as the machine has cores (two, on a small server); a plugin busy
/// up to its time limit, or stuck in C past it, would hold one of them and starve every other
/// task of the process: other plugins' events, the web UI's requests, the shutdown on SIGTERM.
final class PluginExecutor: SerialExecutor {
    private let queue: DispatchQueue

    /// An executor on a new serial queue named after the plugin.
    init(plugin: String) {
        queue = DispatchQueue(label: "exosphere.plugin." + plugin)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }
}
