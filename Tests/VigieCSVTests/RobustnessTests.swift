import Foundation
import Testing
@testable import VigieCSV
import VigieSource
import VigieTestSupport

/// The reader on broken and extreme inputs: the broken corpus of the end-to-end tests, the fuzz corpus
/// (seeds and every regression found by fuzzing), and large generated inputs. Whole and chunked parsing agree,
/// and nothing traps.
@Suite("Robustness: the reader on broken input")
struct ReaderRobustnessTests {
    static let packageRoot = VigieTestSupport.packageRoot

    /// Tests/vigieTests/Fixtures/broken/* and Tests/FuzzCorpus/{seeds,regressions}/*.
    static func corpus() -> [String] {
        ["Tests/vigieTests/Fixtures/broken", "Tests/FuzzCorpus/seeds", "Tests/FuzzCorpus/regressions"].flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent(folder).path)) ?? [])
                .filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
        }
    }

    @Test func corpusIsThere() {
        #expect(Self.corpus().count >= 40)
    }

    @Test(arguments: corpus())
    func chunkedEqualsWhole(_ relative: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.packageRoot.appendingPathComponent(relative)))
        let whole = parseWhole(bytes)
        for chunkSize in [1, 2, 5, 64 * 1024] {
            #expect(parseChunked(bytes, chunkSize: chunkSize) == whole, "\(relative), chunks of \(chunkSize)")
        }
    }

    @Test("a 10 MB quoted field: read whole, at its line, in any chunking")
    func tenMegabyteField() throws {
        let big = [UInt8](repeating: 0x61, count: 10_000_000)
        let bytes = Array("a;b\n1;\"".utf8) + big + Array("\"\n2;x\n".utf8)
        let document = try CSVParser.parse(bytes)
        #expect(document.records.count == 2)
        #expect(document.records[0].fields[1].utf8.count == 10_000_000)
        #expect(document.records[1] == CSVRecord(line: 3, fields: ["2", "x"]))
        #expect(parseChunked(bytes, chunkSize: 64 * 1024) == .success(document))
    }

    @Test("a record of 100,000 fields")
    func hundredThousandColumns() throws {
        let header = (0..<100_000).map { "c\($0)" }.joined(separator: ";")
        let document = try parse(header + "\n" + String(repeating: "x;", count: 99_999) + "x\n")
        #expect(document.header?.fields.count == 100_000)
        #expect(document.records.first?.fields.count == 100_000)
        #expect(document.delimiter == .semicolon)
    }

    @Test("1,000,000 empty lines: skipped, line numbers exact")
    func millionEmptyLines() throws {
        let empty = [UInt8](repeating: 0x0A, count: 1_000_000)
        #expect(try CSVParser.parse(empty).header == nil)
        let before = try CSVParser.parse(empty + Array("a,b\n1,2\n".utf8))
        #expect(before.header == CSVRecord(line: 1_000_001, fields: ["a", "b"]))
        #expect(before.delimiter == .comma)
        let between = try CSVParser.parse(Array("a;b\n".utf8) + empty + Array("1;2\n".utf8))
        #expect(between.records == [CSVRecord(line: 1_000_002, fields: ["1", "2"])])
        let crlf = try CSVParser.parse(Array("a;b\r\n".utf8) + Array(repeating: [0x0D, 0x0A], count: 100_000).flatMap { $0 } + Array("1;2".utf8))
        #expect(crlf.records == [CSVRecord(line: 100_002, fields: ["1", "2"])])
    }

    @Test("a NUL byte is data to the reader (the workspace reader refuses the file)")
    func nulByte() throws {
        let document = try CSVParser.parse(Array("a;b\n1;o\u{0}ui\n".utf8))
        #expect(document.records == [CSVRecord(line: 2, fields: ["1", "o\u{0}ui"])])
    }

    @Test("a BOM inside the file is kept as U+FEFF (the workspace reader removes it with a warning)")
    func innerByteOrderMark() throws {
        let bytes: [UInt8] = ASCII.byteOrderMark + Array("a;b\n".utf8) + ASCII.byteOrderMark + Array("1;2\n".utf8)
        let document = try CSVParser.parse(bytes)
        #expect(document.hadByteOrderMark)
        #expect(document.encoding == .utf8)
        #expect(document.records == [CSVRecord(line: 2, fields: ["\u{FEFF}1", "2"])])
    }

    @Test("invalid UTF-8 mixed into UTF-8: the whole file read as Windows-1252")
    func invalidUTF8() throws {
        let document = try CSVParser.parse(Array("a;b\nr\u{E9}vis\u{E9};".utf8) + [0xE9] + Array("t\u{E9}\n".utf8))
        #expect(document.encoding == .windows1252)
        #expect(document.records[0].fields == ["rÃ©visÃ©", "étÃ©"])
    }

    @Test("a quote never closed, whatever follows: an error at the opening quote")
    func unterminatedQuoteOverLargeInput() {
        let bytes = Array("a;b\n1;\"x\n".utf8) + [UInt8](repeating: 0x79, count: 1_000_000)
        #expect(parseWhole(bytes) == .failure(CSVParseError(kind: .unterminatedQuote, line: 2, column: 2)))
        #expect(parseChunked(bytes, chunkSize: 4096) == parseWhole(bytes))
    }

    @Test("the writer neutralises a leading TAB and CR too, and the reader gives the neutralised text back")
    func writerRoundTrip() throws {
        let cells = ["=1+2", "+41",  // +41 is a plain number: kept
                      "-x", "@SUM(A1)", "\tTAB", "\rCR", "-3.5", "+2", "-0,25", "plain"]
        let bytes = CSVWriter().encode([["h\(0)", "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9"], cells])
        let document = try CSVParser.parse(bytes)
        #expect(document.records.first?.fields == ["'=1+2", "+41", "'-x", "'@SUM(A1)", "'\tTAB", "'\rCR", "-3.5", "+2", "-0,25", "plain"])
    }
}
