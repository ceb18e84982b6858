import Localization

extension OpenStackError {
    var otherMessage: LocalizableMessage {
        switch self {
        case .loginExpired:
            LocalizableMessage(
                "The token you logged in with has expired or was revoked, and a token cannot renew itself.")
        case .singleSignOnNeeded:
            LocalizableMessage("This cloud signs in through your institution (single sign-on), and there is no current sign-in.")
        case .applicationCredentialScope(let bound, let requested):
            LocalizableMessage(
                "The application credential is bound to project {bound}; it cannot be used for project {requested}.",
                ["bound": bound, "requested": requested]
            )
        case .paginationLoop(let service, let path, let marker):
            LocalizableMessage(
                "{service} handed out the same page twice while listing {path} (marker {marker}); listing stopped.",
                ["service": service.displayName, "path": path, "marker": marker]
            )
        case .tooManyPages(let service, let path, let limit):
            LocalizableMessage(
                "Listing {path} from {service} went past {limit} pages; listing stopped.",
                ["service": service.displayName, "path": path, "limit": String(limit)]
            )
        case .microversionTooLow(let service, let feature, let required, let negotiated):
            LocalizableMessage(
                "{feature} needs {service} API version {required} or later, but this cloud offers {negotiated}.",
                [
                    "feature": feature, "service": service.displayName, "required": required.description,
                    "negotiated": negotiated.description,
                ]
            )
        case .noCommonMicroversion(let service, let minimum, let maximum, let client):
            LocalizableMessage(
                "{service} accepts API versions {minimum} to {maximum}, and this version of Exosphere speaks at most {client}.",
                [
                    "service": service.displayName, "minimum": minimum.description, "maximum": maximum.description,
                    "client": client.description,
                ]
            )
        case .invalidURL(let service, let base, let path):
            LocalizableMessage(
                "Could not build a valid {service} URL from {base} and {path}.",
                ["service": service.displayName, "base": base, "path": path]
            )
        case .http, .transport, .decoding, .endpointNotFound:
            message
        }
    }

    var otherRecovery: LocalizableMessage? {
        switch self {
        case .loginExpired:
            LocalizableMessage("Log in again with a password or an application credential to get a new token.")
        case .singleSignOnNeeded:
            LocalizableMessage("Sign in with exosphere login, naming the cloud as for this command (--os-cloud), then run it again.")
        case .applicationCredentialScope:
            LocalizableMessage(
                "Create an application credential for that project, or log in with a password to switch projects."
            )
        case .paginationLoop:
            LocalizableMessage("This is a fault in the cloud; tell its operators.")
        case .tooManyPages:
            LocalizableMessage("Narrow the listing with filters or ask for larger pages.")
        case .microversionTooLow:
            LocalizableMessage("Leave that option out, or ask the cloud's operators when they plan to upgrade.")
        case .noCommonMicroversion:
            LocalizableMessage("Upgrade Exosphere to a release that supports this cloud.")
        case .invalidURL:
            LocalizableMessage("Check the endpoint URL in the cloud's service catalog or in clouds.yaml.")
        case .http, .transport, .decoding, .endpointNotFound:
            recovery
        }
    }
}
