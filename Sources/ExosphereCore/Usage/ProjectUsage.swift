/// What one project used in one period, from Nova's usage report: every instance that existed
/// in the period, charged for its time with its current flavor, whatever its power state.
public struct ProjectUsage: Sendable, Hashable {
    /// The project.
    public var project: ProjectSummary
    /// The period.
    public var period: UsagePeriod
    /// vCPU-hours.
    public var vcpuHours: Double
    /// Memory used over time, in MiB-hours.
    public var ramMiBHours: Double
    /// Local disk used over time, in GiB-hours.
    public var diskGiBHours: Double
    /// Instance-hours.
    public var instanceHours: Double

    /// Creates a usage row.
    public init(
        project: ProjectSummary, period: UsagePeriod, vcpuHours: Double, ramMiBHours: Double, diskGiBHours: Double = 0,
        instanceHours: Double = 0
    ) {
        self.project = project
        self.period = period
        self.vcpuHours = vcpuHours
        self.ramMiBHours = ramMiBHours
        self.diskGiBHours = diskGiBHours
        self.instanceHours = instanceHours
    }
}
