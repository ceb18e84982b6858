import Foundation
import Localization
import Logging

/// The language the CLI writes its messages in: the one `LANGUAGE`, `LC_ALL`, `LC_MESSAGES` or
/// `LANG` asks for, from the bundled catalogues (or `EXOSPHERE_LOCALES`), else English.
enum MessageLanguage {
    static let localizer: any MessageLocalizer = {
        let environment = ProcessInfo.processInfo.environment
        let preference = LanguagePreference.fromEnvironment(environment)
        let executable = Bundle.main.executableURL?.resolvingSymlinksInPath().path ?? ""
        guard !preference.tags.isEmpty,
            let directory = MessageCatalogs.bundledDirectory(environment: environment, executablePath: executable)
        else { return SourceLanguageLocalizer() }
        let catalogs = MessageCatalogs(directories: [directory], logger: Logger(label: "exosphere.localization"))
        return catalogs.localizer(for: preference)
    }()
}
