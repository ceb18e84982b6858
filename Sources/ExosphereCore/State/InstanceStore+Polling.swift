import CloudConfig
import Foundation
import Localization
import Logging
import Metrics
import OpenStackAPI

extension InstanceStore {
    /// Lists the projects every session reaches and starts polling each; returns once polling has
    /// started (the first listings arrive as events). Calling it again does nothing.
    public func start() async {
        guard pollers.isEmpty else { return }
        let listing = await sessions.listProjects()
        for failure in listing.failures {
            logger.info("Cannot watch a cloud", metadata: ["cloud": "\(failure.cloud)", "error": "\(failure.error)"])
        }
        setProjects(listing)
        for project in listing.items {
            guard let session = sessions.sessions.first(where: { $0.profile.name == project.cloud }) else { continue }
            pollers.append(Task { await self.poll(project, session: session) })
        }
    }

    /// Stops polling and ends every subscriber's stream.
    public func stop() {
        for poller in pollers { poller.cancel() }
        pollers = []
        finishSubscribers()
    }

    private func poll(_ project: ProjectSummary, session: CloudSession) async {
        let key = ProjectKey(project)
        var failures = 0
        var lastFullListing: ContinuousClock.Instant?
        let timing = PollTiming(session.profile)
        while !Task.isCancelled {
            let started = ContinuousClock.now
            do {
                let compute = try await session.computeClient(for: project)
                let since = watermarks[key]
                if let since, let last = lastFullListing, last.duration(to: .now) < policy.resyncInterval {
                    let changes = try await compute.serverSummaries(ServerListQuery(changesSince: since)).all()
                    applyChanges(changes, in: project)
                } else {
                    let servers = try await compute.serverSummaries().all()
                    applyFullListing(servers, in: project)
                    if lastFullListing == nil { publish(.projectSynced(project)) }
                    lastFullListing = .now
                }
                failures = 0
                timing.succeeded.record(duration: ContinuousClock.now - started)
            } catch {
                if Task.isCancelled { return }
                timing.failed.record(duration: ContinuousClock.now - started)
                failures += 1
                let message = ErrorWords.describe(error, logger: logger)
                logger.debug("Refresh failed", metadata: ["project": "\(project.name)", "error": "\(message)"])
                publish(.refreshFailed(project, message: message))
            }
            let delay = policy.delay(
                inTransition: hasTransition(project), consecutiveFailures: failures, random: Double.random(in: 0...1))
            dueAt[key] = ContinuousClock.now + delay
            await sleepUntilDue(key)
        }
    }

    /// Sleeps in short ticks so that ``expedite(_:)`` (which moves the due time to now) takes
    /// effect within a quarter of the fast interval.
    private func sleepUntilDue(_ key: ProjectKey) async {
        let tick = policy.fastInterval / 4
        while !Task.isCancelled, let due = dueAt[key] {
            let remaining = ContinuousClock.now.duration(to: due)
            guard remaining > .zero else { return }
            try? await Task.sleep(for: min(remaining, tick))
        }
    }
}

/// How long each poll of a project's instances takes, by cloud and outcome
/// (`exosphere_poll_duration_seconds`, a histogram whose count is the polls made). A cloud a
/// visitor added is labelled `visitor`: its name is the visitor's, and labels must stay few.
struct PollTiming {
    let succeeded: Metrics.Timer
    let failed: Metrics.Timer

    init(_ profile: CloudProfile) {
        let cloud = profile.source == .addedInBrowser ? "visitor" : profile.name
        succeeded = Metrics.Timer(label: "exosphere_poll_duration_seconds", dimensions: [("cloud", cloud), ("outcome", "ok")])
        failed = Metrics.Timer(label: "exosphere_poll_duration_seconds", dimensions: [("cloud", cloud), ("outcome", "failed")])
    }
}
