import Localization

/// The pages of the simulated single sign-on: the identity provider's sign-in form, and Keystone's
/// answer that posts the token to the dashboard.
enum SimulatedSignInPage {
    /// The identity provider's form; it posts back to the address it was shown at.
    static func form(origin: String, error: String?) -> String {
        let message = error.map { #"<p class="error" role="alert">\#(HTMLEscaping.escape($0))</p>"# } ?? ""
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Simulated identity provider</title></head>
            <body>
            <h1>Simulated identity provider</h1>
            <p>This page stands in for your institution's sign-in. Use an account of the simulated cloud (the demo user).</p>
            \(message)
            <form method="post">
            <input type="hidden" name="origin" value="\(HTMLEscaping.escape(origin))">
            <label>User name <input name="username" id="username" autocomplete="username" required></label>
            <label>Password <input name="password" id="password" type="password" autocomplete="current-password" required></label>
            <button type="submit" id="sign-in">Sign in</button>
            </form>
            </body></html>
            """
    }

    /// Keystone's answer to a signed-in browser: a form that posts `token` to `origin` at once
    /// (with a button for a browser that runs no script).
    static func tokenPost(origin: String, token: String) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Keystone WebSSO redirect</title></head>
        <body>
        <form id="sso" name="sso" action="\(HTMLEscaping.escape(origin))" method="post">
        <input type="hidden" name="token" id="token" value="\(HTMLEscaping.escape(token))">
        <noscript><button type="submit">Continue</button></noscript>
        </form>
        <script>document.forms['sso'].submit();</script>
        </body></html>
        """
    }
}
