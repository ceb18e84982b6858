import Dispatch

/// The serial executor of one plugin's ``PluginRuntime``: a dispatch queue of its own, so that Lua
/// runs on that queue's thread and never on Swift's cooperative pool.
///
/// A plugin busy up to its time limit, or stuck in C past it, then holds a thread of its own
/// instead of one of the shared pool's, which the web UI's requests, other plugins' events and
/// the shutdown on SIGTERM run on.
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
