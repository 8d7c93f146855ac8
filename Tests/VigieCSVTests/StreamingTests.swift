import Testing
@testable import VigieCSV

@Suite("Streaming")
struct StreamingTests {
    @Test func fixturesFolderIsNotEmpty() throws {
        #expect(try Fixture.allNames().count >= 20)
    }

    @Test(arguments: try Fixture.allNames())
    func chunkedParsingEqualsWholeFileParsing(name: String) throws {
        let bytes = try Fixture.bytes(name)
        let whole = parseWhole(bytes)
        for chunkSize in [1, 2, 3, 7, 64 * 1024] {
            #expect(parseChunked(bytes, chunkSize: chunkSize) == whole, "\(name), chunks of \(chunkSize)")
        }
    }

    @Test func crlfSplitAcrossChunksCountsAsOneLineEnd() throws {
        let bytes = Array("a;b\r\nc;d\r\n\r\ne;f\r\"g\r\nh\";i\r\n".utf8)
        let expected = [CSVRecord(line: 2, fields: ["c", "d"]), CSVRecord(line: 4, fields: ["e", "f"]),
                        CSVRecord(line: 5, fields: ["g\r\nh", "i"])]
        for split in 0...bytes.count {
            var parser = CSVParser()
            parser.feed(Array(bytes[..<split]))
            parser.feed([])
            parser.feed(Array(bytes[split...]))
            #expect(try parser.finish().records == expected, "split at \(split)")
        }
    }

    @Test func bomSplitAcrossChunks() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("x,y\n1,2\n".utf8)
        for size in 1...4 {
            let document = try parseChunked(bytes, chunkSize: size).get()
            #expect(document.hadByteOrderMark)
            #expect(document.delimiter == .comma)
            #expect(document.table == [["x", "y"], ["1", "2"]])
        }
        // A prefix of a BOM that is not a BOM is data (and not valid UTF-8).
        let document = try parseChunked([0xEF, 0xBB] + Array(";x\n".utf8), chunkSize: 1).get()
        #expect(!document.hadByteOrderMark)
        #expect(document.encoding == .windows1252)
        #expect(document.header?.fields == ["ï»", "x"])
    }

    @Test func feedingUnsafeRawBufferPointer() throws {
        let bytes = Array("a;b\n1;2\n".utf8)
        let document = try bytes.withUnsafeBytes { raw throws(CSVParseError) in try CSVParser.parse(raw) }
        #expect(document.table == [["a", "b"], ["1", "2"]])
    }
}
