import CloudConfig
import ExosphereCore
import Hummingbird
import Localization

extension ResourceRoutes {
    /// Where the Images page's upload form posts (multipart; see ``SessionMiddleware``).
    static let imageUploadPath = "/images/upload"

    /// `POST /images/upload`: the spooled file goes to Glance through the core's
    /// ``ExosphereCore/ImageService/upload(file:name:diskFormat:in:wait:progress:)``, then
    /// back to the Images page with a notice saying what happened.
    func addImageUploadRoutes(to routes: RouteCollection<WebRequestContext>) {
        routes.post(RouterPath(Self.imageUploadPath)) { request, context -> Response in
            let form = context.form
            guard let file = context.uploads.first(where: { $0.field == "file" }), !file.filename.isEmpty, file.size > 0 else {
                throw WebUIError.invalidForm(field: "file")
            }
            let diskFormat = try ImageUploadForm.diskFormat(form.trimmed("disk_format"))
            let (session, project) = try await context.homeTarget(cloud: form.trimmed("cloud"))
            let localizer = pages.localizer(for: request, session: context.session)
            let name = form.trimmed("name") ?? ImageUploadForm.defaultName(forFile: file.filename)
            do {
                let image = try await session.images.upload(
                    file: file.location, name: name, diskFormat: diskFormat, in: project, wait: Self.uploadWait)
                context.session?.notify(localizer.text(LocalizableMessage("Image {name} is uploaded and ready.", ["name": image.name])))
            } catch {
                context.session?.notify(localizer.describe(error), isError: true)
            }
            return .seeOther(ResourceTabs.Kind.images.path + PathComponent.query([("cloud", session.profile.name)]))
        }
    }

    /// How long to wait for Glance to store an uploaded file: it usually has once the upload
    /// returns; a slow store is reported rather than holding the page for the core's 15 minutes.
    static let uploadWait = WaitPolicy(initialInterval: .milliseconds(500), maximumInterval: .seconds(5), timeout: .seconds(300))
}
