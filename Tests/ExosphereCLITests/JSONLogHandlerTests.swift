import Foundation
import Logging
import Synchronization
import Testing

@testable import ExosphereCLI

@Suite("JSON log lines")
struct JSONLogHandlerTests {
    @Test("one object per line with time, level, label, message and the metadata, hostile text escaped")
    func oneObjectPerLine() throws {
        let lines = Mutex<[String]>([])
        var logger = Logger(label: "exosphere.web") { label in
            JSONLogHandler(label: label) { line in lines.withLock { $0.append(line) } }
        }
        logger[metadataKey: "request_id"] = "abc-123"
        logger.info("signed in \"quoted\"\nsecond line", metadata: ["cloud": "sim", "ids": .array(["a", "b"])])
        logger.debug("not shown at info")
        let written = lines.withLock { $0 }
        #expect(written.count == 1)
        let line = try #require(written.first)
        #expect(line.hasSuffix("\n"))
        #expect(line.dropLast().contains("\n") == false)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["message"] as? String == "signed in \"quoted\"\nsecond line")
        #expect(object["level"] as? String == "info")
        #expect(object["label"] as? String == "exosphere.web")
        #expect(object["request_id"] as? String == "abc-123")
        #expect(object["cloud"] as? String == "sim")
        #expect(object["ids"] as? [String] == ["a", "b"])
        #expect((object["time"] as? String)?.hasPrefix("20") == true)
    }
}
