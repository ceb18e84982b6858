import Foundation

extension MessageCatalogs {
    /// The bundled `locales/` folder: `EXOSPHERE_LOCALES` when set, else `share/exosphere/locales`
    /// next to the executable's `bin` folder (an installed layout), else the `locales/` folder of
    /// the source checkout the executable was built in (SwiftPM puts it a few folders below).
    /// `nil` when none exists.
    ///
    /// - Parameters:
    ///   - environment: The process environment.
    ///   - executablePath: The running executable's absolute path, symbolic links resolved.
    public static func bundledDirectory(environment: [String: String], executablePath: String) -> String? {
        if let named = environment["EXOSPHERE_LOCALES"], !named.isEmpty { return named }
        var folder = URL(fileURLWithPath: executablePath).deletingLastPathComponent()
        let installed = folder.deletingLastPathComponent().appendingPathComponent("share/exosphere/locales").path
        if FileManager.default.fileExists(atPath: installed) { return installed }
        // .build/<triple>/<configuration>/exosphere: the checkout is at most four levels up.
        for _ in 0..<5 {
            let candidate = folder.appendingPathComponent("locales")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("exosphere.pot").path) {
                return candidate.path
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
