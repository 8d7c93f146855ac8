import Testing
import VigieCSV
import VigieTestSupport

/// The inline sheets of the tests (`CSVSheet`) are files the reader takes as written.
struct InlineSheetTests {
    @Test func anInlineSheetReadsBackFieldForField() throws {
        let sheet = CSVSheet("unit", "criterion", "answer", "comment")
            .row("U1", "C1", "oui", "a; b")
            .row("U1", "C2", "non", "dit \"non\"\nsur deux lignes")
            .row("U2", "C1")
        let document = try parse(sheet.text)
        #expect(document.delimiter == .semicolon)
        #expect(
            document.table == [
                ["unit", "criterion", "answer", "comment"], ["U1", "C1", "oui", "a; b"],
                ["U1", "C2", "non", "dit \"non\"\nsur deux lignes"], ["U2", "C1"],
            ])
        // The quoted line break is a line of the file: the third record starts on line 5.
        #expect(document.lines == [1, 2, 3, 5])
    }

    @Test func anInlineSheetTakesTheOtherDialects() throws {
        let sheet = CSVSheet("a", "b", delimiter: "\t", lineEnd: "\r\n").row("1,5", "x;y")
        #expect(sheet.text == "a\tb\r\n1,5\tx;y\r\n")
        #expect(try parse(sheet.text).table == [["a", "b"], ["1,5", "x;y"]])
    }
}
