import ArgumentParser

/// Options that shape what a command prints.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print stable machine-readable JSON instead of a table.")
    var json = false

    @Flag(help: "After the output, print to standard error how many API calls were made, how many of them had to wait for one another, and how long the command took.")
    var timing = false
}
