import Foundation
import Testing
import VigieCore
@testable import VigieXLSX
import XLSXTestSupport

/// Zips whose directory points outside the file or whose streams are cut short: ZIPFoundation 0.9.20 traps on the
/// first (a seek past the end of its in-memory file) and loops forever on the second, which is why Vigie reads the
/// zip itself; each must get an error.
struct ZipGuardTests {
    static func workbook() throws -> [UInt8] {
        [UInt8](try TestWorkbook.zip(TestWorkbook.parts(sheetData: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>answer</t></is></c></row>")))
    }

    /// The offset of the first central directory entry.
    static func firstEntry(_ bytes: [UInt8]) -> Int {
        (0..<(bytes.count - 4)).first { bytes[$0..<($0 + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02]) }!
    }

    /// The offset of the central directory entry of a part.
    static func entry(_ name: String, in bytes: [UInt8]) -> Int {
        let path = [UInt8](name.utf8)
        return (0..<(bytes.count - 46)).first { bytes[$0..<($0 + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02]) && bytes[($0 + 46)...].starts(with: path) }!
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
        #expect(Self.error(bytes) == DiagnosticMessage.workbook(.damaged).text(in: .en))
    }

    @Test("a part said to be larger than the file holds")
    func sizePastEnd() throws {
        var bytes = try Self.workbook()
        Self.patch(&bytes, at: Self.firstEntry(bytes) + 20, bytes.count)
        #expect(Self.error(bytes) == DiagnosticMessage.workbook(.damaged).text(in: .en))
    }

    @Test("a deflate stream cut short (found by the fuzzer: ZIPFoundation's inflation loops forever on it)")
    func deflateCutShort() throws {
        var bytes = try Self.workbook()
        // The worksheet, a part the reader inflates (the directory itself stays consistent).
        let entry = Self.entry("xl/worksheets/sheet1.xml", in: bytes)
        let compressed = Int(bytes[entry + 20]) | Int(bytes[entry + 21]) << 8 | Int(bytes[entry + 22]) << 16
        #expect(compressed > 4)
        Self.patch(&bytes, at: entry + 20, compressed / 2)
        #expect(Self.error(bytes) == DiagnosticMessage.workbook(.damaged).text(in: .en))
    }

    @Test("ZIP64 sizes, and a ZIP64 locator before the end record, are refused")
    func zip64() throws {
        var sizes = try Self.workbook()
        Self.patch(&sizes, at: Self.firstEntry(sizes) + 24, 0xFFFF_FFFF)
        #expect(Self.error(sizes) == DiagnosticMessage.workbook(.damaged).text(in: .en))
        var locator = try Self.workbook()
        let end = try #require(WorkbookArchive.endRecord(Data(locator)))
        locator.replaceSubrange((end - 20)..<(end - 16), with: [0x50, 0x4B, 0x06, 0x07])
        #expect(Self.error(locator) == DiagnosticMessage.workbook(.damaged).text(in: .en))
    }
}
