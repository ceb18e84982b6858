import ArgumentParser
import ExosphereCore
import OpenStackSimulator

@main
struct Exosphere: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "exosphere")
}
