import Foundation
import Localization
import Logging
import OpenStackAPI
import Testing

@testable import ExosphereCore

/// Errors shown as text (a watch line, a failed launch step) never show a library's description.
struct ErrorWordsTests {
    @Test("an error that cannot explain itself reads as a sentence, not as its type", arguments: [
        CocoaError(.fileNoSuchFile) as any Error, DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "x")),
    ])
    func unexplained(error: any Error) {
        for text in [ErrorWords.describe(error, logger: Logger(label: "tests")), LaunchExecutor.reason(error)] {
            #expect(!text.contains("Error") && !text.contains("Domain") && !text.contains("dataCorrupted"), "\(text)")
            #expect(text.contains("unexpected error"), "\(text)")
        }
    }

    @Test("a user-facing error keeps its own words")
    func explained() {
        let error = OpenStackError.paginationLoop(service: .compute, path: "/servers/detail", marker: "m")
        #expect(ErrorWords.describe(error, logger: Logger(label: "tests")) == error.description)
        #expect(LaunchExecutor.reason(error) == error.message.sourceText)
    }
}
