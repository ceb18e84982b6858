import Foundation

/// One plugin's small key-value store (`exo.store.*`), kept in `<directory>/<plugin-id>.json`
/// (0600, its folder 0700) so that it survives restarts; without a directory it lives in memory.
///
/// Values are JSON, kept as text (the file maps each key to its value's JSON text) and decoded on
/// each read, so a plugin never shares a table with the store. The whole store is at most
/// ``maximumBytes`` (keys and values as JSON text); a write past that is refused, not truncated. Each write rewrites the file atomically. One process per
/// store file: two servers writing the same file each keep their own copy and the last write wins.
///
/// Owned by the plugin's ``PluginSession`` and used only on its runtime's queue.
final class PluginStore {
    /// The most bytes one plugin's store may hold.
    static let maximumBytes = 1 << 20
    /// The longest key, in bytes.
    static let maximumKeyBytes = 256

    /// Why a write was refused.
    enum Refusal: Error {
        case keyTooLong(Int)
        case full(needed: Int)
        case notSaved(String)

        var code: String {
            switch self {
            case .keyTooLong: return "store.key_too_long"
            case .full: return "store.full"
            case .notSaved: return "store.not_saved"
            }
        }

        var message: String {
            switch self {
            case .keyTooLong(let bytes): return "a key may be at most \(PluginStore.maximumKeyBytes) bytes, this one is \(bytes)"
            case .full(let needed):
                return "the store would hold \(needed) bytes, more than the \(PluginStore.maximumBytes) a plugin may keep; delete keys first"
            case .notSaved(let reason): return "the store could not be saved: \(reason)"
            }
        }
    }

    private let file: URL?
    private var entries: [String: String]
    private var size: Int

    /// Opens plugin `plugin`'s store in `directory` (in memory when `nil`). A file that is missing,
    /// too large or not a JSON object opens as an empty store (and `problem` says why).
    init(plugin: String, directory: String?) {
        file = directory.map { URL(fileURLWithPath: $0, isDirectory: true).appendingPathComponent(plugin + ".json") }
        entries = [:]
        size = 0
        guard let file, let attributes = try? FileManager.default.attributesOfItem(atPath: file.path) else { return }
        let bytes = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard bytes <= 2 * Self.maximumBytes, let data = try? Data(contentsOf: file),
            let object = try? JSONDecoder().decode([String: String].self, from: data)
        else {
            problem = "\(file.path) is not a store this version can read; it starts empty and is replaced on the first write"
            return
        }
        entries = object
        size = entries.reduce(0) { $0 + Self.cost(key: $1.key, value: $1.value) }
    }

    /// Why the file could not be read when the store opened, if it could not.
    private(set) var problem: String?

    /// The JSON text kept under `key`.
    func value(for key: String) -> String? {
        entries[key]
    }

    /// Keeps `json` under `key` (removes the key when `json` is `nil`) and saves the store.
    func set(_ json: String?, for key: String) throws(Refusal) {
        guard key.utf8.count <= Self.maximumKeyBytes else { throw .keyTooLong(key.utf8.count) }
        let before = entries[key].map { Self.cost(key: key, value: $0) } ?? 0
        let after = json.map { Self.cost(key: key, value: $0) } ?? 0
        let needed = size - before + after
        guard needed <= Self.maximumBytes else { throw .full(needed: needed) }
        let previous = entries[key]
        entries[key] = json
        do {
            try save()
        } catch {
            entries[key] = previous
            throw error
        }
        size = needed
    }

    private func save() throws(Refusal) {
        guard let file else { return }
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let data = try encoder.encode(entries)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let temporary = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString)")
            guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw Refusal.notSaved("\(temporary.path) could not be written")
            }
            // rename(2) replaces the old file in one step: a crash leaves the old store or the new one.
            guard rename(temporary.path, file.path) == 0 else {
                try? FileManager.default.removeItem(at: temporary)
                throw Refusal.notSaved("\(file.path) could not be replaced (error \(errno))")
            }
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw .notSaved(error.localizedDescription)
        }
    }

    private static func cost(key: String, value: String) -> Int {
        key.utf8.count + value.utf8.count
    }
}
