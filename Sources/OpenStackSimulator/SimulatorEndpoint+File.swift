import Foundation

extension SimulatorEndpoint {
    /// Writes ``cloudsYAML(cloudName:)`` to `path` with permissions 0600 (it holds a password),
    /// replacing any file already there.
    public func writeCloudsYAML(to path: String, cloudName: String = "simulator") throws(SimulatorError) {
        let data = Data(cloudsYAML(cloudName: cloudName).utf8)
        let manager = FileManager.default
        do {
            if manager.fileExists(atPath: path) { try manager.removeItem(atPath: path) }
            guard manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw SimulatorError.cannotWriteFile(path: path, reason: "the file could not be created")
            }
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
        } catch let error as SimulatorError {
            throw error
        } catch {
            throw SimulatorError.cannotWriteFile(path: path, reason: error.localizedDescription)
        }
    }
}
