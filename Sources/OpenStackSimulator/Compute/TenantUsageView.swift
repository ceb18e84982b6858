/// The JSON of a usage report (Compute API ref, "Show Usage Statistics For Tenant").
enum TenantUsageView {
    /// `tenant_usage`: Nova answers `{}` when no instance existed in the window; totals are the
    /// page's instances' hours × vCPUs, × RAM in MiB and × (root + ephemeral) disk in GiB.
    static func json(_ usages: [ServerUsageRecord], tenantID: String, window: TenantUsageWindow) -> JSON {
        guard !usages.isEmpty else { return .object([]) }
        var hours = 0.0, vcpus = 0.0, memory = 0.0, disk = 0.0
        for usage in usages {
            hours += usage.hours
            vcpus += usage.hours * Double(usage.flavor.vcpus)
            memory += usage.hours * Double(usage.flavor.ram)
            disk += usage.hours * Double(usage.flavor.disk + usage.flavor.ephemeral)
        }
        return [
            "server_usages": .array(usages.map(serverJSON)),
            "start": .string(window.start.microseconds), "stop": .string(window.stop.microseconds),
            "tenant_id": .string(tenantID), "total_hours": .double(hours), "total_local_gb_usage": .double(disk),
            "total_memory_mb_usage": .double(memory), "total_vcpus_usage": .double(vcpus),
        ]
    }

    private static func serverJSON(_ usage: ServerUsageRecord) -> JSON {
        [
            "ended_at": .optional(usage.endedAt?.microseconds), "flavor": .string(usage.flavor.name),
            "hours": .double(usage.hours), "instance_id": .string(usage.instanceID),
            "local_gb": .int(usage.flavor.disk + usage.flavor.ephemeral), "memory_mb": .int(usage.flavor.ram),
            "name": .string(usage.name), "started_at": .string(usage.startedAt.microseconds),
            "state": .string(usage.state), "tenant_id": .string(usage.projectID), "uptime": .int(usage.uptime),
            "vcpus": .int(usage.flavor.vcpus),
        ]
    }
}
