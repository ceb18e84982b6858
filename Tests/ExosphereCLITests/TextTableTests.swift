import Testing

@testable import ExosphereCLI

struct TextTableTests {
    @Test("columns are as wide as their widest cell, two spaces apart, with a rule under the header")
    func alignsColumns() {
        let table = TextTable(headers: ["NAME", "STATUS"], rows: [["web-1", "ACTIVE"], ["a-much-longer-name", "SHUTOFF"]])
        #expect(
            table.rendered() == """
                NAME                STATUS
                ------------------  -------
                web-1               ACTIVE
                a-much-longer-name  SHUTOFF

                """)
    }

    @Test("no rows print nothing, and a short row prints empty cells")
    func edgeCases() {
        #expect(TextTable(headers: ["A"], rows: []).rendered() == "")
        #expect(TextTable(headers: ["A", "B"], rows: [["x"]]).rendered() == "A  B\n-  -\nx  \n")
    }
}
