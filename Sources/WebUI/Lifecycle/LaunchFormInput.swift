import ExosphereCore
import Foundation

/// The launch form's fields, read the same way from a preview (query) and a launch (body), turned
/// into the core's ``LaunchRequest``. Empty fields mean "let the planner choose".
struct LaunchFormInput: Sendable, Equatable {
    var cloud: String?
    var name: String?
    var image: String?
    var flavor: String?
    var count: Int = 1
    var bootVolumeGiB: Int?
    var extraVolumeGiB: Int?
    var keypair: String?
    var noPublicIP = false
    var software: [SoftwareOption] = []

    /// Reads the fields through `value`; a number that does not parse names its field.
    init(_ value: (String) -> String?) throws(WebUIError) {
        func text(_ name: String) -> String? {
            guard let raw = value(name)?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else { return nil }
            return raw
        }
        func number(_ name: String) throws(WebUIError) -> Int? {
            guard let raw = text(name) else { return nil }
            guard let parsed = Int(raw), parsed > 0 else { throw .invalidForm(field: name) }
            return parsed
        }
        cloud = text("cloud")
        name = text("name")
        image = text("image")
        flavor = text("flavor")
        count = try number("count") ?? 1
        bootVolumeGiB = try number("boot_volume")
        extraVolumeGiB = try number("extra_volume")
        keypair = text("keypair")
        noPublicIP = text("no_public_ip") == "on"
        software = SoftwareOption.allCases.filter { text("software_" + $0.rawValue) == "on" }
    }

    var request: LaunchRequest {
        LaunchRequest(
            name: name, image: image, flavor: flavor, count: count, bootVolumeSizeGiB: bootVolumeGiB,
            extraVolumeSizeGiB: extraVolumeGiB, keypair: keypair, publicIP: noPublicIP ? false : nil, software: software)
    }
}
