import Foundation

/// The console lines a guest prints while it runs the setup steps in its user data.
///
/// Exosphere's user data echoes `exosphere-setup: <step> start`, then `<step> done` or
/// `<step> failed`, and finally `exosphere-setup: complete` to the console; the optional usage
/// part prints `exosphere-usage: t=<unix seconds> cpu=… mem=… disk=…` once a minute. The
/// simulator finds the step names in the decoded user data and replays those lines over simulated
/// time after the guest's boot, without understanding the shell around them.
enum SetupConsole {
    static let markerPrefix = "exosphere-setup: "
    static let usagePrefix = "exosphere-usage: "
    /// Usage lines kept at most, like a console buffer that forgets its oldest lines.
    static let usageLinesKept = 120

    /// The step names in the order their `start` markers appear in `userData`.
    static func steps(in userData: String) -> [String] {
        var steps: [String] = []
        for line in userData.split(whereSeparator: \.isNewline) {
            guard let range = line.range(of: markerPrefix) else { continue }
            let words = line[range.upperBound...].split(separator: " ")
            guard words.count >= 2, words[1].hasPrefix("start") else { continue }
            let step = String(words[0])
            if !steps.contains(step) { steps.append(step) }
        }
        return steps
    }

    /// The lines printed `elapsed` simulated seconds after the boot finished at `bootEnd`.
    static func lines(
        userData: String, bootEnd: Timestamp, elapsed: Double, stepSeconds: Double, failingStep: String?, seed: String
    ) -> [String] {
        guard elapsed >= 0, userData.contains(markerPrefix) || userData.contains(usagePrefix) else { return [] }
        var lines: [String] = []
        var time = 0.0
        var finished = true
        for step in steps(in: userData) {
            guard time <= elapsed else { finished = false; break }
            lines.append("\(markerPrefix)\(step) start")
            time += stepSeconds
            guard time <= elapsed else { finished = false; break }
            if step == failingStep {
                lines.append("\(markerPrefix)\(step) failed")
                return lines + usage(userData: userData, bootEnd: bootEnd, elapsed: elapsed, seed: seed)
            }
            lines.append("\(markerPrefix)\(step) done")
        }
        if finished, userData.contains(markerPrefix + "complete") { lines.append(markerPrefix + "complete") }
        return lines + usage(userData: userData, bootEnd: bootEnd, elapsed: elapsed, seed: seed)
    }

    /// One usage line a minute from the end of the boot, values varying deterministically.
    private static func usage(userData: String, bootEnd: Timestamp, elapsed: Double, seed: String) -> [String] {
        guard userData.contains(usagePrefix) else { return [] }
        let minutes = Int(elapsed / 60)
        guard minutes >= 1 else { return [] }
        let base = seed.utf8.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF }
        return (max(1, minutes - usageLinesKept + 1)...minutes).map { minute in
            let cpu = (base + minute * 37) % 100
            let mem = 20 + (base / 7 + minute * 13) % 60
            let disk = min(99, 10 + base % 20 + minute / 30)
            let time = Int(bootEnd.seconds) + minute * 60
            return "\(usagePrefix)t=\(time) cpu=\(cpu) mem=\(mem) disk=\(disk)"
        }
    }
}

extension World {
    /// The setup marker and usage lines of `server`'s console, `elapsed` seconds into its boot,
    /// appended to what Compute API ref "Show Console Output (os-getConsoleOutput Action)" returns.
    func setupConsoleText(_ server: ServerRecord, elapsed: Double) -> String {
        guard let userData = server.userData else { return "" }
        let lines = SetupConsole.lines(
            userData: userData, bootEnd: server.bootStartedAt + server.bootDuration,
            elapsed: elapsed - server.bootDuration, stepSeconds: launch.setupStepSeconds,
            failingStep: launch.failingSetupStep, seed: server.id)
        return lines.map { $0 + "\n" }.joined()
    }
}
