import Localization

/// Turns what a plugin's instance action did into the notice the instance page shows next.
enum ExtensionActionPresenter {
    /// "Action: result": the plugin's own sentence, else that it was done or failed.
    static func notice(_ action: ExtensionItem, outcome: ExtensionActionOutcome, localizer: any MessageLocalizer) -> String {
        let result = outcome.message ?? localizer.text(outcome.isError ? LocalizableMessage("it failed.") : LocalizableMessage("done."))
        return localizer.text(LocalizableMessage("{action}: {result}", ["action": action.title, "result": result]))
    }

    /// "Action failed: reason", for an action that threw.
    static func notice(_ action: ExtensionItem, failure: any Error, localizer: any MessageLocalizer) -> String {
        localizer.text(LocalizableMessage("{action} failed: {reason}", ["action": action.title, "reason": localizer.describe(failure)]))
    }
}
