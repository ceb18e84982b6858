import CloudConfig
import Foundation
import Secrets

/// Turns what a person gives the "add a cloud" forms into cloud profiles: a pasted clouds.yaml,
/// read by the same loader as the CLI's, or the fields of the login form.
enum CloudImport {
    /// Part of the temporary file name a pasted clouds.yaml is read from.
    static let temporaryMarker = "exosphere-pasted-"
    /// Where clouds added in the browser say they come from.
    static let webSource = CloudSource.addedInBrowser
    /// Where clouds the operator offers (`hosting.clouds`) say they come from.
    static let offeredSource = CloudSource.file("hosting")

    /// Every cloud in a pasted clouds.yaml.
    ///
    /// The text is written to a private temporary file (0600) for `CloudConfigLoader`, which then
    /// sees only that file: no secure.yaml or environment of the server's user mixes in.
    ///
    /// - Parameter allowingServerFiles: Whether a cloud may name a file on the server (`cacert`);
    ///   never for a visitor in multi-user mode, whose text must not make the server read its files.
    static func profiles(fromYAML text: String, allowingServerFiles: Bool) throws -> [CloudProfile] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(temporaryMarker + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw WebUIError.invalidCloud(reason: error.localizedDescription)
        }
        let file = folder.appendingPathComponent("clouds.yaml")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw WebUIError.invalidCloud(reason: "the text could not be stored for reading")
        }
        let sources = CloudConfigSources(
            environment: ["OS_CLIENT_CONFIG_FILE": file.path], homeDirectory: folder.path, currentDirectory: folder.path,
            systemConfigDirectory: folder.path)
        do {
            let catalogue = try CloudConfigLoader(sources: sources).load()
            let profiles = try catalogue.cloudNames.map { name in
                var profile = try catalogue.profile(named: name)
                profile.source = webSource
                return profile
            }
            guard !profiles.isEmpty else { throw WebUIError.invalidCloud(reason: "it defines no cloud") }
            if !allowingServerFiles, let named = profiles.first(where: { $0.caCertificatePath != nil }) {
                throw WebUIError.invalidCloud(
                    reason: "cloud \(named.name) names a CA file (cacert), and this server reads no file a visitor names; "
                        + "ask the operator to install the CA, or use a cloud with a publicly trusted certificate")
            }
            return profiles
        } catch let error as WebUIError {
            throw error
        } catch {
            throw WebUIError.invalidCloud(reason: String(describing: error).replacingOccurrences(of: folder.path, with: "clouds.yaml"))
        }
    }

    /// The cloud the login form describes: a password login or an application credential.
    static func profile(fromLogin form: FormFields) throws -> CloudProfile {
        guard let name = form.trimmed("name"), name.count <= 64, name.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) })
        else { throw WebUIError.invalidForm(field: "name") }
        guard let urlText = form.trimmed("auth_url"), let url = URL(string: urlText), ["http", "https"].contains(url.scheme ?? ""),
            url.host != nil
        else { throw WebUIError.invalidForm(field: "auth_url") }
        let domain = DomainReference.name(form.trimmed("domain") ?? "Default")
        let method: OfferedCloud.SignIn = form["method"] == "application_credential" ? .applicationCredential : .password
        return CloudProfile(name: name, auth: try auth(method, form: form, domain: domain), authURL: url, regionName: form.trimmed("region"), source: webSource)
    }

    /// A sign-in to a cloud the operator offers: its address, region and interface are the
    /// operator's; the form gives only the credentials, by a method the cloud allows.
    static func profile(offered cloud: OfferedCloud, form: FormFields) throws -> CloudProfile {
        let asked = form["method"].flatMap(OfferedCloud.SignIn.init(rawValue:)) ?? cloud.signIn.first { $0 != .singleSignOn } ?? .password
        // Single sign-on has no form: it starts at /sso/start.
        guard cloud.signIn.contains(asked), asked != .singleSignOn else { throw WebUIError.invalidForm(field: "method") }
        let auth = try auth(asked, form: form, domain: DomainReference.name(cloud.domain))
        return CloudProfile(
            name: cloud.name, auth: auth, authURL: cloud.authURL, regionName: cloud.region, interface: cloud.interface,
            source: offeredSource)
    }

    /// The credentials of `method` from the form's fields.
    private static func auth(_ method: OfferedCloud.SignIn, form: FormFields, domain: DomainReference) throws -> CloudAuth {
        switch method {
        case .singleSignOn:
            throw WebUIError.invalidForm(field: "method")
        case .applicationCredential:
            guard let id = form.trimmed("credential_id") else { throw WebUIError.invalidForm(field: "credential_id") }
            guard let secret = form["credential_secret"], !secret.isEmpty else { throw WebUIError.invalidForm(field: "credential_secret") }
            return .applicationCredential(ApplicationCredentialAuth(credential: .id(id), secret: Secret(secret)))
        case .password:
            guard let user = form.trimmed("username") else { throw WebUIError.invalidForm(field: "username") }
            guard let password = form["password"], !password.isEmpty else { throw WebUIError.invalidForm(field: "password") }
            let project = form.trimmed("project").map { ProjectReference.name($0, domain: domain) }
            return .password(PasswordAuth(user: .name(user, domain: domain), password: Secret(password), project: project))
        }
    }
}
