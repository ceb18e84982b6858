// Values that hold raw configuration (and so passwords) print only what is safe: names, paths and
// the names of environment variables, never their values.

extension CloudCatalogue: CustomStringConvertible, CustomReflectable {
    /// The cloud names and files, never a setting's value.
    public var description: String {
        "CloudCatalogue(clouds: \(cloudNames), files: \(files))"
    }

    /// Shows the cloud names and files to `dump` and debuggers, hiding the raw settings.
    public var customMirror: Mirror {
        Mirror(self, children: ["cloudNames": cloudNames, "files": files, "searchDirectories": searchDirectories])
    }
}

extension CloudConfigSources: CustomStringConvertible, CustomReflectable {
    /// The directories and the names (not values) of the environment variables.
    public var description: String {
        "CloudConfigSources(home: \(homeDirectory), current: \(currentDirectory), system: \(systemConfigDirectory), "
            + "variables: \(environment.keys.sorted()))"
    }

    /// Shows the directories and variable names to `dump` and debuggers, hiding the values.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "homeDirectory": homeDirectory, "currentDirectory": currentDirectory,
                "systemConfigDirectory": systemConfigDirectory, "variables": environment.keys.sorted(),
            ])
    }
}
