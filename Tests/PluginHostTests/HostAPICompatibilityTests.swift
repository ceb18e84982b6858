import Foundation
import PluginHost
import Testing

/// The plugin API is frozen per released version, as Neovim's is: `plugin-sdk/api/<version>.json`
/// holds each one, the current version's file is generated from the registry, and no build may
/// drop or change what a released file promises. Regenerate the current file (and write a missing
/// older one) with `EXOSPHERE_REGENERATE_SDK=1 swift test --filter HostAPICompatibilityTests`.
@Suite struct HostAPICompatibilityTests {
    static let folder = BundledPluginSpecs.repository.appendingPathComponent("plugin-sdk/api")
    static let regenerating = ProcessInfo.processInfo.environment["EXOSPHERE_REGENERATE_SDK"] == "1"

    static func file(for version: SemanticVersion) -> URL {
        folder.appendingPathComponent("\(version.major).\(version.minor).json")
    }

    /// Every version released so far, oldest first; each minor release has its own file.
    static let released = [SemanticVersion(1, 0, 0), SemanticVersion(1, 1, 0), SemanticVersion(1, 2, 0), HostAPI.version]

    @Test func theCurrentVersionsFileMatchesTheRegistry() throws {
        let url = Self.file(for: HostAPI.version)
        let generated = try HostAPIMetadata.current().json()
        if Self.regenerating {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try generated.write(to: url, atomically: true, encoding: .utf8)
            for version in Self.released where !FileManager.default.fileExists(atPath: Self.file(for: version).path) {
                try HostAPIMetadata.current(as: version).json().write(to: Self.file(for: version), atomically: true, encoding: .utf8)
            }
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(
            committed == generated,
            "\(url.lastPathComponent) is stale: regenerate it with EXOSPHERE_REGENERATE_SDK=1 swift test --filter HostAPICompatibilityTests")
    }

    @Test func everyReleasedVersionIsStillKept() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files == Self.released.map { "\($0.major).\($0.minor).json" })
        let current = HostAPIMetadata.current()
        for name in files {
            let released = try HostAPIMetadata.parse(try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8))
            #expect("\(released.version.major).\(released.version.minor).json" == name)
            let problems = current.incompatibilities(with: released)
            #expect(problems.isEmpty, "host API \(HostAPI.version) breaks \(name):\n\(problems.joined(separator: "\n"))")
        }
    }

    @Test func everyPublicFunctionAndEventIsDescribedAsData() {
        let public_ = HostAPI.reference.map(\.name).filter { !$0.contains("._") && !$0.hasPrefix("exo._") }
        #expect(Set(public_) == Set(HostAPI.signatures.keys), "functions without a signature, or signatures without a function")
        #expect(HostAPIMetadata.current().functions.map(\.name) == public_)
        #expect(HostAPI.eventDefinitions.allSatisfy { !$0.fields.isEmpty })
    }

    /// The check the released files rely on, tried on deliberate breaks.
    @Test func aBreakingChangeIsNamed() throws {
        let current = HostAPIMetadata.current()
        let json = try current.json()
        func broken(_ edit: (String) -> String) throws -> [String] {
            let changed = edit(json)
            #expect(changed != json)
            // The edited text plays the released file; the real API must look broken against it.
            return current.incompatibilities(with: try HostAPIMetadata.parse(changed))
        }
        #expect(current.incompatibilities(with: current).isEmpty)
        let renamed = try broken { $0.replacingOccurrences(of: "\"name\" : \"exo.http.request\"", with: "\"name\" : \"exo.http.send\"") }
        #expect(renamed.contains("exo.http.send (released in \(HostAPI.version)) is gone"), "\(renamed)")
        let retyped = try broken { $0.replacingOccurrences(of: "\"type\" : \"fun(payload: table)\"", with: "\"type\" : \"function\"") }
        #expect(retyped.contains { $0.contains("exo.on") && $0.contains("parameter 2 was handler: function, now handler: fun(payload: table)") }, "\(retyped)")
        let moreFields = try broken {
            $0.replacingOccurrences(of: "\"name\" : \"previous_status\"", with: "\"name\" : \"old_status\"")
        }
        #expect(moreFields.contains { $0.contains("event instance.state_changed") && $0.contains("old_status") }, "\(moreFields)")
    }

    @Test func aNewRequiredParameterIsABreak() {
        let current = HostAPIMetadata.current()
        let withRequired = HostAPIMetadata(
            version: current.version,
            functions: current.functions.map { function in
                guard function.name == "exo.has" else { return function }
                let signature = function.signature
                return HostAPIMetadata.Function(
                    name: function.name, since: function.since, contexts: function.contexts, capability: function.capability,
                    signature: HostSignature(signature.parameters + [.required("strict", "boolean")], returns: signature.returns))
            },
            events: current.events)
        #expect(withRequired.incompatibilities(with: current) == ["exo.has (released in \(HostAPI.version)): new parameter strict must be optional"])
    }
}
