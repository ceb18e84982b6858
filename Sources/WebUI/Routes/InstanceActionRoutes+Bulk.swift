import ExosphereCore
import Hummingbird
import Localization

extension InstanceActionRoutes {
    /// `POST /instances/bulk`: one action on the instances ticked in the list. Each is checked
    /// against the action matrix and run through the core like a single action; a delete shows a
    /// confirmation page first. The answer is a page of per-instance outcomes.
    func addBulkActionRoutes(to routes: RouteCollection<WebRequestContext>) {
        routes.post("/instances/bulk") { request, context -> Response in
            let form = context.form
            guard let action = BulkActionPage.action(named: form["bulk_action"]) else {
                throw WebUIError.invalidForm(field: "bulk_action")
            }
            let keys = Array(Set(form.all("instance")).sorted())
            guard !keys.isEmpty, keys.count <= BulkActionPage.maximumSelection, keys.allSatisfy({ BulkActionPage.split($0) != nil }) else {
                throw WebUIError.invalidForm(field: "instance")
            }
            let workspace = try context.workspace()
            let found = BulkActionPresenter.match(keys, in: await workspace.instances().items)
            let localizer = pages.localizer(for: request, session: context.session)
            let returnURL = BulkActionPage.returnURL(form["return"])
            if action == .delete && form["confirm"] != "yes" {
                let page = BulkActionPage(
                    confirmingDeletionOf: found.compactMap { key, instance in instance.map { (key: key, instance: $0) } }, returnURL: returnURL,
                    localizer: localizer)
                return try pages.page(
                    "instances-bulk-confirm", title: BulkActionPresenter.confirmationTitle(page), section: .instances, page: page,
                    request: request, context: context)
            }
            let outcomes = await Self.run(action, on: found, workspace: workspace, localizer: localizer)
            for project in Set(found.compactMap(\.instance?.project)) {
                await workspace.expedite(project)
            }
            let page = BulkActionPage(action: action, outcomes: outcomes, returnURL: returnURL, localizer: localizer)
            return try pages.page(
                "instances-bulk-result", title: BulkActionPresenter.resultTitle(page), section: .instances, page: page, request: request,
                context: context)
        }
    }

    /// Runs `action` on every found instance at once; the outcomes in the order given.
    static func run(
        _ action: InstanceAction, on instances: [(key: String, instance: Instance?)], workspace: CloudWorkspace,
        localizer: any MessageLocalizer, matrix: ActionMatrix = ActionMatrix()
    ) async -> [(key: String, instance: Instance?, outcome: BulkActionPage.Outcome)] {
        await withTaskGroup(of: (Int, BulkActionPage.Outcome).self) { group in
            for (index, entry) in instances.enumerated() {
                group.addTask {
                    guard let instance = entry.instance, let session = workspace.sessions.session(named: instance.project.cloud) else {
                        return (index, .missing)
                    }
                    // The list's state first: a refusal it already shows costs no call to the cloud.
                    if let refusal = matrix.refusal(for: action, in: InstanceState(instance)) { return (index, .refused(refusal)) }
                    do {
                        _ = try await session.instances.perform(action, on: instance, matrix: matrix)
                        return (index, .accepted)
                    } catch CoreError.action(.refused(_, instance: _, let refusal)) {
                        return (index, .refused(refusal))
                    } catch {
                        return (index, .failed(localizer.describe(error)))
                    }
                }
            }
            var outcomes = [BulkActionPage.Outcome?](repeating: nil, count: instances.count)
            for await (index, outcome) in group {
                outcomes[index] = outcome
            }
            return instances.enumerated().map { index, entry in (key: entry.key, instance: entry.instance, outcome: outcomes[index] ?? .missing) }
        }
    }
}
