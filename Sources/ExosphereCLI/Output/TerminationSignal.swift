import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Waits for Ctrl-C (SIGINT) or SIGTERM, so a long-running command can stop cleanly.
enum TerminationSignal {
    /// Returns once the process receives SIGINT or SIGTERM.
    static func wait() async {
        let (signals, continuation) = AsyncStream<Void>.makeStream()
        let queue = DispatchQueue(label: "exosphere.signals")
        let sources = [SIGINT, SIGTERM].map { number in
            // The default action would end the process before the server shuts down.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { continuation.yield() }
            source.resume()
            return source
        }
        for await _ in signals { break }
        sources.forEach { $0.cancel() }
    }
}
