/// Reading `launch:`; every map checks its keys, so a typo is an error naming file, line and key.
extension LaunchSettings {
    static let knownKeys = [
        "featured_image_prefix", "image_exclude_filters", "instance_types", "flavor_groups",
        "default_security_group", "defaults", "setup_parts",
    ]

    mutating func read(_ section: SettingsMap) throws(CloudConfigError) {
        if let prefix = try section["featured_image_prefix"]?.text() { featuredImagePrefix = prefix }
        if let filters = try section["image_exclude_filters"]?.texts() { imageExcludeFilters = filters }
        for item in try section["instance_types"]?.list() ?? [] {
            let map = try SettingsMap(item, known: ["name", "description", "image_name_prefix", "os_distro", "os_version"])
            let type = InstanceTypeSetting(
                name: try Self.required(map, "name", in: item), description: try map["description"]?.text() ?? "",
                imageNamePrefix: try map["image_name_prefix"]?.text(), osDistro: try map["os_distro"]?.text(),
                osVersion: try map["os_version"]?.text())
            guard type.imageNamePrefix != nil || type.osDistro != nil else {
                throw Self.missing(item, "image_name_prefix", expected: "image_name_prefix or os_distro")
            }
            instanceTypes.append(type)
        }
        for item in try section["flavor_groups"]?.list() ?? [] {
            let map = try SettingsMap(item, known: ["name", "description", "flavor_prefix", "disallowed_actions"])
            var actions: [String] = []
            if let value = map["disallowed_actions"] {
                for action in try value.list() ?? [] {
                    guard let name = try action.text(), Self.actionNames.contains(name) else {
                        throw .invalidChoice(
                            action.location, keyPath: action.keyPath, value: (try? action.text()) ?? "",
                            choices: Self.actionNames)
                    }
                    actions.append(name)
                }
            }
            flavorGroups.append(
                FlavorGroupSetting(
                    name: try Self.required(map, "name", in: item), description: try map["description"]?.text() ?? "",
                    flavorPrefix: try Self.required(map, "flavor_prefix", in: item), disallowedActions: actions))
        }
        if let group = try section.section("default_security_group", known: ["name", "description"]) {
            if let name = try group.name("name", extraCharacters: "-_", expected: "a group name (letters, digits, - and _)") {
                defaultSecurityGroup.name = name
            }
            if let description = try group["description"]?.text() { defaultSecurityGroup.description = description }
        }
        if let section = try section.section("defaults", known: LaunchDefaults.knownKeys) {
            try defaults.read(section)
        }
        for item in try section["setup_parts"]?.list() ?? [] {
            let map = try SettingsMap(item, known: ["name", "description", "script"])
            guard let name = try map.name("name", extraCharacters: "-", expected: "a step name (letters, digits and -)") else {
                throw Self.missing(item, "name", expected: "a step name")
            }
            setupParts.append(
                SetupPartSetting(
                    name: name, description: try map["description"]?.text() ?? "",
                    script: try Self.required(map, "script", in: item)))
        }
    }

    private static func required(_ map: SettingsMap, _ key: String, in item: LocatedValue) throws(CloudConfigError)
        -> String
    {
        guard let text = try map[key]?.text() else {
            throw missing(item, key, expected: "text")
        }
        return text
    }

    /// A required key of a list item that is not written.
    private static func missing(_ item: LocatedValue, _ key: String, expected: String) -> CloudConfigError {
        .wrongType(item.location, keyPath: item.keyPath + "." + key, expected: expected, found: "nothing")
    }
}

extension LaunchDefaults {
    static let knownKeys = [
        "image", "instance_type", "flavor", "public_ip", "resource_graphs", "setup_timeout_minutes",
        "boot_volume_size_gb",
    ]

    mutating func read(_ section: SettingsMap) throws(CloudConfigError) {
        if let image = try section["image"]?.text() { self.image = image }
        if let type = try section["instance_type"]?.text() { instanceType = type }
        if let flavor = try section["flavor"]?.text() { self.flavor = flavor }
        if let flag = try section["public_ip"]?.boolean() { publicIP = flag }
        if let flag = try section["resource_graphs"]?.boolean() { resourceGraphs = flag }
        if let value = section["setup_timeout_minutes"], let minutes = try value.integer() {
            guard (1...1440).contains(minutes) else {
                throw .outOfRange(value.location, keyPath: value.keyPath, value: "\(minutes)", minimum: "1", maximum: "1440")
            }
            setupTimeout = .seconds(minutes * 60)
        }
        if let value = section["boot_volume_size_gb"], let size = try value.integer() {
            guard (1...65536).contains(size) else {
                throw .outOfRange(value.location, keyPath: value.keyPath, value: "\(size)", minimum: "1", maximum: "65536")
            }
            bootVolumeSizeGiB = size
        }
    }
}
