import Testing
@testable import VigieCSV

@Suite("Writer")
struct WriterTests {
    @Test func defaultsBOMSemicolonCRLF() {
        let bytes = CSVWriter().encode([["Nom", "Note"], ["Dupont", "12,5"]])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "Nom;Note\r\nDupont;12,5\r\n")
    }

    @Test func options() {
        let writer = CSVWriter(delimiter: .comma, lineEnding: "\n", byteOrderMark: false)
        #expect(writer.encode([["a", "b;c", "d,e"]]) == Array("a,b;c,\"d,e\"\n".utf8))
        #expect(CSVWriter(delimiter: .tab).encodeRow(["a b", "c\td"]) == "a b\t\"c\td\"\r\n")
        #expect(CSVWriter().encode([]) == [0xEF, 0xBB, 0xBF])
    }

    @Test func quoting() {
        let writer = CSVWriter()
        #expect(writer.encodeRow(["plain", "with;semicolon", "with,comma"]) == "plain;\"with;semicolon\";with,comma\r\n")
        #expect(writer.encodeRow(["say \"hi\"", "\"", ""]) == "\"say \"\"hi\"\"\";\"\"\"\";\r\n")
        #expect(writer.encodeRow(["two\nlines", "cr\ronly", "crlf\r\nx"]) == "\"two\nlines\";\"cr\ronly\";\"crlf\r\nx\"\r\n")
        #expect(writer.encodeRow([" lead", "trail ", "in side", "\ttab"]) == "\" lead\";\"trail \";in side;'\ttab\r\n")
    }

    @Test(arguments: [
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
        ("+33 6 12", "'+33 6 12"),
        ("-cmd", "'-cmd"),
        ("@import", "'@import"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("\r\nx", "'\r\nx"),
        ("-", "'-"),
        ("+", "'+"),
        ("-3.5", "-3.5"),
        ("+2", "+2"),
        ("-0,25", "-0,25"),
        ("-12", "-12"),
        ("-1.2.3", "'-1.2.3"),
        ("-1.", "'-1."),
        ("-.5", "'-.5"),
        ("-1e5", "'-1e5"),
        ("-1,5,", "'-1,5,"),
        ("12", "12"),
        ("a=b", "a=b"),
        ("", ""),
        (" =x", " =x"),
    ])
    func neutralisation(cell: String, expected: String) {
        #expect(CSVWriter.neutralise(cell) == expected)
    }

    @Test func neutralisationInRowsAndSwitch() {
        #expect(CSVWriter().encodeRow(["=1+1", "-2", "@x"]) == "'=1+1;-2;'@x\r\n")
        #expect(CSVWriter().encodeRow(["\rx"]) == "\"'\rx\"\r\n")
        #expect(CSVWriter(neutraliseFormulas: false).encodeRow(["=1+1", "\tx"]) == "=1+1;\"\tx\"\r\n")
    }

    static let trickyRows: [[String]] = [
        ["Nom", "Commentaire", "Note"],
        ["O'Brien", "il a dit \"oui\"; puis \"non\"", "12,5"],
        ["  espaces  ", "ligne 1\nligne 2", "-3"],
        ["crlf", "a\r\nb", "c\rd"],
        ["unicode", "é€œ 日本 😀", "\u{A0}x"],
        ["", "", "x"],
        ["\"", "\"\"", ";,\t"],
        ["trailing tab\t", "\tleading tab", "=formula"],
    ]

    @Test(arguments: CSVDelimiter.allCases)
    func roundTrip(delimiter: CSVDelimiter) throws {
        let writer = CSVWriter(delimiter: delimiter, neutraliseFormulas: false)
        let document = try CSVParser.parse(writer.encode(Self.trickyRows))
        #expect(document.delimiter == delimiter)
        #expect(document.hadByteOrderMark)
        #expect(document.encoding == .utf8)
        #expect(document.table == Self.trickyRows)
        // The "crlf" row spans 3 physical lines (CRLF and CR inside quotes).
        #expect(document.lines == [1, 2, 3, 5, 8, 9, 10, 11])
    }

    @Test func roundTripWithNeutralisation() throws {
        let document = try CSVParser.parse(CSVWriter().encode([["a", "b"], ["=1", "-2"]]))
        #expect(document.records.first?.fields == ["'=1", "-2"])
    }
}
