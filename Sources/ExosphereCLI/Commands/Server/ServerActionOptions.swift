import ArgumentParser
import ExosphereCore

/// What every `exosphere server <action>` command takes.
struct ServerActionOptions: ParsableArguments {
    @OptionGroup var cloud: CloudOptions
    @OptionGroup var output: OutputOptions
    @Option(help: ArgumentHelp("Only search this project (name or id).", valueName: "project"))
    var project: String?
    @Flag(help: "Return only when the action has finished (or failed); progress goes to standard error.")
    var wait = false
    @Option(help: ArgumentHelp("With --wait, give up after this many seconds.", valueName: "seconds"))
    var timeout: Int = 900
    @Flag(help: "Print the equivalent `openstack` command instead of acting.")
    var printOpenstackCommand = false
    @Argument(help: "The instance's name or id.")
    var instance: String

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds.") }
    }

    /// The wait policy --wait asks for, if any.
    var waitPolicy: WaitPolicy? {
        wait ? WaitPolicy(timeout: .seconds(timeout)) : nil
    }
}
