/// How much YAML a file may hold before Exosphere refuses to read it.
///
/// Yams resolves an alias to the node it names, so `b: [*a, *a, …]` shares one node in Yams' tree
/// but becomes a copy in every ``ConfigNode`` built from it: ten lines of nested aliases ("billion
/// laughs") would make a billion values. Every file is read against limits, aliases counted each
/// time they are used, so no file can stop Exosphere from starting.
public struct YAMLLimits: Sendable, Hashable {
    /// One limit, with the value a file went over.
    public enum Limit: Sendable, Hashable {
        /// Bytes the file may have.
        case bytes(Int)
        /// Values (scalars, lists and maps) the file may expand to, counting a value once for every
        /// alias that names it.
        case values(Int)
        /// How deeply lists and maps may nest.
        case depth(Int)
    }

    /// Bytes a file may have.
    public var maximumBytes: Int
    /// Values a file may expand to through its aliases.
    public var maximumValues: Int
    /// How deeply lists and maps may nest.
    public var maximumDepth: Int

    /// Creates limits.
    public init(maximumBytes: Int, maximumValues: Int, maximumDepth: Int) {
        self.maximumBytes = maximumBytes
        self.maximumValues = maximumValues
        self.maximumDepth = maximumDepth
    }

    /// Files a person writes for their own Exosphere: clouds.yaml, secure.yaml, clouds-public.yaml,
    /// the settings file and themes. A clouds.yaml with a hundred clouds is under 64 KiB.
    public static let configuration = YAMLLimits(maximumBytes: 1 << 20, maximumValues: 20_000, maximumDepth: 32)

    /// Files that come with a plugin (`plugin.yaml`, test settings and views), which may have been
    /// written by anyone; plugin.yaml files in the SDK's examples are under 2 KiB.
    public static let pluginFile = YAMLLimits(maximumBytes: 64 << 10, maximumValues: 10_000, maximumDepth: 32)
}
