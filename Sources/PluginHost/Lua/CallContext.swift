/// Where plugin code is running, which decides the host functions it may call (Kong's phases,
/// made simple).
public enum CallContext: String, Sendable, Hashable, CaseIterable {
    /// Top-level `init.lua`: registration only, no I/O.
    case load
    /// Event handlers and actions: may wait for `exo.http`.
    case handler
    /// Building card and page view models: fast, no network.
    case render
    /// Calls into a plugin-implemented provider: may wait for `exo.http`.
    case provider
}
