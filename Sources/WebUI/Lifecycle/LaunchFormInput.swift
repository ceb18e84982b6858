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

    /// The most instances one launch form may ask for.
    static let maximumCount = 1_000
    /// The largest volume a form may ask for, in GiB (1 PiB: beyond any cloud's volume quota).
    static let maximumVolumeGiB = 1 << 20

    /// Reads the fields through `value`; a number that does not parse names its field.
    init(_ value: (String) -> String?) throws(WebUIError) {
        func text(_ name: String) -> String? {
            guard let raw = value(name)?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else { return nil }
            return raw
        }
        func number(_ name: String, maximum: Int) throws(WebUIError) -> Int? {
            guard let raw = text(name) else { return nil }
            guard let parsed = Int(raw), parsed >= 1, parsed <= maximum else { throw .numberOutOfRange(field: name, maximum: maximum) }
            return parsed
        }
        cloud = text("cloud")
        name = text("name")
        image = text("image")
        flavor = text("flavor")
        count = try number("count", maximum: Self.maximumCount) ?? 1
        bootVolumeGiB = try number("boot_volume", maximum: Self.maximumVolumeGiB)
        extraVolumeGiB = try number("extra_volume", maximum: Self.maximumVolumeGiB)
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
