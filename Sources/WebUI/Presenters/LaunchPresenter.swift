import CloudConfig
import ExosphereCore
import Localization

/// Turns what a cloud offers and the plan a launch form's choices make into the launch form, and
/// a failed launch into the address of the form filled in again.
enum LaunchPresenter {
    /// The form for `input`: the clouds, images, flavors and key pairs to choose from, and the
    /// plan (or why there is none).
    static func form(
        _ input: LaunchFormInput, clouds: [String], images: [ImageSummary], flavors: [FlavorSummary],
        keypairs: [KeypairSummary], plan: Result<LaunchPlan, any Error>, settings: LaunchSettings, localizer: any MessageLocalizer
    ) -> LaunchFormPage {
        let offer = LaunchFormPage.Offer(
            clouds: clouds, images: ImageCatalog(images: images, settings: settings),
            flavors: FlavorCatalog(flavors: flavors, settings: settings), keypairs: keypairs.map(\.name))
        return LaunchFormPage(input: input, offer: offer, plan: plan, localizer: localizer)
    }

    /// The launch form on `cloud` with the choices of `input` that fit in an address.
    static func retryURL(_ input: LaunchFormInput, cloud: String) -> String {
        "/launch"
            + PathComponent.query([
                ("cloud", cloud), ("name", input.name), ("image", input.image), ("flavor", input.flavor), ("count", String(input.count)),
                ("keypair", input.keypair),
            ])
    }
}
