/// A microversion such as `2.47`.
struct Microversion: Sendable, Comparable, CustomStringConvertible {
    var major: Int
    var minor: Int

    init(_ major: Int, _ minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// Parses `2.47`; `nil` for anything else.
    init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let major = Int(parts[0]), let minor = Int(parts[1]), major >= 0, minor >= 0,
            parts.allSatisfy({ $0.allSatisfy(\.isNumber) })
        else { return nil }
        self.init(major, minor)
    }

    static func < (lhs: Microversion, rhs: Microversion) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }

    var description: String { "\(major).\(minor)" }

    /// At least `major.minor`.
    func atLeast(_ major: Int, _ minor: Int) -> Bool { self >= Microversion(major, minor) }
}

/// How a service negotiates microversions (Compute API ref, "Microversions"; Block Storage API ref,
/// "API Microversions").
struct MicroversionPolicy: Sendable {
    /// Service type named in the `OpenStack-API-Version` header.
    var serviceNames: [String]
    var minimum: Microversion
    var maximum: Microversion
    /// The pre-2.27 header Nova still honours, `X-OpenStack-Nova-API-Version`.
    var legacyHeader: String?

    /// Nova in Zed: 2.1 to 2.93.
    static let compute = MicroversionPolicy(
        serviceNames: ["compute"], minimum: Microversion(2, 1), maximum: Microversion(2, 93),
        legacyHeader: "x-openstack-nova-api-version")

    /// Cinder in Zed: 3.0 to 3.70.
    static let volume = MicroversionPolicy(
        serviceNames: ["volume", "block-storage"], minimum: Microversion(3, 0), maximum: Microversion(3, 70),
        legacyHeader: nil)

    /// The version a request asks for. No header means the minimum; `latest` the maximum.
    /// A malformed value is a 400 and one outside the range a 406, with Nova's messages.
    func negotiate(header: String?, legacy: String?) throws(APIError) -> Microversion {
        var requested: String?
        if let header {
            for entry in header.split(separator: ",") {
                let words = entry.split(separator: " ", omittingEmptySubsequences: true)
                if words.count == 2, serviceNames.contains(words[0].lowercased()) { requested = String(words[1]) }
            }
        }
        if requested == nil, let legacy { requested = legacy.trimmingSpaces }
        guard let requested else { return minimum }
        if requested.lowercased() == "latest" { return maximum }
        guard let version = Microversion(requested) else {
            throw APIError.badRequest(
                "API Version String \(requested) is of invalid format. Must be of format MajorNum.MinorNum.")
        }
        guard version >= minimum, version <= maximum else {
            throw APIError(
                406,
                "Version \(version) is not supported by the API. Minimum is \(minimum) and maximum is \(maximum).")
        }
        return version
    }

    /// The headers that echo the version used (Compute API ref, "Microversions": the response
    /// carries `OpenStack-API-Version` and `Vary`).
    func responseHeaders(_ version: Microversion) -> [(String, String)] {
        var headers = [("OpenStack-API-Version", "\(serviceNames[0]) \(version)")]
        if legacyHeader != nil {
            headers.append(("X-OpenStack-Nova-API-Version", version.description))
            headers.append(("Vary", "OpenStack-API-Version, X-OpenStack-Nova-API-Version"))
        } else {
            headers.append(("Vary", "OpenStack-API-Version"))
        }
        return headers
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" { view = view.dropFirst() }
        while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
        return String(view)
    }
}
