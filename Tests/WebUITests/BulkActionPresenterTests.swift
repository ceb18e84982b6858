import ExosphereCore
import Localization
import Testing

@testable import WebUI

@Suite("Bulk action presenter")
struct BulkActionPresenterTests {
    @Test("each ticked key finds the listed instance of that cloud and id, and nothing else")
    func match() {
        let listed = InstanceFixtures.make(count: 4)
        let first = listed[0]
        let second = listed[1]
        let keys = [
            first.project.cloud + "/" + first.id, second.project.cloud + "/" + second.id,
            // The right id on the wrong cloud, and a key that names nothing.
            second.project.cloud + "/" + first.id, "nowhere/none",
        ]
        let found = BulkActionPresenter.match(keys, in: listed)
        #expect(found.map(\.key) == keys)
        #expect(found.map(\.instance?.id) == [first.id, second.id, nil, nil])
    }

    @Test("the titles count the instances and the outcomes")
    func titles() {
        let instances = InstanceFixtures.make(count: 3)
        let confirming = BulkActionPage(
            confirmingDeletionOf: instances.map { (key: $0.project.cloud + "/" + $0.id, instance: $0) }, returnURL: "/instances",
            localizer: ShoutingLocalizer())
        #expect(BulkActionPresenter.confirmationTitle(confirming).arguments["count"] == "3")
        let outcomes: [(key: String, instance: Instance?, outcome: BulkActionPage.Outcome)] = [
            (key: "a/1", instance: instances[0], outcome: .accepted), (key: "a/2", instance: nil, outcome: .missing),
            (key: "a/3", instance: instances[2], outcome: .failed("no")),
        ]
        let result = BulkActionPage(action: .stop, outcomes: outcomes, returnURL: "/instances", localizer: ShoutingLocalizer())
        let title = BulkActionPresenter.resultTitle(result)
        #expect(title.arguments["accepted"] == "1")
        #expect(title.arguments["other"] == "2")
        #expect(title.arguments["action"] == result.actionLabel)
    }
}
