import OpenStackAPI
import Testing

/// The simulator's JSON against a real cloud's, request by request: the structure of every key
/// the client reads must match; other differences are printed as notes for the simulator's authors.
@Suite("Response shapes", .tags(.contract, .shape))
struct ShapeContractTests {
    @Test(
        "the simulator answers with the real cloud's structure for every key the client reads",
        .enabled(if: Backend.realCloudName != nil, "set EXOSPHERE_CONTRACT_CLOUD to compare with a real cloud"))
    func shapes() async throws {
        let cloudName = try #require(Backend.realCloudName)
        try await ContractCloud.with(.simulator) { simulator, simulatorCleanup in
            try await ContractCloud.with(.real(cloudName: cloudName)) { real, realCleanup in
                async let simulatorSamples = ShapeSampler.collect(from: simulator, cleanup: simulatorCleanup)
                async let realSamples = ShapeSampler.collect(from: real, cleanup: realCleanup)
                let (fromSimulator, fromReal) = try await (simulatorSamples, realSamples)
                real.note(
                    "microversions: compute \(real.compute.microversion.version) (simulator "
                        + "\(simulator.compute.microversion.version)), volume \(real.volumes.microversion.version) "
                        + "(simulator \(simulator.volumes.microversion.version))")
                for reader in ShapeReader.all {
                    compare(reader, real: fromReal[reader.request], simulator: fromSimulator[reader.request], on: real)
                }
            }
        }
    }

    private func compare(_ reader: ShapeReader, real: JSONNode?, simulator: JSONNode?, on cloud: ContractCloud) {
        guard let real, let simulator else {
            Issue.record("\(reader.request): no sample from \(real == nil ? "the real cloud" : "the simulator")")
            return
        }
        let reads: KeyReads
        do {
            reads = try reader.reads(of: real)
        } catch {
            Issue.record("\(reader.request): the client cannot decode the real cloud's answer: \(error)")
            return
        }
        let simulatorReads = KeyReads()
        do {
            try reader.read(simulator, into: simulatorReads)
        } catch {
            Issue.record("\(reader.request): the client cannot decode the simulator's answer: \(error)")
        }
        // A dictionary that is empty on the real cloud (a flavor's extra specs) is known as one from
        // the simulator's reads.
        let dictionaries = reads.dictionaryPaths.union(simulatorReads.dictionaryPaths)
        let comparison = ShapeComparison(
            request: reader.request, real: JSONShape(real, dictionaryPaths: dictionaries),
            simulator: JSONShape(simulator, dictionaryPaths: dictionaries), reads: reads.paths)
        for failure in comparison.failures {
            Issue.record("simulator differs from the real cloud: \(failure)")
        }
        for note in comparison.notes {
            cloud.note("shape note: \(note)")
        }
    }
}
