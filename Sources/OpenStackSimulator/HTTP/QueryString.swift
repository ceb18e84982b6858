import Foundation

/// Splits a raw query string into decoded name/value pairs, in order.
///
/// Clients percent-encode reserved characters in names as well as values: openstacksdk and the
/// Swift client send Neutron's `router:external` filter as `router%3Aexternal=true`. The services
/// (WebOb) decode both, and `+` as a space, as HTML forms do.
enum QueryString {
    static func parse(_ raw: String?) -> [(String, String)] {
        guard let raw, !raw.isEmpty else { return [] }
        return raw.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            guard let equals = pair.firstIndex(of: "=") else { return (decode(pair), "") }
            return (decode(pair[..<equals]), decode(pair[pair.index(after: equals)...]))
        }
    }

    /// Undoes percent-encoding; text that is not valid percent-encoded UTF-8 stays as it came.
    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
