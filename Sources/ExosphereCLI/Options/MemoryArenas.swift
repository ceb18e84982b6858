import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Keeps a long-running server's memory from creeping up through malloc's arenas.
///
/// glibc gives threads up to eight arenas per core and rarely returns their freed pages; with
/// the event loops and the cooperative pool all allocating, a multi-user server's resident set
/// grew about 14 MiB a minute for good (200 visitors, 30-minute soak: +39.5 %). Two arenas kept
/// it flat (+0.3 % over 7 minutes) and were faster besides (p99 29.6 ms against 42.1 ms):
/// `MALLOC_ARENA_MAX=2 scripts/bench-dashboard --users 200 --seconds 420`.
enum MemoryArenas {
    /// The arenas a server uses unless `MALLOC_ARENA_MAX` says otherwise.
    static let serverArenas: Int32 = 2

    /// Caps malloc's arenas for the rest of the process, before the server's threads start;
    /// an operator's `MALLOC_ARENA_MAX` wins. Returns whether the cap was set.
    @discardableResult
    static func limitForServer(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        guard environment["MALLOC_ARENA_MAX"] == nil, let mallopt = mallopt() else { return false }
        return mallopt(mallocArenaMax, serverArenas) == 1
    }

    /// glibc's `mallopt`: it and `M_ARENA_MAX` live in <malloc.h>, which Swift's Glibc module does
    /// not include, so the function is looked up in the C library already loaded.
    typealias Mallopt = @convention(c) (Int32, Int32) -> Int32

    /// `M_ARENA_MAX` in <malloc.h>.
    static let mallocArenaMax: Int32 = -8

    /// The C library's `mallopt`, or `nil` where there is none (not glibc).
    static func mallopt() -> Mallopt? {
        #if canImport(Glibc)
            guard let symbol = dlsym(nil, "mallopt") else { return nil }
            return unsafeBitCast(symbol, to: Mallopt.self)
        #else
            return nil
        #endif
    }
}
