import ExosphereCore
import Localization

/// What the instance page shows beyond the listing: setup status (``SetupMonitor``), attached
/// volumes with detach buttons, volumes that could be attached, and the console log's tail.
/// Each part is read separately; a part the cloud cannot give now is left out, not an error page.
struct InstanceExtras: Sendable {
    struct VolumeRow: Sendable {
        var id: String
        var name: String
        var sizeGiB: Int
        var device: String?
    }

    /// Setup in words; `nil` when Exosphere did not set the instance up.
    var setupLabel: String?
    /// `waiting`, `running`, `ready`, `failed`, `timed-out` or `instance-failed`.
    var setupState: String?
    /// Whether setup still runs (the bar is indeterminate, the page refreshes).
    var setupRunning: Bool
    var attached: [VolumeRow]
    var attachable: [VolumeRow]
    /// The last lines of the console log.
    var consoleTail: String?
    /// CPU, memory and disk use over time, drawn as SVG.
    var graphs: ResourceGraphs

    /// How many console lines are shown.
    static let consoleLines = 40

    init(
        setup: SetupStatus?, usage: ResourceUsageSeries? = nil, volumes: [VolumeSummary], instanceID: String, console: String?,
        localizer: any MessageLocalizer
    ) {
        graphs = ResourceGraphs(usage ?? ResourceUsageSeries(instanceID: instanceID, samples: []), localizer: localizer)
        if let setup, setup != .notApplicable {
            setupLabel = localizer.text(Self.words(setup))
            setupState = setup.state
        }
        setupRunning = setup.map { !$0.isFinal } ?? false
        attached = volumes.compactMap { volume in
            guard let placement = volume.attachments.first(where: { $0.instanceID == instanceID }) else { return nil }
            return VolumeRow(id: volume.id, name: volume.displayName, sizeGiB: volume.sizeGiB, device: placement.device)
        }
        attachable = volumes.filter { $0.status == "available" && $0.attachments.isEmpty }.map {
            VolumeRow(id: $0.id, name: $0.displayName, sizeGiB: $0.sizeGiB, device: nil)
        }
        let lines = console.map { $0.split(separator: "\n", omittingEmptySubsequences: false) } ?? []
        let tail = lines.reversed().drop { $0.isEmpty }.prefix(Self.consoleLines).reversed().joined(separator: "\n")
        consoleTail = tail.isEmpty ? nil : tail
    }

    static func words(_ status: SetupStatus) -> LocalizableMessage {
        switch status {
        case .notApplicable: LocalizableMessage("Not set up by Exosphere")
        case .waitingForInstance: LocalizableMessage("Waiting for the instance to start")
        case .running(let step?): LocalizableMessage("Setting up: {step}", ["step": step])
        case .running(nil): LocalizableMessage("Setting up")
        case .ready: LocalizableMessage("Ready")
        case .failed(let step): LocalizableMessage("Setup failed in step {step}", ["step": step])
        case .timedOut(let step?): LocalizableMessage("Setup did not finish in time (step {step})", ["step": step])
        case .timedOut(nil): LocalizableMessage("Setup did not finish in time")
        case .instanceFailed: LocalizableMessage("Setup cannot finish: the instance failed")
        }
    }

    var hasAttached: Bool { !attached.isEmpty }
    var hasAttachable: Bool { !attachable.isEmpty }
}

extension InstanceExtras: TemplateView {
    func computed(_ name: String) -> Any? {
        switch name {
        case "hasAttached": return hasAttached
        case "hasAttachable": return hasAttachable
        default: return nil
        }
    }
}
