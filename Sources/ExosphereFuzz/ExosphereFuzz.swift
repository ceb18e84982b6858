import Foundation
import FuzzTargets

/// `exosphere-fuzz`. Built by `scripts/fuzz` with `-sanitize=fuzzer -DEXOSPHERE_FUZZING`, it hands
/// the target named by `EXOSPHERE_FUZZ_TARGET` to libFuzzer's driver; built normally, it replays
/// every input kept under `Tests/FuzzCorpus/<target>/` (or the folder given) through its target.
@main
struct ExosphereFuzz {
    static func main() {
        #if EXOSPHERE_FUZZING
            let name = ProcessInfo.processInfo.environment["EXOSPHERE_FUZZ_TARGET"] ?? ""
            guard let target = FuzzTarget(rawValue: name) else {
                FileHandle.standardError.write(
                    Data("exosphere-fuzz: set EXOSPHERE_FUZZ_TARGET to one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
                exit(2)
            }
            selected = target
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(runFuzzerDriver(&argc, &argv, testOneInput))
        #else
            let root = CommandLine.arguments.dropFirst().first ?? "Tests/FuzzCorpus"
            var count = 0
            for target in FuzzTarget.allCases {
                let folder = URL(fileURLWithPath: root).appendingPathComponent(target.rawValue)
                let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                for file in files.sorted() {
                    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) else { continue }
                    target.run(data)
                    count += 1
                }
            }
            print("replayed \(count) inputs through \(FuzzTarget.allCases.count) targets")
        #endif
    }
}

#if EXOSPHERE_FUZZING
    /// The target being fuzzed; set once before the driver starts, read by every run.
    nonisolated(unsafe) private var selected = FuzzTarget.keystone

    /// One input for the selected target.
    private let testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { bytes, count in
        guard let bytes else { return 0 }
        selected.run(Data(bytes: bytes, count: count))
        return 0
    }

    /// libFuzzer's driver (`LLVMFuzzerRunDriver`): this program keeps its own `main`, so the
    /// fuzzer's is not linked in, and hands the command line and the callback to the driver.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt
#endif
