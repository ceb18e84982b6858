import Localization

// The English text of the cases about choosing a cloud, a profile or a region.
extension CloudConfigError {
    var selectionMessage: LocalizableMessage {
        switch self {
        case .unknownCloud(let name, let selectedBy, _):
            guard let selectedBy else {
                return LocalizableMessage("There is no cloud named {cloud}.", ["cloud": name])
            }
            return LocalizableMessage(
                "{location} names the cloud {cloud}, which is not configured.",
                ["location": "\(selectedBy)", "cloud": name])
        case .noCloudSelected:
            return LocalizableMessage("Several clouds are configured and none is selected.")
        case .noClouds:
            return LocalizableMessage(
                "No cloud is configured: there is no clouds.yaml and no OS_* environment variable.")
        case .unknownProfile(let location, let cloud, let profile, _):
            return LocalizableMessage(
                "{location}: cloud {cloud} uses the profile {profile}, which is not defined.",
                ["location": "\(location)", "cloud": cloud, "profile": profile])
        case .unknownRegion(let selectedBy, let cloud, let region, _):
            let arguments = ["cloud": cloud, "region": region, "location": selectedBy.map { "\($0)" } ?? ""]
            guard selectedBy != nil else {
                return LocalizableMessage("Cloud {cloud} has no region {region}.", arguments)
            }
            return LocalizableMessage("{location}: cloud {cloud} has no region {region}.", arguments)
        case .unsupportedDomainScope(let location, let cloud, let keyPath):
            return LocalizableMessage(
                "{location}: cloud {cloud} asks for a domain-scoped token ({key}), which Exosphere does not support.",
                ["location": "\(location)", "cloud": cloud, "key": keyPath])
        case .reservedCloudName(let location, let name):
            return LocalizableMessage(
                "{location}: the cloud name {name} is reserved for the cloud made from OS_* environment variables.",
                ["location": "\(location)", "name": name])
        default:
            return LocalizableMessage("The cloud configuration is not valid.")
        }
    }

    var selectionRecovery: LocalizableMessage? {
        switch self {
        case .unknownCloud(_, _, let available), .noCloudSelected(let available):
            guard !available.isEmpty else { return Self.createCloudsYAML }
            return LocalizableMessage(
                "Choose one of these clouds with --os-cloud or OS_CLOUD: {clouds}.",
                ["clouds": available.joined(separator: ", ")])
        case .noClouds(let searched):
            return LocalizableMessage(
                """
                Put a clouds.yaml in one of {places} (your cloud's dashboard offers one for download), \
                or source an openrc file.
                """,
                ["places": searched.joined(separator: ", ")])
        case .unknownProfile(_, _, let profile, let publicCloudsFile):
            guard let publicCloudsFile else {
                return LocalizableMessage(
                    """
                    Define {profile} under public-clouds in a clouds-public.yaml, or set auth_url in the cloud \
                    itself; Exosphere does not include openstacksdk's built-in vendor profiles.
                    """,
                    ["profile": profile])
            }
            return LocalizableMessage(
                "Define {profile} under public-clouds in {file}, or set auth_url in the cloud itself.",
                ["profile": profile, "file": publicCloudsFile])
        case .unknownRegion(_, _, _, let known):
            return LocalizableMessage(
                "Choose one of: {regions} (region names are case-sensitive).",
                ["regions": known.joined(separator: ", ")])
        case .unsupportedDomainScope:
            return LocalizableMessage("Set project_name or project_id to work in a project.")
        case .reservedCloudName:
            return LocalizableMessage(
                "Rename this cloud, or set OS_CLOUD_NAME to another name for the cloud made from the environment.")
        default:
            return nil
        }
    }

    private static var createCloudsYAML: LocalizableMessage {
        LocalizableMessage(
            "No clouds are configured: put a clouds.yaml in ~/.config/openstack/, or source an openrc file.")
    }
}
