import Foundation
import Logging
import Synchronization

/// The `.po` files of the catalogue directories, each read again only when its modification
/// time or size changes.
struct CatalogFiles {
    /// What a file's modification time and size were when it was last read.
    struct Signature: Equatable {
        let modified: Double
        let size: Int
    }

    struct Loaded {
        let signature: Signature
        let catalog: MessageCatalog?
        let problems: [LocalizationError]
    }

    let directories: [String]
    private var files: [String: Loaded] = [:]
    /// Moves on (to a number no other `CatalogFiles` uses) whenever a file is read or forgotten.
    private var generation = CatalogFiles.nextGeneration()
    private static let generations = Atomic<Int>(0)

    init(directories: [String]) {
        self.directories = directories
    }

    private static func nextGeneration() -> Int {
        generations.add(1, ordering: .relaxed).newValue
    }

    /// Every problem of the files as last read.
    var problems: [LocalizationError] {
        directories.flatMap { directory in
            files.filter { $0.key.hasPrefix(directory + "/") }.sorted { $0.key < $1.key }.flatMap(\.value.problems)
        }
    }

    /// Re-reads changed and new files, forgets removed ones, and returns the catalogues by layer.
    mutating func refresh(logger: Logger) -> CatalogSnapshot {
        var present: Set<String> = []
        var changed = false
        var layers: [[String: MessageCatalog]] = []
        for directory in directories {
            var layer: [String: MessageCatalog] = [:]
            for (name, tag) in Self.catalogFiles(in: directory) {
                let path = directory + "/" + name
                present.insert(path)
                guard let signature = Self.signature(of: path) else { continue }
                if files[path]?.signature != signature {
                    files[path] = Self.load(path, tag: tag, signature: signature, previous: files[path], logger: logger)
                    changed = true
                }
                // pt_BR.po and pt-BR.po in one folder: the first in name order wins.
                if layer[tag] == nil, let catalog = files[path]?.catalog { layer[tag] = catalog }
            }
            layers.append(layer)
        }
        let kept = files.filter { present.contains($0.key) }
        if changed || kept.count != files.count { generation = Self.nextGeneration() }
        files = kept
        return CatalogSnapshot(layers: layers, generation: generation)
    }

    /// The `.po` files of `directory` whose names are language tags, in name order.
    private static func catalogFiles(in directory: String) -> [(String, String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.sorted().compactMap { name in
            guard name.hasSuffix(".po"), let tag = LanguageTag.normalized(String(name.dropLast(3))) else { return nil }
            return (name, tag)
        }
    }

    private static func signature(of path: String) -> Signature? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType != .typeDirectory
        else { return nil }
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return Signature(modified: modified, size: (attributes[.size] as? NSNumber)?.intValue ?? 0)
    }

    /// Reads one file; when it is broken, the last good catalogue stays in use.
    private static func load(
        _ path: String, tag: String, signature: Signature, previous: Loaded?, logger: Logger
    ) -> Loaded {
        do {
            let catalog = MessageCatalog(file: try POReader.read(path: path), languageTag: tag)
            for problem in catalog.problems {
                logger.info("Message catalogue problem", metadata: ["problem": "\(problem.message.sourceText)"])
            }
            logger.debug("Loaded message catalogue", metadata: ["path": "\(path)", "language": "\(tag)"])
            return Loaded(signature: signature, catalog: catalog, problems: catalog.problems)
        } catch {
            logger.info(
                "Message catalogue not loaded; keeping its last good version",
                metadata: ["problem": "\(error.message.sourceText)"])
            return Loaded(signature: signature, catalog: previous?.catalog, problems: [error])
        }
    }
}
