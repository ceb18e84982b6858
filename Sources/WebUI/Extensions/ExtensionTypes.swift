public import ExosphereCore

/// A card, page or action one extension contributes.
public struct ExtensionItem: Sendable, Hashable {
    /// The extension (plugin) id.
    public var plugin: String
    /// The item's id within its kind and plugin.
    public var id: String
    /// Its title or label, in the viewer's language.
    public var title: String

    /// Creates an item.
    public init(plugin: String, id: String, title: String) {
        self.plugin = plugin
        self.id = id
        self.title = title
    }
}

/// What a render or action may know about the request.
public struct ExtensionContext: Sendable, Hashable {
    /// The viewer's language (BCP 47), if chosen or negotiated.
    public var locale: String?
    /// Who is viewing, when the plugin may know (see ``ExtensionViewer``).
    public var viewer: ExtensionViewer?

    /// Creates a context.
    public init(locale: String?, viewer: ExtensionViewer? = nil) {
        self.locale = locale
        self.viewer = viewer
    }
}

/// Who is looking at a plugin's card or page: an anonymous id (stable for the browser session,
/// never its cookie) and the clouds and projects that session sees. Given to every plugin on a
/// single-user server and, on a multi-user one, only to plugins whose section says
/// `serves_visitors: true`.
public struct ExtensionViewer: Sendable, Hashable {
    /// One project the viewer sees.
    public struct Project: Sendable, Hashable {
        /// Its cloud's name.
        public var cloud: String
        /// Its id.
        public var id: String
        /// Its name.
        public var name: String

        /// Creates a project entry.
        public init(cloud: String, id: String, name: String) {
            self.cloud = cloud
            self.id = id
            self.name = name
        }
    }

    /// 16 hex digits derived from the session, the same on every page of one browser session.
    public var id: String
    /// The names of the clouds the viewer signed in to (or shares, on a single-user server).
    public var clouds: [String]
    /// The projects of those clouds the viewer sees.
    public var projects: [Project]

    /// Creates a viewer.
    public init(id: String, clouds: [String], projects: [Project]) {
        self.id = id
        self.clouds = clouds
        self.projects = projects
    }
}

/// The layout's share of the extensions: top-bar links and theme tokens.
public struct ExtensionChrome: Sendable, Hashable {
    /// Links added to the top bar.
    public var links: [ExtensionLink]
    /// Theme tokens: CSS custom property names without `--exo-`, to values. Two name the
    /// layout's own text and image: `brand-name` (the name in the top bar) and `logo-path` (a
    /// local path to the logo, such as `/plugins/skin-example/logo.svg`).
    public var themeTokens: [String: String]
    /// Languages (BCP 47 tags) extensions ship catalogs for, offered in Settings beside the site's.
    public var languages: [String]

    /// Creates chrome contributions.
    public init(links: [ExtensionLink] = [], themeTokens: [String: String] = [:], languages: [String] = []) {
        self.links = links
        self.themeTokens = themeTokens
        self.languages = languages
    }
}

/// A top-bar link.
public struct ExtensionLink: Sendable, Hashable {
    /// The label, in the viewer's language.
    public var title: String
    /// An http(s) URL or a path starting with `/`.
    public var url: String

    /// Creates a link.
    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}

/// What an instance action answered.
public struct ExtensionActionOutcome: Sendable, Hashable {
    /// A sentence for the person, such as the ticket filed; `nil` when the action said nothing.
    public var message: String?
    /// Whether the action reported a failure.
    public var isError: Bool

    /// Creates an outcome.
    public init(message: String?, isError: Bool) {
        self.message = message
        self.isError = isError
    }
}

/// One extension on the plugins page.
public struct ExtensionStatus: Sendable, Hashable {
    /// Where an extension is.
    public enum State: Sendable, Hashable {
        /// Enabled and answering.
        case running
        /// Enabled, but it did not load or was stopped; the reason.
        case failed(String)
        /// Found, not enabled.
        case disabled
    }

    /// Its id.
    public var id: String
    /// Its display name (the id when its manifest does not read).
    public var name: String
    /// Its version, when its manifest reads.
    public var version: String?
    /// One sentence on what it does.
    public var summary: String
    /// Which folder it came from (`bundled`, `system`, `user`).
    public var origin: String
    /// Its state.
    public var state: State
    /// What it may do, one line per kind, such as `http: https://support.example.edu`.
    public var capabilities: [String]

    /// Creates a status.
    public init(id: String, name: String, version: String?, summary: String, origin: String, state: State, capabilities: [String]) {
        self.id = id
        self.name = name
        self.version = version
        self.summary = summary
        self.origin = origin
        self.state = state
        self.capabilities = capabilities
    }
}

/// An extra cloud-init part for a launch.
public struct ExtensionCloudInitPart: Sendable, Hashable {
    /// The extension (plugin) id.
    public var plugin: String
    /// The part's id within the plugin.
    public var id: String
    /// Its MIME type, such as `text/x-shellscript`.
    public var contentType: String
    /// Its text.
    public var content: String

    /// Creates a part.
    public init(plugin: String, id: String, contentType: String, content: String) {
        self.plugin = plugin
        self.id = id
        self.contentType = contentType
        self.content = content
    }

    /// The part as a setup step of the launch (`plugin-<plugin>-<id>`), when it is a shell
    /// script; Exosphere writes its own cloud-config, so other types are not merged.
    public var setupPart: SetupPart? {
        guard contentType == "text/x-shellscript" else { return nil }
        let name = ("plugin-" + plugin + "-" + id).lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }
        return SetupPart(name: String(name), description: "Setup from plugin " + plugin, script: content)
    }
}
