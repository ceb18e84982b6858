/// What differs between the simulator's answer to a request and a real cloud's.
///
/// A key the client reads that the real cloud sent is a failure when the simulator leaves it out
/// or sends another JSON type (`null` aside). Everything else is a note: keys only one side sent,
/// types that differ where the client does not look, and keys the simulator only ever sends as
/// `null`.
struct ShapeComparison {
    var failures: [String] = []
    var notes: [String] = []

    init(request: String, real: JSONShape, simulator: JSONShape, reads: Set<String>) {
        for path in reads.sorted() {
            guard let realKinds = real.kinds[path] else { continue }
            guard let simulatorKinds = simulator.kinds[path] else {
                var missing = path
                while let parent = JSONShape.parent(of: missing), simulator.kinds[parent] == nil { missing = parent }
                if missing != path, reads.contains(missing) { continue }  // reported at `missing`
                if Self.isMember(missing) {
                    // The simulator sent the array or dictionary, only empty: a difference of data.
                    notes.append("\(request): the simulator's `\(missing)` is always empty, so `\(path)` is unchecked")
                } else {
                    failures.append("\(request): `\(path)` (\(Self.show(realKinds)) on the real cloud) is missing")
                }
                continue
            }
            let realTypes = realKinds.subtracting(["null"])
            let simulatorTypes = simulatorKinds.subtracting(["null"])
            if !realTypes.isEmpty, !simulatorTypes.isEmpty, !simulatorTypes.isSubset(of: realTypes) {
                failures.append(
                    "\(request): `\(path)` is \(Self.show(simulatorKinds)) in the simulator, "
                        + "\(Self.show(realKinds)) on the real cloud")
            } else if !realTypes.isEmpty, simulatorTypes.isEmpty {
                notes.append(
                    "\(request): `\(path)` is only ever null in the simulator, "
                        + "\(Self.show(realKinds)) on the real cloud")
            }
        }
        // An array or dictionary empty on one side only is a difference of data, not of structure.
        let realOnly = real.paths.subtracting(simulator.paths)
        for path in JSONShape.topmost(realOnly) where !reads.contains(path) && !Self.isMember(path) {
            notes.append("\(request): only the real cloud sends `\(path)` (\(Self.show(real.kinds[path] ?? [])))")
        }
        let simulatorOnly = simulator.paths.subtracting(real.paths)
        for path in JSONShape.topmost(simulatorOnly) where !Self.isMember(path) {
            notes.append("\(request): only the simulator sends `\(path)` (\(Self.show(simulator.kinds[path] ?? [])))")
        }
        for path in real.paths.intersection(simulator.paths).sorted() where !reads.contains(path) {
            let realTypes = (real.kinds[path] ?? []).subtracting(["null"])
            let simulatorTypes = (simulator.kinds[path] ?? []).subtracting(["null"])
            if !realTypes.isEmpty, !simulatorTypes.isEmpty, realTypes != simulatorTypes {
                notes.append(
                    "\(request): `\(path)` is \(Self.show(simulatorTypes)) in the simulator, "
                        + "\(Self.show(realTypes)) on the real cloud (the client does not read it)")
            }
        }
    }

    /// Whether `path` stands for the elements of an array (`x[]`) or the values of a dictionary (`x.*`).
    private static func isMember(_ path: String) -> Bool {
        path.hasSuffix("[]") || path.hasSuffix(".*") || path == "*"
    }

    private static func show(_ kinds: Set<String>) -> String {
        kinds.sorted().joined(separator: "|")
    }
}
