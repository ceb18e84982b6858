import ArgumentParser
import ExosphereCore

/// `exosphere server <action> NAME`: one subcommand per instance action.
enum ServerActionCommands {
    /// Every action subcommand, for `exosphere server`.
    static let all: [any ParsableCommand.Type] = [
        Start.self, Stop.self, Reboot.self, Suspend.self, Resume.self, Pause.self, Unpause.self, Shelve.self, Unshelve.self, Resize.self, ConfirmResize.self, RevertResize.self, Rebuild.self, CreateImage.self, Lock.self, Unlock.self, ServerDeleteCommand.self, ServerActionsCommand.self,
    ]

    /// `exosphere server start`.
    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "start", abstract: "Power on a stopped instance.")
        @OptionGroup var options: ServerActionOptions
        func run() async throws { try await ServerActionRunner.run(.start, options) }
    }

    /// `exosphere server stop`.
    struct Stop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stop", abstract: "Power off an instance.")
        @OptionGroup var options: ServerActionOptions
        func run() async throws { try await ServerActionRunner.run(.stop, options) }
    }

    /// `exosphere server suspend`.
    struct Suspend: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "suspend", abstract: "Save an instance's memory to disk and stop it.")
        @OptionGroup var options: ServerActionOptions
        func run() async throws { try await ServerActionRunner.run(.suspend, options) }
    }

    /// `exosphere server resume`.
    struct Resume: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "resume", abstract: "Bring a suspended instance back.")
        @OptionGroup var options: ServerActionOptions
        func run() async throws { try await ServerActionRunner.run(.resume, options) }
    }

    /// `exosphere server pause`.
    struct Pause: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "pause", abstract: "Freeze an instance in memory.")
        @OptionGroup var options: ServerActionOptions
        func run() async throws { try await ServerActionRunner.run(.pause, options) }
    }

    /// `exosphere server unpause`.
    struct Unpause: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "unpause", abstract: "Thaw a paused instance.")
        @OptionGroup var options: ServerActionOptions
        func run() async throws { try await ServerActionRunner.run(.unpause, options) }
    }

    /// `exosphere server shelve`.
    struct Shelve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "shelve", abstract: "Snapshot an instance and free its host (it stops counting against compute quota).")
        @OptionGroup var options: ServerActionOptions
        func run() async throws { try await ServerActionRunner.run(.shelve, options) }
    }

    /// `exosphere server unshelve`.
    struct Unshelve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "unshelve", abstract: "Bring a shelved instance back.")
        @OptionGroup var options: ServerActionOptions
        func run() async throws { try await ServerActionRunner.run(.unshelve, options) }
    }

    /// `exosphere server confirm-resize`.
    struct ConfirmResize: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "confirm-resize", abstract: "Keep a resize.")
        @OptionGroup var options: ServerActionOptions
        func run() async throws { try await ServerActionRunner.run(.confirmResize, options) }
    }

    /// `exosphere server revert-resize`.
    struct RevertResize: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revert-resize", abstract: "Undo a resize, going back to the old flavor.")
        @OptionGroup var options: ServerActionOptions
        func run() async throws { try await ServerActionRunner.run(.revertResize, options) }
    }

    /// `exosphere server unlock`.
    struct Unlock: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "unlock", abstract: "Allow changes to a locked instance again.")
        @OptionGroup var options: ServerActionOptions
        func run() async throws { try await ServerActionRunner.run(.unlock, options) }
    }
}
