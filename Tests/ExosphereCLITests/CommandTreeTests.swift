import ArgumentParser
import Testing

@testable import ExosphereCLI

/// Every command names itself. Without an explicit `commandName`, ArgumentParser derives the name
/// from the type's name through `String(describing:)`, whose dynamic casts scan every protocol
/// conformance in the binary: about 5 ms of each run's start-up across the command tree.
@Suite struct CommandTreeTests {
    /// Every command type under `root`, depth first.
    static func commands(under root: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
        [root] + root.configuration.subcommands.flatMap { commands(under: $0) }
    }

    @Test func everyCommandHasAnExplicitName() {
        let all = Self.commands(under: Exosphere.self)
        #expect(all.count > 60)
        let unnamed = all.filter { $0.configuration.commandName == nil }.map { String(reflecting: $0) }
        #expect(unnamed.isEmpty, "commands without commandName: \(unnamed)")
    }

    @Test func namesAreUniqueAmongSiblings() {
        for command in Self.commands(under: Exosphere.self) {
            let names = command.configuration.subcommands.compactMap { $0.configuration.commandName }
            #expect(Set(names).count == names.count, "\(command): \(names)")
        }
    }
}
