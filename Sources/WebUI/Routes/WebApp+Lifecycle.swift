import Hummingbird

extension WebApp {
    /// Every page that changes a cloud: launch, instance actions and volumes, resource pages.
    func addLifecycleRoutes(to router: Router<WebRequestContext>) {
        addLaunchRoutes(to: router)
        addInstanceActionRoutes(to: router)
        addInstanceFormRoutes(to: router)
        addBulkActionRoutes(to: router)
        addInstanceVolumeRoutes(to: router)
        addResourcePageRoutes(to: router)
        addResourceFormRoutes(to: router)
        addImageUploadRoutes(to: router)
    }
}
