import ArgumentParser
import ExosphereCore

extension ServerActionCommands {
    /// `exosphere server reboot [--hard]`.
    struct Reboot: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reboot", abstract: "Reboot an instance (softly, unless --hard).")
        @OptionGroup var options: ServerActionOptions
        @Flag(help: "Power-cycle instead of asking the guest to reboot.")
        var hard = false
        func run() async throws { try await ServerActionRunner.run(hard ? .hardReboot : .softReboot, options) }
    }

    /// `exosphere server resize --flavor F`.
    struct Resize: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "resize",
            abstract: "Move an instance to another flavor; then confirm-resize or revert-resize.")
        @OptionGroup var options: ServerActionOptions
        @Option(help: ArgumentHelp("The new flavor (name or id).", valueName: "flavor"))
        var flavor: String
        func run() async throws { try await ServerActionRunner.run(.resize, options, actionOptions: ActionOptions(flavor: flavor)) }
    }

    /// `exosphere server rebuild --image I`.
    struct Rebuild: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rebuild", abstract: "Reinstall an instance from an image (its disk is wiped).")
        @OptionGroup var options: ServerActionOptions
        @Option(help: ArgumentHelp("The image to reinstall from (name or id).", valueName: "image"))
        var image: String
        func run() async throws { try await ServerActionRunner.run(.rebuild, options, actionOptions: ActionOptions(image: image)) }
    }

    /// `exosphere server create-image [--name N]`.
    struct CreateImage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create-image", abstract: "Snapshot an instance into a new image.", aliases: ["snapshot"])
        @OptionGroup var options: ServerActionOptions
        @Option(help: ArgumentHelp("The image's name (default: <instance>-snapshot).", valueName: "name"))
        var name: String?
        func run() async throws {
            try await ServerActionRunner.run(.createImage, options, actionOptions: ActionOptions(imageName: name))
        }
    }

    /// `exosphere server lock [--reason R]`.
    struct Lock: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "lock", abstract: "Protect an instance against changes until unlocked.")
        @OptionGroup var options: ServerActionOptions
        @Option(help: ArgumentHelp("Why it is locked, shown to others (needs compute 2.73).", valueName: "text"))
        var reason: String?
        func run() async throws { try await ServerActionRunner.run(.lock, options, actionOptions: ActionOptions(lockReason: reason)) }
    }
}
