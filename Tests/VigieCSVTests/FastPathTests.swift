import Testing
@testable import VigieCSV
@testable import VigieSource

/// The reader's and the writer's fast paths against their plain paths: the same cells, the same bytes.
@Suite("Fast paths")
struct FastPathTests {
    /// Fields of every length around the byte-by-byte copy's limit (16), and a file larger than the first buffer
    /// (16 KiB of bytes, 1,024 field ends): the cells the reader hands over without a copy equal cells built from texts.
    @Test func adoptedCellsEqualCellsBuiltFromTexts() throws {
        var rows: [[String]] = [["id", "text", "n"]]
        for row in 0..<900 {
            let length = row % 41
            let text = String(repeating: Character(Unicode.Scalar(UInt8(0x61 + row % 26))), count: length)
            rows.append(["U\(row)", text, row % 7 == 0 ? "" : "\(row)"])
        }
        let bytes = Array(rows.map { $0.joined(separator: ";") }.joined(separator: "\n").utf8)
        let document = try CSVParser.parse(bytes)
        let expected = SourceCells(rows: rows, lines: Array(1...rows.count))
        #expect(document.rows.byteCount > 16 * 1024)
        #expect(document.rows == expected)
        for chunk in [1, 5, 4096] {
            #expect(try parseChunked(bytes, chunkSize: chunk).get().rows == expected, "chunks of \(chunk)")
        }
    }

    /// A file without any CR skips looking for one in each cell; a file with one reads its cells as before.
    @Test func cellsWithAndWithoutCRReadTheSame() throws {
        let plain = try CSVParser.parse(Array("a;b\n x ;\"y\nz\"\n".utf8)).rows
        let withCR = try CSVParser.parse(Array("a;b\r\n x ;\"y\r\nz\"\r\n".utf8)).rows
        #expect(!plain.holdsCR && withCR.holdsCR)
        for cells in [plain, withCR] {
            let fields = cells.fields(ofRow: 1)
            #expect(cells.trimmedText(ofField: fields.lowerBound) == "x")
            #expect(cells.trimmedText(ofField: fields.lowerBound + 1) == "y\nz")
            #expect(cells.withTrimmedSpan(ofField: fields.lowerBound + 1) { Array(unsafe: $0) } == Array("y\nz".utf8))
        }
    }

    /// A chunk without CR finds its line ends with memchr, one with a CR by the word scan: the same records on the
    /// same lines in every chunking (header line 1, a blank line 3, a record over lines 4–5).
    @Test func lineEndsFoundTheSameWithAndWithoutCR() throws {
        let lf = Array("a;b\n1;2\n\n3;\"x\ny\"\n4;5\n".utf8)
        let mixed = Array("a;b\n1;2\n\n3;\"x\ny\"\n4;5\r".utf8)
        for bytes in [lf, mixed] {
            for chunk in 1...bytes.count {
                let document = try parseChunked(bytes, chunkSize: chunk).get()
                #expect(document.rows.lines == [1, 2, 4, 6], "chunks of \(chunk)")
                #expect(document.records.map(\.fields) == [["1", "2"], ["3", "x\ny"], ["4", "5"]], "chunks of \(chunk)")
            }
        }
    }

    /// A short field is copied with overlapping loads and stores: for every length from 0 to 40, fields appended one
    /// after another, each from the middle of a larger buffer, hold the bytes a plain array append gives, and no byte
    /// around them is changed.
    @Test func shortFieldCopyEqualsPlainAppend() {
        let source = (0..<64).map { UInt8(0x21 + $0) }
        var buffer = RawBuffer<UInt8>(capacity: 4)  // grown many times on the way
        var expected: [UInt8] = []
        source.withUnsafeBytes { raw in
            for length in 0...40 {
                for start in [1, 3, 64 - length] where start + length <= 64 {
                    buffer.append(UnsafeRawBufferPointer(rebasing: raw[start..<start + length]))
                    expected += source[start..<start + length]
                    #expect(Array(buffer.buffer) == expected, "length \(length) from \(start)")
                }
            }
        }
        buffer.free()
    }

    /// `appendCell` copies the usual cell from its bytes; every cell gives the bytes of `encodeCell`.
    @Test(arguments: [CSVWriter(), CSVWriter(delimiter: .comma, neutraliseFormulas: false), CSVWriter(delimiter: .tab)])
    func appendCellEqualsEncodeCell(writer: CSVWriter) {
        let cells = ["", "72.5", "GOV-01", "Établi", "-3.5", "-SPOP", "=1+1", "+2", "@x", "\tx", "\rx", " x", "x ", "a;b",
                     "a,b", "a\tb", "say \"hi\"", "line\nbreak", "cr\rhere", "ünïcødé 🎉", "'quoted", "x@y"]
        for cell in cells {
            var output: [UInt8] = []
            writer.appendCell(cell, to: &output)
            #expect(output == Array(writer.encodeCell(cell).utf8), "\(cell)")
        }
    }
}

extension Array where Element == UInt8 {
    /// The bytes of a span (a test's copy).
    init(unsafe span: Span<UInt8>) {
        self = span.withUnsafeBufferPointer { Array($0) }
    }
}
