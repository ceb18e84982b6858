public import Localization

/// What can go wrong in the web UI itself, as opposed to the cloud's answers or the configuration.
public enum WebUIError: UserFacingError, Equatable {
    /// The form's CSRF token is missing, forged, or already used.
    case invalidCSRFToken
    /// A page was asked for that does not exist.
    case notFound(String)
    /// A form field was missing or malformed.
    case invalidForm(field: String)
    /// A number in a form was not a whole number from 1 to `maximum`.
    case numberOutOfRange(field: String, maximum: Int)
    /// The session key file could not be read or written.
    case sessionKey(path: String, reason: String)
    /// No cloud of that name is signed in for this session.
    case unknownCloud(String)
    /// The server offers only its operator's clouds (`hosting.visitor_clouds: false`), and this
    /// one is not among them.
    case onlyOfferedClouds
    /// A template does not parse or does not exist.
    case template(name: String, reason: String)
    /// Pasted clouds.yaml or the login form described no usable cloud.
    case invalidCloud(reason: String)
    /// The server could not listen on the address.
    case cannotListen(address: String, reason: String)
    /// The browser has not brought the server's access token.
    case accessTokenRequired
    /// A form that destroys data was sent without its confirmation box ticked.
    case notConfirmed
    /// A post is larger than this server accepts.
    case uploadTooLarge(maximumBytes: Int64)
    /// A multipart post is cut short or not framed as one.
    case malformedForm
    /// An uploaded file could not be kept on the server's disk.
    case uploadNotStored(reason: String)
    /// This client address started more sessions of late than the server allows.
    case tooManyNewSessions
    /// Every kept session was active recently, so none was dropped to make room for a new one.
    case sessionsFull
    /// A form or upload arrived too slowly or stopped arriving.
    case bodyTimedOut
    /// The server is already receiving as many uploads as it allows (for this session or in all).
    case uploadsBusy
    /// A file upload was sent by a browser session that has no cloud to send it to.
    case uploadNeedsCloud
    /// The page templates are not where the program looked for them (a binary copied without them).
    case templatesMissing(path: String)
    /// Multi-user mode was asked for without the address people reach the server at.
    case publicAddressRequired(host: String)
    /// The public address given is not an http or https origin.
    case invalidPublicAddress(String)
    /// `hosting.sessions` is set for a server that serves only its own machine.
    case hostedNeedsMultiUser
    /// Single sign-on was asked for a cloud the server does not offer it for.
    case singleSignOnNotOffered(String)
    /// A token came back from single sign-on that this browser did not set out for, or too late.
    case singleSignOnNotStarted
    /// The browser came back from single sign-on twice without this server's cookie.
    case singleSignOnCookieMissing
    /// Signing in again by single sign-on came back as another person than the one signed in.
    case singleSignOnOtherUser(cloud: String)

    /// What happened.
    public var message: LocalizableMessage {
        switch self {
        case .invalidCSRFToken:
            return LocalizableMessage("This form has expired or did not come from this page.")
        case .notFound(let path):
            return LocalizableMessage("There is no page at {path}.", ["path": path])
        case .invalidForm(let field):
            return LocalizableMessage("The field {field} is missing or not valid.", ["field": field])
        case .numberOutOfRange(let field, let maximum):
            return LocalizableMessage("The field {field} takes a whole number from 1 to {maximum}.", ["field": field, "maximum": String(maximum)])
        case .sessionKey(let path, let reason):
            return LocalizableMessage("The session key {path} could not be used: {reason}", ["path": path, "reason": reason])
        case .unknownCloud(let cloud):
            return LocalizableMessage("No cloud named {cloud} is added.", ["cloud": cloud])
        case .onlyOfferedClouds:
            return LocalizableMessage("This server signs in only to the clouds it offers.")
        case .templatesMissing(let path):
            return LocalizableMessage("The web UI's page templates are not installed: there are none in {path}.", ["path": path])
        case .template(let name, let reason):
            return LocalizableMessage("The page template {name} could not be used: {reason}", ["name": name, "reason": reason])
        case .invalidCloud(let reason):
            return LocalizableMessage("The cloud could not be added: {reason}", ["reason": reason])
        case .cannotListen(let address, let reason):
            return LocalizableMessage("The web UI could not listen on {address}: {reason}", ["address": address, "reason": reason])
        case .accessTokenRequired:
            return LocalizableMessage("This address needs the key that came with it.")
        case .uploadTooLarge(let maximum):
            return LocalizableMessage("The upload is larger than this server accepts ({size}).", ["size": ByteSize.text(maximum)])
        case .malformedForm:
            return LocalizableMessage("The form arrived incomplete or malformed.")
        case .notConfirmed:
            return LocalizableMessage("Nothing was done: the confirmation box was not ticked.")
        case .uploadNotStored(let reason):
            return LocalizableMessage("The server could not keep the uploaded file: {reason}", ["reason": reason])
        case .tooManyNewSessions:
            return LocalizableMessage("Too many new sessions were started from your address in a short time.")
        case .sessionsFull:
            return LocalizableMessage("The server has as many people signed in as it can hold.")
        case .bodyTimedOut:
            return LocalizableMessage("The form took too long to arrive.")
        case .uploadsBusy:
            return LocalizableMessage("The server is already receiving as many uploads as it allows.")
        case .uploadNeedsCloud:
            return LocalizableMessage("Files can be uploaded only after a cloud is added.")
        case .publicAddressRequired(let host):
            return LocalizableMessage(
                "Listening on {host} serves other machines, which needs the address people open in their browser.", ["host": host])
        case .hostedNeedsMultiUser:
            return LocalizableMessage("Sessions in a database (hosting: sessions) are for a server many people use, and this one listens on loopback only.")
        case .invalidPublicAddress(let address):
            return LocalizableMessage("The public address {address} is not an http:// or https:// address with a host.", ["address": address])
        case .singleSignOnNotOffered(let cloud):
            return LocalizableMessage("{cloud} does not offer single sign-on here.", ["cloud": cloud])
        case .singleSignOnNotStarted:
            return LocalizableMessage("This sign-in was not started from this browser, or took longer than 15 minutes.")
        case .singleSignOnCookieMissing:
            return LocalizableMessage("Your browser came back from your institution's sign-in without this site's cookie.")
        case .singleSignOnOtherUser(let cloud):
            return LocalizableMessage("Signing in again to {cloud} came back as a different person from the one signed in.", ["cloud": cloud])
        }
    }

    /// What to do about it.
    public var recovery: LocalizableMessage? {
        switch self {
        case .invalidCSRFToken:
            return LocalizableMessage("Go back, reload the page and send the form again.")
        case .notFound:
            return LocalizableMessage("Start again from the dashboard.")
        case .invalidForm:
            return LocalizableMessage("Fill in the field and send the form again.")
        case .numberOutOfRange:
            return LocalizableMessage("Correct the number and send the form again.")
        case .sessionKey:
            return LocalizableMessage("Check that the directory exists and only you can write to it, then restart.")
        case .unknownCloud:
            return LocalizableMessage("Add the cloud first, from the Clouds page.")
        case .onlyOfferedClouds:
            return LocalizableMessage("Choose one of them on the Clouds page, or ask the people who run this server to offer yours.")
        case .templatesMissing:
            return LocalizableMessage(
                "Install Exosphere with scripts/install, which puts them in share/exosphere/webui beside bin/, or run it from its source checkout with --dev.")
        case .template:
            return LocalizableMessage("Fix the template's Mustache syntax; the server reloads it on the next request.")
        case .invalidCloud:
            return LocalizableMessage("Check the pasted clouds.yaml or the form's fields and try again.")
        case .cannotListen:
            return LocalizableMessage("Choose another port with --port, or stop the program that uses it.")
        case .accessTokenRequired:
            return LocalizableMessage("Open the full address that exosphere serve printed, including ?token=.")
        case .uploadTooLarge:
            return LocalizableMessage("Choose a smaller file, or upload it with the exosphere image upload command.")
        case .malformedForm:
            return LocalizableMessage("Send the form again; if the connection dropped, check it first.")
        case .notConfirmed:
            return LocalizableMessage("Go back, tick the box if you are sure, and send the form again.")
        case .uploadNotStored:
            return LocalizableMessage("Ask the operator to check the server's temporary folder and free space.")
        case .tooManyNewSessions:
            return LocalizableMessage("Wait a minute and try again.")
        case .sessionsFull:
            return LocalizableMessage("Try again in a few minutes, or ask the operator to raise the limit.")
        case .bodyTimedOut:
            return LocalizableMessage("Check your connection and send the form again.")
        case .uploadsBusy:
            return LocalizableMessage("Wait for your other uploads to finish, then try again.")
        case .uploadNeedsCloud:
            return LocalizableMessage("Add a cloud on the Clouds page, then upload the file.")
        case .publicAddressRequired:
            return LocalizableMessage("Give it with --public-url https://exosphere.example.org (or ui: public_url in the settings file).")
        case .invalidPublicAddress:
            return LocalizableMessage("Give the address as https://host[:port], with no path.")
        case .hostedNeedsMultiUser:
            return LocalizableMessage("Serve on an address others reach (--bind 0.0.0.0 with --public-url), or remove hosting: sessions.")
        case .singleSignOnNotOffered:
            return LocalizableMessage("Sign in another way the Clouds page offers for it.")
        case .singleSignOnNotStarted:
            return LocalizableMessage("Start again from the Clouds page.")
        case .singleSignOnCookieMissing:
            return LocalizableMessage("Allow cookies for this site, then start again from the Clouds page.")
        case .singleSignOnOtherUser:
            return LocalizableMessage("To switch accounts, sign out first, then sign in as the other person.")
        }
    }
}
