/// Runs independent requests at the same time.
///
/// For a fixed handful of different lists, `async let` is the simplest tool:
///
/// ```swift
/// async let servers = compute.listServers()
/// async let flavors = compute.listFlavors()
/// async let images = image.listImages()
/// let inventory = try await (servers, flavors, images)
/// ```
///
/// For the same request across many keys (every project, every region), ``collect(_:maximumConcurrency:_:)``
/// runs them in a task group and keeps each key's success or failure apart, so one project that
/// fails does not hide the others.
public enum Concurrently {
    /// Runs `operation` for every key, at most `maximumConcurrency` at a time, and returns each
    /// key's result.
    public static func collect<Key: Hashable & Sendable, Value: Sendable>(
        _ keys: [Key],
        maximumConcurrency: Int = 16,
        _ operation: @escaping @Sendable (Key) async throws -> Value
    ) async -> [Key: Result<Value, any Error>] {
        await withTaskGroup(of: (Key, Result<Value, any Error>).self) { group in
            var results: [Key: Result<Value, any Error>] = [:]
            var pending = keys.makeIterator()
            func startNext() -> Bool {
                guard let key = pending.next() else { return false }
                group.addTask {
                    do {
                        return (key, .success(try await operation(key)))
                    } catch {
                        return (key, .failure(error))
                    }
                }
                return true
            }
            for _ in 0..<max(1, maximumConcurrency) {
                guard startNext() else { break }
            }
            while let (key, result) = await group.next() {
                results[key] = result
                _ = startNext()
            }
            return results
        }
    }

    /// Like ``collect(_:maximumConcurrency:_:)``, but throws the first failure (in key order) and
    /// otherwise returns the values in key order.
    public static func map<Key: Hashable & Sendable, Value: Sendable>(
        _ keys: [Key],
        maximumConcurrency: Int = 16,
        _ operation: @escaping @Sendable (Key) async throws -> Value
    ) async throws -> [Value] {
        let results = await collect(keys, maximumConcurrency: maximumConcurrency, operation)
        return try keys.compactMap { key in try results[key]?.get() }
    }
}
