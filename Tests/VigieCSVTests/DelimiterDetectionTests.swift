import Testing
@testable import VigieCSV

@Suite("Delimiter detection")
struct DelimiterDetectionTests {
    @Test(arguments: [
        ("a;b;c\n1,2,3,4,5\n", CSVDelimiter.semicolon),  // only the header counts
        ("a,b,c\n", .comma),
        ("a\tb\tc\n", .tab),
        ("a;b,c\n", .semicolon),  // tie ; vs ,
        ("a\tb;c\n", .semicolon),  // tie ; vs TAB
        ("a\tb,c\n", .tab),  // tie TAB vs ,
        ("a;b\tc,d\n", .semicolon),  // three-way tie
        ("single\n", .semicolon),  // no delimiter at all
        ("a,b,c;d\n", .comma),
        ("a\tb\tc,d;e\n", .tab),
        ("\"a;b;c\",d,e\n", .comma),  // quoted delimiters are not counted
        ("\"x \"\";\"\" y\",z\n", .comma),  // escaped quotes inside quotes
        ("\n\r\n  \n;;;\nname,first\n", .comma),  // empty records before the header are skipped
        ("\u{FEFF}a,b\n", .comma),
        ("a,b", .comma),  // header without line end
        ("", .semicolon),
    ])
    func detect(text: String, expected: CSVDelimiter) throws {
        #expect(CSVDelimiter.detect(Array(text.utf8)) == expected)
        #expect(try parse(text).delimiter == expected)
    }

    @Test func fixtures() throws {
        #expect(try Fixture.document("detect_quoted_header.csv").delimiter == .comma)
        #expect(try Fixture.document("detect_quoted_header.csv").table == [["a;b", "c;d;e", "f"], ["1", "2", "3"]])
        #expect(try Fixture.document("detect_tie_semicolon_comma.csv").delimiter == .semicolon)
        #expect(try Fixture.document("detect_tie_tab_comma.csv").delimiter == .tab)
        #expect(try Fixture.document("detect_no_delimiter.csv").delimiter == .semicolon)
        #expect(try Fixture.document("detect_no_delimiter.csv").table == [["single"], ["value"]])
    }

    @Test func headerSplitAcrossChunksIsDetected() throws {
        let bytes = Array("\"a,b\";c;d\n1;2;3\n".utf8)
        for size in 1...bytes.count {
            let document = try parseChunked(bytes, chunkSize: size).get()
            #expect(document.delimiter == .semicolon)
            #expect(document.header?.fields == ["a,b", "c", "d"])
        }
    }

    @Test func characterOfEachDelimiter() {
        #expect(CSVDelimiter.semicolon.character == ";")
        #expect(CSVDelimiter.comma.character == ",")
        #expect(CSVDelimiter.tab.character == "\t")
    }
}
