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

    @Test("cells from a cloud are escaped, and columns are as wide as the escaped text")
    func escapesCells() {
        let table = TextTable(headers: ["NAME", "ID"], rows: [["x\u{1B}[2J", "1"], ["\u{202E}ab", "2"]])
        #expect(
            table.rendered() == """
                NAME        ID
                ----------  --
                x\\x1b[2J    1
                \\u{202e}ab  2

                """)
    }
}
