import Testing
@testable import VigieCSV

@Suite("Dialects")
struct DialectTests {
    @Test func semicolonWithBOMAndCRLF() throws {
        let document = try Fixture.document("semicolon_bom_crlf.csv")
        #expect(document.delimiter == .semicolon)
        #expect(document.encoding == .utf8)
        #expect(document.hadByteOrderMark)
        #expect(document.header == CSVRecord(line: 1, fields: ["Nom", "Prénom", "Note"]))
        #expect(document.records == [
            CSVRecord(line: 2, fields: ["Dupont", "Éric", "12,5"]),
            CSVRecord(line: 3, fields: ["Martin", "Anne; Marie", "15"]),
            CSVRecord(line: 4, fields: ["Say \"hi\"", "two\r\nlines", "lf\nonly"]),
        ])
    }

    @Test func commaWithLF() throws {
        let document = try Fixture.document("comma_lf.csv")
        #expect(document.delimiter == .comma)
        #expect(!document.hadByteOrderMark)
        #expect(document.table == [
            ["name", "comment", "score"],
            ["alice", "said \"hi\", twice", "3"],
            ["bob", "line one\nline two", "4"],
            ["carol", "", "5"],
        ])
        #expect(document.lines == [1, 2, 3, 5])
    }

    @Test func tabWithCROnly() throws {
        let document = try Fixture.document("tab_cr.csv")
        #expect(document.delimiter == .tab)
        #expect(document.table == [["a", "b", "c"], ["1", " x, y; z ", "3"], ["4", "", "6"]])
        #expect(document.lines == [1, 2, 3])
    }

    @Test func tabWithBOMTrimsSpacesButNotTabs() throws {
        let document = try Fixture.document("tab_bom_lf_spaces.csv")
        #expect(document.delimiter == .tab)
        #expect(document.hadByteOrderMark)
        #expect(document.table == [["col 1", "col2", "col3"], ["a", "", "b c"]])
    }

    @Test func commaWithBOMAndNoFinalNewline() throws {
        let document = try Fixture.document("comma_crlf_bom_no_final_newline.csv")
        #expect(document.delimiter == .comma)
        #expect(document.hadByteOrderMark)
        #expect(document.table == [["x", "y"], ["1", "quoted\r\nbreak"], ["2", "last"]])
        #expect(document.lines == [1, 2, 4])
    }

    @Test func spacesAroundFieldsAndQuotesAreTrimmed() throws {
        let document = try parse("a ; b \n \"q\" ; r\n\" s \";t")
        #expect(document.table == [["a", "b"], ["q", "r"], [" s ", "t"]])
    }

    @Test func strayQuotesInUnquotedFieldsAreKept() throws {
        let document = try Fixture.document("stray_quote.csv")
        #expect(document.table == [["a", "b"], ["x\"y", "z"], ["5\" screen", "ok"]])
    }

    @Test func emptyAndBlankFilesHaveNoHeader() throws {
        for name in ["empty.csv", "blank_only.csv", "bom_only.csv"] {
            let document = try Fixture.document(name)
            #expect(document.header == nil, "\(name)")
            #expect(document.records.isEmpty, "\(name)")
            #expect(document.delimiter == .semicolon, "\(name)")
            #expect(document.encoding == .utf8, "\(name)")
        }
        #expect(try Fixture.document("bom_only.csv").hadByteOrderMark)
        #expect(try !Fixture.document("empty.csv").hadByteOrderMark)
    }

    @Test func nulByteAndInnerBOMAreKeptAsText() throws {
        let document = try Fixture.document("nul_and_inner_bom.csv")
        #expect(document.encoding == .utf8)
        #expect(!document.hadByteOrderMark)
        #expect(document.records == [CSVRecord(line: 2, fields: ["\u{0}x", "\u{FEFF}y"])])
    }

    @Test func largeFileParsesEveryRow() throws {
        let document = try Fixture.document("large_mixed.csv")
        #expect(document.header?.fields == ["id", "texte", "note"])
        // Rows i % 11 == 0 (and not i % 7 == 0) are delimiter-only and skipped.
        let skipped = (0..<3500).filter { $0 % 7 != 0 && $0 % 11 == 0 }.count
        #expect(document.records.count == 3500 - skipped)
        let row14 = try #require(document.records.first { $0.fields.first == "14" })
        #expect(row14.fields == ["14", "ligne\r\nsuite 14", "14"])
        // Line of row i: 2 + i + (number of multi-line rows before i).
        #expect(row14.line == 2 + 14 + 2)
        let row26 = try #require(document.records.first { $0.fields.first == "26" })
        #expect(row26.fields == ["26", "dit \"oui\"; non", "é26"])
        #expect(row26.line == 2 + 26 + 4)
    }
}
