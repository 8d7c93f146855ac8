import Testing
@testable import VigieCSV

@Suite("Encodings")
struct EncodingTests {
    @Test func windows1252File() throws {
        let document = try Fixture.document("cp1252.csv")
        #expect(document.encoding == .windows1252)
        #expect(!document.hadByteOrderMark)
        #expect(document.records == [
            CSVRecord(line: 2, fields: ["Renée", "Besançon", "élève à l'école, über 5€ œuvre"]),
            CSVRecord(line: 3, fields: ["Škoda", "‘q’", "“dq” – …"]),
        ])
    }

    @Test func windows1252UndefinedBytesMapToC1Controls() throws {
        let document = try Fixture.document("cp1252_undefined_bytes.csv")
        #expect(document.encoding == .windows1252)
        #expect(document.records.first?.fields == ["\u{81}", "\u{9D}€"])
    }

    @Test func windows1252TableMatchesReference() {
        #expect(Windows1252.decode([0x80, 0x8C, 0x9C, 0x8A, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x85, 0x9F])
            == "€Œœŝ‘’“”–—…Ÿ".replacingOccurrences(of: "ŝ", with: "Š"))
        #expect(Windows1252.decode([0xE9, 0xE8, 0xE0, 0xFC, 0xA0, 0x41]) == "éèàü\u{A0}A")
        #expect(Windows1252.decode([0x81, 0x8D, 0x8F, 0x90, 0x9D]) == "\u{81}\u{8D}\u{8F}\u{90}\u{9D}")
        #expect(Windows1252.decode([]) == "")
    }

    @Test func utf8WithoutBOM() throws {
        let document = try Fixture.document("utf8_no_bom.csv")
        #expect(document.encoding == .utf8)
        #expect(!document.hadByteOrderMark)
        #expect(document.table == [["clé", "valeur"], ["œ", "€ 日本"]])
    }

    @Test func oneInvalidByteMakesTheWholeFileWindows1252() throws {
        // Valid UTF-8 "é" in the header, one lone 0xE9 (cp1252 "é") at the very end.
        let bytes: [UInt8] = Array("clé;v\n".utf8) + [0x61, 0x3B, 0xE9, 0x0A]
        let document = try CSVParser.parse(bytes)
        #expect(document.encoding == .windows1252)
        #expect(document.table == [["clÃ©", "v"], ["a", "é"]])
    }

    @Test func truncatedUTF8SequenceAtEndIsWindows1252() throws {
        let document = try CSVParser.parse(Array("a;b\nx;".utf8) + [0xC3])
        #expect(document.encoding == .windows1252)
        #expect(document.records.first?.fields == ["x", "Ã"])
    }

    @Test func bomWithInvalidUTF8IsDroppedAndFileIsWindows1252() throws {
        let document = try CSVParser.parse([0xEF, 0xBB, 0xBF] + Array("a;b\n".utf8) + [0x80, 0x3B, 0x9C, 0x0A])
        #expect(document.hadByteOrderMark)
        #expect(document.encoding == .windows1252)
        #expect(document.table == [["a", "b"], ["€", "œ"]])
    }

    @Test(arguments: [
        [0xC0, 0x80],  // overlong
        [0xE0, 0x80, 0x80],  // overlong
        [0xED, 0xA0, 0x80],  // surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xF5, 0x80, 0x80, 0x80],
        [0x80],  // lone continuation
    ] as [[UInt8]])
    func utf8ValidatorRejects(sequence: [UInt8]) {
        var validator = UTF8Validator()
        sequence.withUnsafeBytes { validator.consume($0) }
        validator.finish()
        #expect(!validator.isValid)
    }

    @Test func utf8ValidatorAcceptsSequencesSplitAcrossChunks() {
        let bytes = Array("aé€😀 日本 abcdefghijklmnop 𐍈".utf8)
        var validator = UTF8Validator()
        for byte in bytes { [byte].withUnsafeBytes { validator.consume($0) } }
        validator.finish()
        #expect(validator.isValid)
    }
}
