public import Localization

/// Everything that can go wrong while reading clouds.yaml, secure.yaml, clouds-public.yaml, the
/// `OS_*` environment variables or Exosphere's settings file.
///
/// A case about a value carries its ``SourceLocation`` (file, line and column, or environment
/// variable) and its key path, such as `clouds.mycloud.auth.auth_url`. No case ever carries the value
/// of a password, token or credential secret: those fields accept any scalar, so only their type
/// (never their text) can appear in an error.
public enum CloudConfigError: UserFacingError, Hashable {
    /// A configuration file exists but could not be read.
    case unreadableFile(path: String, reason: String)
    /// An environment variable names a file that does not exist.
    case fileNotFound(path: String, variable: String)
    /// A file is not valid YAML (or JSON); `problem` is the parser's own short description.
    case invalidSyntax(SourceLocation, problem: String)
    /// A file is larger, expands to more values or nests deeper than ``YAMLLimits`` allow; the
    /// location is the value that went over, or the whole file for its size.
    case exceedsLimit(SourceLocation, limit: YAMLLimits.Limit)
    /// The settings file could not be written.
    case unwritableFile(path: String, reason: String)
    /// A key appears twice in one map, perhaps spelled once with `-` and once with `_`.
    case duplicateKey(SourceLocation, keyPath: String, firstLine: Int?)
    /// A value has the wrong type, such as a list where a map is expected.
    case wrongType(SourceLocation, keyPath: String, expected: String, found: String)
    /// A value should be an http or https URL and is not.
    case invalidURL(SourceLocation, keyPath: String, value: String)
    /// A value is not one of the accepted words.
    case invalidChoice(SourceLocation, keyPath: String, value: String, choices: [String])
    /// A number is outside its range; `maximum` is `nil` when there is no upper bound.
    case outOfRange(SourceLocation, keyPath: String, value: String, minimum: String, maximum: String?)
    /// A path must be absolute or start with `~/`.
    case relativePath(SourceLocation, keyPath: String, value: String)
    /// A cloud lacks a setting it needs; `alternatives` are keys that would do instead.
    case missingKey(SourceLocation, cloud: String, keyPath: String, alternatives: [String])
    /// Exosphere's settings file has a key it does not know (a typo is the usual cause).
    case unknownKey(SourceLocation, keyPath: String, suggestion: String?, known: [String])
    /// The cloud asked for is not configured; `selectedBy` is `OS_CLOUD`, or `nil` for an explicit name.
    case unknownCloud(name: String, selectedBy: SourceLocation?, available: [String])
    /// Several clouds are configured and nothing chose one.
    case noCloudSelected(available: [String])
    /// No clouds.yaml, no secure.yaml and no `OS_*` variables: there is no cloud at all.
    case noClouds(searched: [String])
    /// A cloud's `profile` (or legacy `cloud`) names a profile that clouds-public.yaml does not define.
    case unknownProfile(SourceLocation, cloud: String, profile: String, publicCloudsFile: String?)
    /// A region was asked for that the cloud's `regions` list does not contain.
    case unknownRegion(selectedBy: SourceLocation?, cloud: String, region: String, known: [String])
    /// The cloud asks for a domain-scoped token, which Exosphere does not support.
    case unsupportedDomainScope(SourceLocation, cloud: String, keyPath: String)
    /// A file defines a cloud whose name is reserved for the cloud made from `OS_*` variables.
    case reservedCloudName(SourceLocation, name: String)

    /// Where the problem is, when it is in one place.
    public var location: SourceLocation? {
        switch self {
        case .invalidSyntax(let location, _), .exceedsLimit(let location, _), .duplicateKey(let location, _, _),
            .wrongType(let location, _, _, _), .invalidURL(let location, _, _),
            .invalidChoice(let location, _, _, _), .outOfRange(let location, _, _, _, _),
            .relativePath(let location, _, _), .missingKey(let location, _, _, _),
            .unknownKey(let location, _, _, _), .unknownProfile(let location, _, _, _),
            .unsupportedDomainScope(let location, _, _), .reservedCloudName(let location, _):
            return location
        case .unknownCloud(_, let selectedBy, _), .unknownRegion(let selectedBy, _, _, _):
            return selectedBy
        case .unreadableFile(let path, _), .fileNotFound(let path, _), .unwritableFile(let path, _):
            return .file(path)
        case .noCloudSelected, .noClouds:
            return nil
        }
    }

    /// The dotted key path of the value at fault, such as `clouds.mycloud.auth.auth_url`, or the
    /// environment variable's name for a value from the environment.
    public var keyPath: String? {
        switch self {
        case .duplicateKey(_, let keyPath, _), .wrongType(_, let keyPath, _, _), .invalidURL(_, let keyPath, _),
            .invalidChoice(_, let keyPath, _, _), .outOfRange(_, let keyPath, _, _, _),
            .relativePath(_, let keyPath, _), .missingKey(_, _, let keyPath, _), .unknownKey(_, let keyPath, _, _),
            .unsupportedDomainScope(_, _, let keyPath):
            return keyPath
        default:
            return nil
        }
    }
}
