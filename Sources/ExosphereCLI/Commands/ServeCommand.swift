import ArgumentParser
import CloudConfig
import ExosphereCore
import Foundation
import Localization
import WebUI

/// `exosphere serve`: the web UI on this machine, for the clouds in clouds.yaml.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web UI for your clouds.",
        discussion: """
            Listens on 127.0.0.1 (only this machine) and shows every cloud in clouds.yaml; more can \
            be added in the browser. With --bind on another address, each browser signs in to its \
            own clouds and clouds.yaml is not used.
            """)

    @Option(help: "TCP port (default: ui: port in the settings file, else 8080); 0 picks a free one.")
    var port: Int?
    @OptionGroup var web: WebOptions

    func run() async throws {
        try await ErrorReport.guarding {
            let sources = CloudConfigSources.current()
            let settings = try ExosphereSettings.load(from: sources)
            var profiles: [CloudProfile] = []
            do {
                let catalogue = try CloudConfigLoader(sources: sources).load()
                for name in catalogue.cloudNames {
                    do {
                        profiles.append(try catalogue.profile(named: name))
                    } catch let error as any UserFacingError {
                        ErrorReport.print(error, prefix: "warning: skipping cloud \(name)")
                    }
                }
            } catch let error as any UserFacingError {
                // No clouds.yaml is fine for the web UI: clouds can be added in the browser.
                ErrorReport.print(error, prefix: "note: no clouds from clouds.yaml")
            }
            let server = try await web.start(port: port ?? settings.ui.port, profiles: profiles, settings: settings)
            let url = try await server.start()
            Console.out("Exosphere is at \(url)\nPress Ctrl-C to stop.\n")
            await TerminationSignal.wait()
            await server.stop(drain: web.drain(for: server))
        }
    }
}
