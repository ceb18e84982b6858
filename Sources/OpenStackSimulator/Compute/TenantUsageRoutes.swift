import Hummingbird

/// `GET /compute/v2.1/os-simple-tenant-usage/{tenant_id}` (Compute API ref, "Usage reports
/// (os-simple-tenant-usage)", "Show Usage Statistics For Tenant").
struct TenantUsageRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        mount.route(router, .get, "/compute/v2.1/os-simple-tenant-usage/:tenant_id") { request, world throws(APIError) in
            let tenantID = request.parameter("tenant_id")
            // nova/policies/simple_tenant_usage.py: `show` is PROJECT_READER_OR_ADMIN, so a member
            // reads their own project only.
            guard tenantID == request.projectID else {
                throw APIError.forbidden(
                    "Policy doesn't allow os_compute_api:os-simple-tenant-usage:show to be performed.")
            }
            let window = try TenantUsageWindow(request)
            // Paging by instance arrived in 2.40; earlier versions answer every instance at once.
            let page = request.microversion.atLeast(2, 40) ? try PageRequest(request) : PageRequest.unpaged
            let usages = try world.serverUsages(project: tenantID, in: window, page: page, now: request.now)
            var body: JSON = ["tenant_usage": TenantUsageView.json(usages, tenantID: tenantID, window: window)]
            // nova/api/openstack/common.py `_get_collection_links`: a `next` link whenever the page is full.
            if let last = usages.last, usages.count == page.limit, request.microversion.atLeast(2, 40) {
                let href =
                    "\(request.baseURL)/compute/v2.1/os-simple-tenant-usage/\(tenantID)?"
                    + request.queryString(replacingMarkerWith: last.instanceID)
                body.append("tenant_usage_links", [["href": .string(href), "rel": "next"]])
            }
            return .json(body)
        }
    }
}
