import Hummingbird

/// Assembles every service's routes behind the simulator middleware.
enum SimulatorRouter {
    static func build(state: SimulatorState) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SimulatorMiddleware(state: state))
        IdentityRoutes(mount: ServiceMount(service: .identity, state: state)).register(on: router)
        ComputeRoutes(mount: ServiceMount(service: .compute, state: state, microversions: .compute)).register(on: router)
        ImageRoutes(mount: ServiceMount(service: .image, state: state)).register(on: router)
        let network = ServiceMount(service: .network, state: state)
        NetworkRoutes(mount: network).register(on: router)
        FloatingIPRoutes(mount: network).register(on: router)
        SecurityGroupRoutes(mount: network).register(on: router)
        NetworkQuotaRoutes(mount: network).register(on: router)
        NetworkProvisioningRoutes(mount: network).register(on: router)
        AutoAllocatedTopologyRoutes(mount: network).register(on: router)
        VolumeRoutes(mount: ServiceMount(service: .volume, state: state, microversions: .volume)).register(on: router)
        ControlRoutes(mount: ServiceMount(service: .control, state: state)).register(on: router)
        LaunchControlRoutes(mount: ServiceMount(service: .control, state: state)).register(on: router)
        return router
    }
}
