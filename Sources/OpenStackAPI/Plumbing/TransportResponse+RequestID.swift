public import OutboundHTTP

extension TransportResponse {
    /// The OpenStack request id: `x-openstack-request-id`, or Nova's `x-compute-request-id`.
    public var requestID: String? {
        header("x-openstack-request-id") ?? header("x-compute-request-id")
    }
}
