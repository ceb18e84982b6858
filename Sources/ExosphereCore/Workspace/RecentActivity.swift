public import Foundation

/// The last things that happened to a workspace's instances: launches, state changes, deletions
/// and projects whose refresh started failing. A ring buffer of fixed capacity, so a busy cloud
/// never grows it and recording is constant time.
public struct RecentActivity: Sendable {
    /// One thing that happened, and when this server noticed it.
    public struct Entry: Sendable, Hashable {
        /// What happened.
        public enum Kind: Sendable, Hashable {
            /// A new instance appeared in a project that was already listed.
            case launched
            /// The instance's status changed from the one given.
            case changedState(from: String)
            /// The instance was deleted or is no longer visible.
            case deleted
            /// A poll of the project failed, with the cloud's or the network's words.
            case refreshFailed(reason: String)
        }

        /// What happened.
        public var kind: Kind
        /// The instance concerned; `nil` for a project that could not be refreshed.
        public var instance: Instance?
        /// The project it happened in.
        public var project: ProjectSummary
        /// When this server noticed it.
        public var time: Date

        /// Creates an entry.
        public init(kind: Kind, instance: Instance?, project: ProjectSummary, time: Date) {
            self.kind = kind
            self.instance = instance
            self.project = project
            self.time = time
        }
    }

    /// How many entries are kept.
    public let capacity: Int
    private var slots: [Entry] = []
    /// Where the next entry goes once the buffer is full: the oldest entry's slot.
    private var oldest = 0

    /// An empty buffer of `capacity` entries (at least one).
    public init(capacity: Int) {
        self.capacity = max(1, capacity)
        slots.reserveCapacity(self.capacity)
    }

    /// Adds `entry`, dropping the oldest when full.
    public mutating func record(_ entry: Entry) {
        if slots.count < capacity {
            slots.append(entry)
        } else {
            slots[oldest] = entry
            oldest = (oldest + 1) % capacity
        }
    }

    /// Every kept entry, newest first.
    public var newestFirst: [Entry] {
        Array((slots[oldest...] + slots[..<oldest]).reversed())
    }

    /// The entry an event stands for, or `nil` when it is not worth showing: the first listing of a
    /// project (every instance "appears"), changes that keep the status, repeated failures.
    ///
    /// - Parameters:
    ///   - projectListed: Whether the project's first complete listing had arrived before `event`.
    ///   - alreadyFailing: Whether the project's previous poll had failed too.
    public static func entry(for event: InstanceEvent, projectListed: Bool, alreadyFailing: Bool, at time: Date) -> Entry? {
        switch event {
        case .appeared(let instance) where projectListed:
            Entry(kind: .launched, instance: instance, project: instance.project, time: time)
        case .changed(let instance, let previous) where instance.status != previous.status:
            Entry(kind: .changedState(from: previous.status), instance: instance, project: instance.project, time: time)
        case .disappeared(let instance):
            Entry(kind: .deleted, instance: instance, project: instance.project, time: time)
        case .refreshFailed(let project, let message) where !alreadyFailing:
            Entry(kind: .refreshFailed(reason: message), instance: nil, project: project, time: time)
        case .appeared, .changed, .refreshFailed, .projectSynced:
            nil
        }
    }
}
