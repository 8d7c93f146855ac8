import Foundation
import Testing
import VigieCore
@testable import VigieXLSX
import XLSXTestSupport

/// Zips whose directory points outside the file: ZIPFoundation would trap (a seek past the end of its in-memory
/// file) or loop forever (a part shorter than its size); they must be refused before it reads them.
struct ZipGuardTests {
    static func workbook() throws -> [UInt8] {
        [UInt8](try TestWorkbook.zip(TestWorkbook.parts(sheetData: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>answer</t></is></c></row>")))
    }

    /// The offset of the first central directory entry.
    static func firstEntry(_ bytes: [UInt8]) -> Int {
        (0..<(bytes.count - 4)).first { bytes[$0..<($0 + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02]) }!
    }

    static func patch(_ bytes: inout [UInt8], at offset: Int, _ value: Int) {
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
    }

    static func error(_ bytes: [UInt8]) -> String? {
        let read = WorkbookReader.read(Data(bytes), displayPath: "a.xlsx")
        #expect(read.table == nil)
        return read.diagnostics.first { $0.severity == .error }?.message
    }

    @Test("the unpatched workbook reads")
    func baseline() throws {
        #expect(WorkbookReader.read(Data(try Self.workbook()), displayPath: "a.xlsx").table?.header == ["answer"])
    }

    @Test("a local header past the end of the file (found by the fuzzer)")
    func localHeaderPastEnd() throws {
        var bytes = try Self.workbook()
        Self.patch(&bytes, at: Self.firstEntry(bytes) + 42, bytes.count + 1000)
        #expect(Self.error(bytes) == WorkbookReader.Message.damaged)
    }

    @Test("a part said to be larger than the file holds")
    func sizePastEnd() throws {
        var bytes = try Self.workbook()
        Self.patch(&bytes, at: Self.firstEntry(bytes) + 20, bytes.count)
        #expect(Self.error(bytes) == WorkbookReader.Message.damaged)
    }

    @Test("ZIP64 sizes, and a ZIP64 locator before the end record, are refused")
    func zip64() throws {
        var sizes = try Self.workbook()
        Self.patch(&sizes, at: Self.firstEntry(sizes) + 24, 0xFFFF_FFFF)
        #expect(Self.error(sizes) == WorkbookReader.Message.damaged)
        var locator = try Self.workbook()
        let end = try #require(WorkbookArchive.endRecord(Data(locator)))
        locator.replaceSubrange((end - 20)..<(end - 16), with: [0x50, 0x4B, 0x06, 0x07])
        #expect(Self.error(locator) == WorkbookReader.Message.damaged)
    }
}
