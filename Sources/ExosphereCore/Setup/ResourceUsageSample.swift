public import Foundation

/// One minute of an instance's resource use, from an `exosphere-usage:` console line.
public struct ResourceUsageSample: Sendable, Hashable, Codable {
    /// When the guest measured it.
    public var time: Date
    /// CPU busy, in percent of all vCPUs.
    public var cpuPercent: Int
    /// Memory in use, in percent.
    public var memoryPercent: Int
    /// Root disk in use, in percent.
    public var diskPercent: Int

    enum CodingKeys: String, CodingKey {
        case time
        case cpuPercent = "cpu_percent"
        case memoryPercent = "memory_percent"
        case diskPercent = "disk_percent"
    }

    /// Creates a sample.
    public init(time: Date, cpuPercent: Int, memoryPercent: Int, diskPercent: Int) {
        self.time = time
        self.cpuPercent = cpuPercent
        self.memoryPercent = memoryPercent
        self.diskPercent = diskPercent
    }

    /// The sample in `exosphere-usage: t=<unix seconds> cpu=<%> mem=<%> disk=<%>`, or `nil` when
    /// the line holds none or a value is missing or out of 0…100.
    public init?(line: Substring) {
        guard let range = line.range(of: SetupMarker.usagePrefix) else { return nil }
        var values: [Substring: Int] = [:]
        for field in line[range.upperBound...].split(separator: " ") {
            let pair = field.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, let number = Int(pair[1]) else { continue }
            values[pair[0]] = number
        }
        guard let seconds = values["t"], let cpu = values["cpu"], let memory = values["mem"], let disk = values["disk"],
            [cpu, memory, disk].allSatisfy({ (0...100).contains($0) })
        else { return nil }
        self.init(
            time: Date(timeIntervalSince1970: TimeInterval(seconds)), cpuPercent: cpu, memoryPercent: memory,
            diskPercent: disk)
    }
}

/// An instance's resource use over time, oldest first, one sample per minute.
public struct ResourceUsageSeries: Sendable, Hashable, Codable {
    /// The instance's id.
    public var instanceID: String
    /// The samples, oldest first, without duplicates.
    public var samples: [ResourceUsageSample]

    /// Creates a series from samples in any order, dropping repeats of the same minute.
    public init(instanceID: String, samples: [ResourceUsageSample]) {
        self.instanceID = instanceID
        var seen = Set<Date>()
        self.samples = samples.sorted { $0.time < $1.time }.filter { seen.insert($0.time).inserted }
    }
}
