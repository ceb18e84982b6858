import Foundation
import Hummingbird

extension Parameters {
    /// The path parameter `name`, percent-decoded (Hummingbird hands over the raw segment), so a
    /// cloud or instance named `Montréal lab` opens; a malformed escape is kept as written.
    func text(_ name: String) -> String? {
        guard let raw = get(name) else { return nil }
        return raw.removingPercentEncoding ?? raw
    }
}
