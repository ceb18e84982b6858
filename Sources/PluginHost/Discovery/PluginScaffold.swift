import Foundation

/// The files `exosphere plugin new NAME` writes: a working plugin with a dashboard card and a test.
public enum PluginScaffold {
    /// Writes a new plugin folder `<parent>/<id>` and returns its path.
    ///
    /// - Throws: ``PluginError/invalidPluginName(name:)`` for a name that is not kebab-case,
    ///   ``PluginError/unwritableFile(path:reason:)`` when the folder exists or cannot be written.
    public static func create(id: String, in parent: String) throws(PluginError) -> String {
        guard PluginID.isValid(id) else { throw .invalidPluginName(name: id) }
        let folder = (parent as NSString).appendingPathComponent(id)
        guard !FileManager.default.fileExists(atPath: folder) else {
            throw .unwritableFile(path: folder, reason: "it already exists")
        }
        for (relative, text) in files(id: id) {
            let path = (folder as NSString).appendingPathComponent(relative)
            do {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try text.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                throw .unwritableFile(path: path, reason: error.localizedDescription)
            }
        }
        return folder
    }

    /// The template's files, relative path to contents.
    static func files(id: String) -> [(String, String)] {
        [
            ("plugin.yaml", """
                id: \(id)
                name: \(id)
                version: 0.1.0
                api: ">=1.0, <2.0"
                description: A dashboard card that greets the user.
                author: You
                capabilities:
                  ui: [dashboard_card]
                config:
                  greeting: { type: string, default: Hello, description: "The word the card starts with." }

                """),
            ("init.lua", """
                -- Runs once when the plugin loads: register things here, do no I/O.
                exo.ui.add_card{
                  id = "hello",
                  title = "Hello",
                  render = function(ctx)
                    local name = (ctx and ctx.user) or "researcher"
                    return {
                      { type = "heading", text = exo.config.get("greeting") .. ", " .. name },
                      { type = "text", text = "This card comes from the \(id) plugin." },
                    }
                  end,
                }

                """),
            ("tests/init_spec.lua", """
                describe("hello card", function()
                  it("greets the user by name", function()
                    local view = host.render_card("hello", { user = "Ada" })
                    expect(view[1].text).to_equal("Hello, Ada")
                  end)
                end)

                """),
            ("README.md", """
                # \(id)

                An Exosphere plugin. Run its tests with `exosphere plugin test .` and enable it with
                `exosphere plugin enable \(id)` once it is in a plugin folder (see plugin-sdk/README.md).

                """),
        ]
    }
}
