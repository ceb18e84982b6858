import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads and writes small JSON documents that hold secrets (tokens), readable only by their owner.
///
/// The folder is created with mode 0700 and every file with mode 0600; a write goes to a private
/// temporary file first and is renamed into place, so a reader never sees half a file.
struct PrivateFileStore: Sendable {
    /// The folder holding the files.
    let directory: URL

    /// Decodes the document stored under `name`, or `nil` when there is none or it is unreadable.
    ///
    /// A damaged or outdated file is treated as absent: it is only a cache.
    func load<Document: Decodable>(_ type: Document.Type, name: String) -> Document? {
        guard let data = try? Data(contentsOf: fileURL(name)) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(type, from: data)
    }

    /// Stores `document` under `name` with mode 0600.
    func save<Document: Encodable>(_ document: Document, name: String) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let data = try encoder.encode(document)
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let temporary = directory.appendingPathComponent(".\(name).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(
            atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600])
        else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
        }
        // rename(2) replaces the old file atomically, keeping the temporary file's 0600 mode.
        guard rename(temporary.path, fileURL(name).path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: fileURL(name).path])
        }
    }

    /// Deletes the document stored under `name`, if any.
    func remove(name: String) {
        try? FileManager.default.removeItem(at: fileURL(name))
    }

    private func fileURL(_ name: String) -> URL {
        directory.appendingPathComponent(name + ".json")
    }
}
