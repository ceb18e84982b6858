import ArgumentParser

/// Options that choose which cloud and region a command talks to.
struct CloudOptions: ParsableArguments {
    @Option(
        name: .customLong("os-cloud"),
        help: ArgumentHelp(
            "The cloud in clouds.yaml to use (default: OS_CLOUD, then the OS_* variables, then every cloud).",
            valueName: "name"))
    var cloud: String?

    @Option(
        name: .customLong("os-region-name"),
        help: ArgumentHelp("The region to use (default: OS_REGION_NAME, then the cloud's region_name).",
            valueName: "name"))
    var region: String?
}
