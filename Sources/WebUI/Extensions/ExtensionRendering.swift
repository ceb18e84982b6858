import Localization
import PluginModel
import Synchronization

/// One card or page as the templates show it: its title and either its HTML or a notice saying
/// why it could not be shown.
struct RenderedExtension: Sendable {
    var plugin: String
    var id: String
    var title: String
    /// The escaped HTML of its view model (see ``ViewNodeHTML``).
    var html: String?
    /// Why it is not shown, when its extension failed or ran out of time.
    var notice: String?
}

/// Renders extension cards concurrently, each within a time budget, so one slow or failing
/// extension costs the page at most the budget and shows as a notice, never as an error page.
enum ExtensionRendering {
    /// Renders `items` in order through `render`; each gets at most `budget`.
    static func render(
        _ items: [ExtensionItem], budget: Duration, localizer: any MessageLocalizer,
        _ render: @escaping @Sendable (ExtensionItem) async throws -> ViewNode
    ) async -> [RenderedExtension] {
        await withTaskGroup(of: (Int, RenderedExtension).self) { group in
            for (index, item) in items.enumerated() {
                group.addTask {
                    let outcome = await withinBudget(budget) { try await render(item) }
                    return (index, rendered(item, outcome, budget: budget, localizer: localizer))
                }
            }
            var results: [(Int, RenderedExtension)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// The card for one outcome: its HTML, or the plain notice.
    static func rendered(
        _ item: ExtensionItem, _ outcome: Result<ViewNode, any Error>?, budget: Duration, localizer: any MessageLocalizer
    ) -> RenderedExtension {
        var card = RenderedExtension(plugin: item.plugin, id: item.id, title: item.title)
        switch outcome {
        case .success(let node)?:
            card.html = ViewNodeHTML.render(node)
        case .failure(let error)?:
            card.notice = localizer.text(LocalizableMessage("This card could not be shown: {reason}", ["reason": WebApp.describe(error, localizer: localizer)]))
        case nil:
            let milliseconds = budget.components.seconds * 1000 + budget.components.attoseconds / 1_000_000_000_000_000
            let reason = LocalizableMessage("it took longer than {milliseconds} ms.", ["milliseconds": String(milliseconds)])
            card.notice = localizer.text(LocalizableMessage("This card could not be shown: {reason}", ["reason": localizer.text(reason)]))
        }
        return card
    }

    /// The result of `work`, or `nil` when it did not finish within `budget`; the work is left to
    /// finish on its own (a plugin call cannot be interrupted midway, its own limits stop it).
    static func withinBudget<Value: Sendable>(
        _ budget: Duration, _ work: @escaping @Sendable () async throws -> Value
    ) async -> Result<Value, any Error>? {
        let race = Race<Result<Value, any Error>?>()
        return await withCheckedContinuation { continuation in
            race.arm(continuation)
            let timer = Task {
                guard (try? await Task.sleep(for: budget)) != nil else { return }
                race.finish(nil)
            }
            Task {
                let result: Result<Value, any Error>
                do { result = .success(try await work()) } catch { result = .failure(error) }
                race.finish(result)
                timer.cancel()
            }
        }
    }
}

/// A continuation resumed by whichever side finishes first.
private final class Race<Value: Sendable>: Sendable {
    private let continuation = Mutex<CheckedContinuation<Value, Never>?>(nil)

    func arm(_ continuation: CheckedContinuation<Value, Never>) {
        self.continuation.withLock { $0 = continuation }
    }

    func finish(_ value: Value) {
        let waiting = continuation.withLock { current in
            defer { current = nil }
            return current
        }
        waiting?.resume(returning: value)
    }
}
