public import Localization

/// The steps of a launch, in order; a failure names the one it happened in.
public enum LaunchStep: String, Sendable, Hashable, Codable, CaseIterable {
    /// Creating or updating the security group.
    case securityGroup = "security-group"
    /// Finding, auto-allocating or creating the network.
    case network
    /// Creating the instance's network port.
    case port
    /// Asking Nova for the instance.
    case server
    /// Waiting for the instance to become ACTIVE.
    case build
    /// Creating and attaching the extra volume.
    case volume
    /// Giving the instance its public address.
    case publicAddress = "public-address"
    /// Keeping the passphrase in the local vault.
    case vault

    /// What the step does, in words for "failed while …".
    public var activity: LocalizableMessage {
        switch self {
        case .securityGroup: LocalizableMessage("preparing the security group")
        case .network: LocalizableMessage("preparing the network")
        case .port: LocalizableMessage("creating the network port")
        case .server: LocalizableMessage("creating the instance")
        case .build: LocalizableMessage("waiting for the instance to start")
        case .volume: LocalizableMessage("creating the extra volume")
        case .publicAddress: LocalizableMessage("giving the instance a public IP address")
        case .vault: LocalizableMessage("storing the passphrase on this computer")
        }
    }
}
