import Foundation
import Testing
@testable import VigieCSV
import VigieTestSupport

enum Fixture {
    static let fixtures = FixtureFolder(bundle: .module)
    static var folder: URL { fixtures.root }

    static func bytes(_ name: String) throws -> [UInt8] { try fixtures.bytes(name) }

    /// Every file of the Fixtures folder (sorted by name).
    static func allNames() throws -> [String] { try fixtures.names() }

    static func document(_ name: String) throws -> CSVDocument {
        try CSVParser.parse(bytes(name))
    }
}

/// Parses `bytes` fed in chunks of `chunkSize` bytes.
func parseChunked(_ bytes: [UInt8], chunkSize: Int) -> Result<CSVDocument, CSVParseError> {
    var parser = CSVParser()
    var start = 0
    while start < bytes.count {
        let end = min(start + chunkSize, bytes.count)
        bytes[start..<end].withUnsafeBytes { parser.feed($0) }
        start = end
    }
    do {
        return .success(try parser.finish())
    } catch {
        return .failure(error)
    }
}

func parseWhole(_ bytes: [UInt8]) -> Result<CSVDocument, CSVParseError> {
    Result { () throws(CSVParseError) in try CSVParser.parse(bytes) }
}

func parse(_ text: String) throws -> CSVDocument {
    try CSVParser.parse(Array(text.utf8))
}

extension CSVDocument {
    /// Header and records as (line, fields) pairs.
    var allRecords: [CSVRecord] { (header.map { [$0] } ?? []) + records }
    var table: [[String]] { allRecords.map(\.fields) }
    var lines: [Int] { allRecords.map(\.line) }
}
