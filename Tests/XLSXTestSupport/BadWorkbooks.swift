import Foundation
import VigieXLSX
import ZIPFoundation

/// Workbooks broken the ways they arrive broken, each made at test time from a sheet's rows: for the robustness
/// corpus (end to end, with time and memory bounds) and the fuzzer's seeds.
public enum BadWorkbooks {
    /// A valid workbook of the rows (texts), as Vigie writes them.
    public static func valid(_ rows: [[String]]) throws -> Data {
        Data(try WorkbookWriter.data(Worksheet(name: "Feuille1", columns: [],
                                               rows: rows.map { $0.map { Worksheet.Cell(.text($0), style: .text) } }, isProtected: false)))
    }

    /// The rows as `<row>` elements of inline strings (what streaming writers produce).
    public static func sheetData(_ rows: [[String]]) -> String {
        rows.enumerated().map { index, row in
            "<row r=\"\(index + 1)\">" + row.map { "<c t=\"inlineStr\"><is><t>\(escape($0))</t></is></c>" }.joined() + "</row>"
        }.joined()
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// The kinds of broken workbook, by name.
    public static let names = [
        "formula without value", "legacy xls", "ods renamed", "xlsb renamed", "not a zip", "truncated zip", "damaged entry",
        "inflation bomb", "lying sizes", "too many entries", "too many cells", "too many shared strings", "doctype entity",
        "malformed xml", "utf-16 part", "empty file",
    ]

    public static func make(_ name: String, rows: [[String]]) throws -> Data {
        let plain = TestWorkbook.parts(sheetData: sheetData(rows))
        switch name {
        case "formula without value":
            let data = sheetData(rows).replacingOccurrences(of: "</row><row r=\"3\">", with: "</row><row r=\"3\"><c r=\"H3\"><f>IF(A2=1,\"oui\",\"non\")</f></c>")
            return try TestWorkbook.zip(TestWorkbook.parts(sheetData: data))
        case "legacy xls":
            return Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 4096))
        case "ods renamed":
            return try TestWorkbook.zip([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<office:document-content/>")], stored: true)
        case "xlsb renamed":
            return try TestWorkbook.zip([("[Content_Types].xml", "<Types/>"), ("xl/workbook.bin", "\u{1}\u{2}")])
        case "not a zip":
            return Data("PK\u{3}\u{4}".utf8 + (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        case "truncated zip":
            let whole = try valid(rows)
            return whole.prefix(whole.count / 2)
        case "damaged entry":
            // The sheet part stored (not deflated), one byte of its text changed: the checksum no longer matches.
            var data = [UInt8](try TestWorkbook.zip(plain, stored: true))
            let marker = [UInt8]("<sheetData>".utf8)
            let at = (0..<(data.count - marker.count)).first { data[$0..<($0 + marker.count)].elementsEqual(marker) }!
            data[at + 1] = UInt8(ascii: "S")
            return Data(data)
        case "inflation bomb":
            return try zipStreaming(plain, bigPart: "xl/worksheets/sheet1.xml", size: 40 * 1024 * 1024)
        case "lying sizes":
            // 40 MiB that the headers say are 1,000 bytes: the budget must hold while inflating.
            return patchSizes(try zipStreaming(plain, bigPart: "xl/worksheets/sheet1.xml", size: 40 * 1024 * 1024), of: "xl/worksheets/sheet1.xml", to: 1000)
        case "too many entries":
            return try TestWorkbook.zip(plain + (0..<1500).map { ("xl/media/image\($0).png", "x") })
        case "too many cells":
            // 2,001 rows of 100 cells, without r attributes, after the sheet's own rows.
            let row = "<row>" + String(repeating: "<c><v>1</v></c>", count: 100) + "</row>"
            return try TestWorkbook.zip(TestWorkbook.parts(sheetData: sheetData(rows) + String(repeating: row, count: 2_001)))
        case "too many shared strings":
            return try TestWorkbook.zip(TestWorkbook.parts(sheetData: sheetData(rows), strings: (0..<200_001).map { "s\($0)" }))
        case "doctype entity":
            let bomb = "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
            return try TestWorkbook.zip(plain.map { $0.0 == "xl/worksheets/sheet1.xml" ? ($0.0, bomb + $0.1.replacingOccurrences(of: "<sheetData>", with: "<sheetData>&lol2;")) : $0 })
        case "malformed xml":
            return try TestWorkbook.zip(plain.map { $0.0 == "xl/worksheets/sheet1.xml" ? ($0.0, String($0.1.dropLast(30))) : $0 })
        case "utf-16 part":
            return try TestWorkbook.zip(plain.map { $0.0 == "xl/worksheets/sheet1.xml" ? ($0.0, Data($0.1.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })) : ($0.0, Data($0.1.utf8)) })
        case "empty file":
            return Data()
        default:
            fatalError("no bad workbook named \(name)")
        }
    }

    /// A workbook whose `bigPart` is `size` bytes of spaces after its own text, deflated as it streams (never held whole).
    static func zipStreaming(_ parts: [(String, String)], bigPart: String, size: Int) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let head = Data(text.utf8)
            let total = path == bigPart ? size : head.count
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(total), modificationDate: Date(timeIntervalSince1970: 315_532_800),
                                 compressionMethod: .deflate) { position, chunk in
                let start = Int(position), end = min(start + chunk, total)
                if start >= head.count { return Data(repeating: 0x20, count: end - start) }
                return head.subdata(in: start..<min(end, head.count)) + Data(repeating: 0x20, count: max(0, end - head.count))
            }
        }
        return archive.data!
    }

    /// The zip with the uncompressed size of `path` rewritten in its local header and its central directory entry.
    static func patchSizes(_ data: Data, of path: String, to size: UInt32) -> Data {
        var bytes = [UInt8](data)
        let name = [UInt8](path.utf8)
        let little = [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24)]
        var offset = 0
        while offset + 46 < bytes.count {
            let local = bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04]) && bytes[(offset + 30)...].starts(with: name)
            let central = bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]) && bytes[(offset + 46)...].starts(with: name)
            if local { bytes.replaceSubrange((offset + 22)..<(offset + 26), with: little) }
            if central { bytes.replaceSubrange((offset + 24)..<(offset + 28), with: little) }
            offset += 1
        }
        return Data(bytes)
    }
}
