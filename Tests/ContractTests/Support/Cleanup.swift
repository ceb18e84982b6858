import Testing

/// Undo steps for what a test created, run newest first when the test ends, whether it passed,
/// failed an expectation or threw.
actor Cleanup {
    private var steps: [(label: String, action: @Sendable () async throws -> Void)] = []

    /// Registers `action`, which undoes what was just created; `label` names it in failure reports.
    func add(_ label: String, _ action: @escaping @Sendable () async throws -> Void) {
        steps.append((label, action))
    }

    /// Runs every step, newest first; a step that fails is recorded as an issue (a leaked
    /// resource) and the others still run.
    func runAll() async {
        while let step = steps.popLast() {
            do {
                try await step.action()
            } catch {
                Issue.record("cleanup of \(step.label) failed; the resource may have leaked: \(error)")
            }
        }
    }
}

/// Runs `body` with a ``Cleanup`` whose steps run afterwards even when `body` throws.
func withCleanup<Result>(_ body: (Cleanup) async throws -> Result) async throws -> Result {
    let cleanup = Cleanup()
    let result: Result
    do {
        result = try await body(cleanup)
    } catch {
        await cleanup.runAll()
        throw error
    }
    await cleanup.runAll()
    return result
}
