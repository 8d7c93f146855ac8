import Testing
@testable import VigieCSV

@Suite("Physical line numbers")
struct LineNumberTests {
    @Test func afterMultilineFieldsBlankLinesAndDelimiterOnlyRows() throws {
        let document = try Fixture.document("lines_multiline_blank.csv")
        #expect(document.header == CSVRecord(line: 1, fields: ["h1", "h2", "h3"]))
        #expect(document.records == [
            CSVRecord(line: 2, fields: ["r1", "multi\r\nline", "x"]),
            CSVRecord(line: 7, fields: ["r2", "a\nb\nc", "y"]),
            CSVRecord(line: 10, fields: ["r3", "z", "w"]),
        ])
    }

    @Test func crOnlyFile() throws {
        let document = try Fixture.document("lines_cr_only.csv")
        #expect(document.records == [
            CSVRecord(line: 3, fields: ["a\rb"]),
            CSVRecord(line: 5, fields: ["c"]),
        ])
        #expect(document.header?.line == 1)
    }

    @Test func blankRowsBeforeTheHeader() throws {
        let document = try Fixture.document("lines_leading_blank_rows.csv")
        #expect(document.delimiter == .semicolon)
        #expect(document.header == CSVRecord(line: 4, fields: ["h1", "h2", "h3"]))
        #expect(document.records == [CSVRecord(line: 5, fields: ["1", "2", "3"])])
    }

    @Test func mixedLineEndings() throws {
        let document = try Fixture.document("lines_mixed_endings.csv")
        #expect(document.table == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
        #expect(document.lines == [1, 2, 3, 5])
    }

    @Test func leadingSpacesDoNotChangeTheStartLine() throws {
        let document = try parse("h\n\n   \"x\ny\"\n  z\n")
        #expect(document.records == [CSVRecord(line: 3, fields: ["x\ny"]), CSVRecord(line: 5, fields: ["z"])])
    }

    @Test func blankRowsWithUnicodeSpacesAreSkipped() throws {
        let document = try parse("h;i\n\u{A0};\u{3000}\nx;\u{A0}\n")
        #expect(document.records == [CSVRecord(line: 3, fields: ["x", "\u{A0}"])])
    }
}
