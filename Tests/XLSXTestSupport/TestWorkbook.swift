import Foundation
import VigieCore
import VigieXLSX
import ZIPFoundation

/// Workbooks made part by part, as other programs write them, and the parts of the ones Vigie writes: shared by
/// the tests of VigieXLSX and the end-to-end robustness tests.
public enum TestWorkbook {
    public static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    public static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A zip of the parts, in the order given (deflated unless `stored`).
    public static func zip(_ parts: [(String, String)], stored: Bool = false) throws -> Data {
        try zip(parts.map { ($0.0, Data($0.1.utf8)) }, stored: stored)
    }

    public static func zip(_ parts: [(String, Data)], stored: Bool = false) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 315_532_800),
                                 compressionMethod: stored ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
            }
        }
        return archive.data!
    }

    /// The parts of a minimal workbook around a worksheet's `<sheetData>` content: shared strings and styles as given.
    public static func parts(sheetData: String, strings: [String] = [], cellFormats: [Int] = [0], customFormats: [Int: String] = [:],
                      date1904: Bool = false, sheets: [(name: String, state: String?)] = [("Feuille1", nil)]) -> [(String, String)] {
        let sheetEntries = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(sheet.name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 10)\"" + (sheet.state.map { " state=\"\($0)\"" } ?? "") + "/>"
        }.joined()
        let sheetLinks = sheets.indices.map { index in
            "<Relationship Id=\"rId\(index + 10)\" Type=\"\(officeRelationships)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }.joined()
        var parts: [(String, String)] = [
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(officeRelationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<workbook xmlns=\"\(main)\" xmlns:r=\"\(officeRelationships)\"><workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetEntries)</sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(sheetLinks)<Relationship Id=\"rId2\" Type=\"\(officeRelationships)/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"\(officeRelationships)/styles\" Target=\"/xl/styles.xml\"/></Relationships>"),
            ("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">" + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"),
            ("xl/styles.xml", "<styleSheet xmlns=\"\(main)\"><numFmts>" + customFormats.map { "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\($0.value)\"/>" }.joined()
                + "</numFmts><cellXfs>" + cellFormats.map { "<xf numFmtId=\"\($0)\"/>" }.joined() + "</cellXfs></styleSheet>"),
        ]
        for index in sheets.indices {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", "<worksheet xmlns=\"\(main)\"><sheetData>\(index == sheets.count - 1 || sheets.count == 1 ? sheetData : "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>hidden</t></is></c></row>")</sheetData></worksheet>"))
        }
        return parts
    }

    /// The fields of each record (after the header), trimmed as the loaders read them.
    public static func records(_ table: SourceTable) -> [[String]] {
        table.records.map { record in (0..<table.fieldCount(record)).map { table.text(record, at: $0) } }
    }

    /// One part of a zip, inflated.
    public static func entry(_ path: String, of data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        var out = Data()
        _ = try archive.extract(archive[path]!) { out.append($0) }
        return String(decoding: out, as: UTF8.self)
    }

    public static func read(_ parts: [(String, String)]) throws -> (table: SourceTable?, diagnostics: [Diagnostic]) {
        WorkbookReader.read(try zip(parts), displayPath: "audits/2027/U.xlsx")
    }
}
