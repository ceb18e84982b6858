import CloudConfig
import ExosphereCore
import Localization

/// The launch form: every choice optional, each default the planner would make explained, and the
/// project's quota after the launch as bars (rendered on the server; "Preview" re-plans).
struct LaunchFormPage: Sendable {
    struct Option: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    struct OptionGroup: Sendable {
        var label: String
        var options: [Option]
    }

    /// What the form offers, read from the cloud.
    struct Offer: Sendable {
        var clouds: [String]
        var images: ImageCatalog
        var flavors: FlavorCatalog
        var keypairs: [String]
    }

    var clouds: [Option]
    var name: String
    var imageGroups: [OptionGroup]
    var flavorGroups: [OptionGroup]
    var count: Int
    var bootVolume: String
    var extraVolume: String
    var keypairs: [Option]
    var noPublicIP: Bool
    var software: [Option]
    var decisions: [String]
    var quota: [LaunchQuotaRow]
    /// Why the current choices cannot launch (the planner's error), if so.
    var problem: String?

    init(input: LaunchFormInput, offer: Offer, plan: Result<LaunchPlan, any Error>, localizer: any MessageLocalizer) {
        clouds = offer.clouds.map { Option(value: $0, label: $0, selected: $0 == input.cloud) }
        let planned = try? plan.get()
        name = input.name ?? (planned?.names.count == 1 ? planned?.names.first ?? "" : "")
        imageGroups = Self.imageGroups(offer.images, selected: input.image, localizer: localizer)
        flavorGroups = Self.flavorGroups(offer.flavors, selected: input.flavor, localizer: localizer)
        count = input.count
        bootVolume = input.bootVolumeGiB.map(String.init) ?? ""
        extraVolume = input.extraVolumeGiB.map(String.init) ?? ""
        keypairs = offer.keypairs.map { Option(value: $0, label: $0, selected: $0 == input.keypair) }
        noPublicIP = input.noPublicIP
        software = SoftwareOption.allCases.map {
            Option(value: $0.rawValue, label: localizer.text(Self.softwareName($0)), selected: input.software.contains($0))
        }
        switch plan {
        case .success(let plan):
            decisions = plan.decisions.map { localizer.text($0.explanation) }
            quota = LaunchQuotaRow.rows(plan.quota, needs: plan.quotaNeeds, localizer: localizer)
            problem = nil
        case .failure(let error):
            decisions = []
            quota = []
            problem = localizer.describe(error)
        }
    }

    /// The images to choose from: recommended ones, the others, the project's snapshots.
    static func imageGroups(_ catalog: ImageCatalog, selected: String?, localizer: any MessageLocalizer) -> [OptionGroup] {
        let imageLabel = { (image: ImageSummary) -> Option in
            let name = image.displayName
            return Option(value: image.id, label: image.operatingSystem.map { "\($0) — \(name)" } ?? name, selected: image.id == selected)
        }
        let featured = catalog.offered.filter(catalog.isFeatured)
        let others = catalog.offered.filter { !catalog.isFeatured($0) }
        return [
            OptionGroup(label: localizer.text(LocalizableMessage("Recommended")), options: featured.map(imageLabel)),
            OptionGroup(label: localizer.text(LocalizableMessage("Other images")), options: others.map(imageLabel)),
            OptionGroup(label: localizer.text(LocalizableMessage("Your snapshots")), options: catalog.snapshots.map(imageLabel)),
        ].filter { !$0.options.isEmpty }
    }

    static func flavorGroups(_ catalog: FlavorCatalog, selected: String?, localizer: any MessageLocalizer) -> [OptionGroup] {
        var groups: [(key: String, group: OptionGroup)] = []
        for flavor in catalog.flavors {
            let setting = catalog.group(of: flavor)
            let key = setting?.name ?? ""
            let words = localizer.text(catalog.choice(flavor).words)
            let option = Option(value: flavor.id, label: "\(flavor.name): \(words)", selected: flavor.id == selected || flavor.name == selected)
            if let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].group.options.append(option)
            } else {
                let label = setting.map { "\($0.name) — \($0.description)" } ?? localizer.text(LocalizableMessage("General purpose"))
                groups.append((key, OptionGroup(label: label, options: [option])))
            }
        }
        return groups.map(\.group)
    }

    static func softwareName(_ option: SoftwareOption) -> LocalizableMessage {
        switch option {
        case .jupyter: LocalizableMessage("JupyterLab notebooks")
        case .rstudio: LocalizableMessage("RStudio Server")
        case .desktop: LocalizableMessage("Graphical desktop in the browser")
        }
    }

    var hasDecisions: Bool { !decisions.isEmpty }
    var hasQuota: Bool { !quota.isEmpty }
    var hasKeypairs: Bool { !keypairs.isEmpty }
    var severalClouds: Bool { clouds.count > 1 }
}

extension LaunchFormPage: TemplateView {
    func computed(_ name: String) -> Any? {
        switch name {
        case "hasDecisions": return hasDecisions
        case "hasQuota": return hasQuota
        case "hasKeypairs": return hasKeypairs
        case "severalClouds": return severalClouds
        default: return nil
        }
    }
}
