/// A change the ``InstanceStore`` noticed, delivered to every subscriber in order.
public enum InstanceEvent: Sendable, Hashable {
    /// An instance the store had not seen (the first listing of a project reports every instance).
    case appeared(Instance)
    /// An instance whose status, task, name, addresses or other shown fields changed.
    case changed(Instance, previous: Instance)
    /// An instance that was deleted (or is no longer visible to the credentials).
    case disappeared(Instance)
    /// The first complete listing of a project arrived; from here on events are changes.
    case projectSynced(ProjectSummary)
    /// A poll of a project failed; the store keeps the last known state and retries with back-off.
    case refreshFailed(ProjectSummary, message: String)
}
