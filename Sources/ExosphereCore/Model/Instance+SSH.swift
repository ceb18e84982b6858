extension Instance {
    /// The address ssh should use: the first public (floating) IPv4 address, else the first
    /// fixed IPv4 address.
    public var sshAddress: String? {
        let ipv4 = addresses.filter { $0.version == 4 }
        return (ipv4.first(where: \.isFloating) ?? ipv4.first)?.address
    }
}
