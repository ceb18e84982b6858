extension Instance {
    /// The order listings show instances in: by cloud, project name, instance name, then id.
    public static func listedBefore(_ first: Instance, _ second: Instance) -> Bool {
        (first.project.cloud, first.project.name, first.name, first.id)
            < (second.project.cloud, second.project.name, second.name, second.id)
    }
}
