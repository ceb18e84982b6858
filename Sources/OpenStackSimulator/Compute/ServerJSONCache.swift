import Synchronization

/// The serialized JSON of each server as last listed, kept with the inputs it was made from.
///
/// A listing of thousands of servers spent most of the simulator's time building and writing the
/// same JSON again: most servers do not change between two listings. A server whose inputs are
/// equal to the kept ones gets the kept bytes; any change (a phase reached, an action, a rename,
/// another microversion) makes new ones. Nothing needs to be told of changes, so the cache can
/// never answer stale JSON. Shared by concurrent requests; each takes the lock twice.
final class ServerJSONCache: Sendable {
    /// A class, so that reading the table copies a reference rather than every field of a server.
    private final class Entry: Sendable {
        let inputs: ServerViewInputs
        let bytes: [UInt8]

        init(inputs: ServerViewInputs, bytes: [UInt8]) {
            self.inputs = inputs
            self.bytes = bytes
        }
    }

    /// Servers kept before the cache starts again (deleted servers would otherwise stay).
    let capacity: Int
    private let entries = Mutex<[String: Entry]>([:])

    init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    /// The JSON of each server, in order, as fragments to put in a response.
    func json(_ servers: [ServerViewInputs]) -> [JSON] {
        let kept = entries.withLock { table in servers.map { table[$0.snapshot.server.id] } }
        var made: [Entry] = []
        let fragments = zip(servers, kept).map { inputs, entry -> JSON in
            if let entry, entry.inputs == inputs { return .fragment(entry.bytes) }
            let bytes = ServerView.json(inputs).serialized
            made.append(Entry(inputs: inputs, bytes: bytes))
            return .fragment(bytes)
        }
        if !made.isEmpty {
            entries.withLock { table in
                if table.count + made.count > capacity { table.removeAll(keepingCapacity: true) }
                for entry in made { table[entry.inputs.snapshot.server.id] = entry }
            }
        }
        return fragments
    }
}
