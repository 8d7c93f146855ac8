import Foundation
import ZIPFoundation

/// A one-sheet `.xlsx` workbook as bytes. The same worksheet gives the same bytes: entries in a fixed order, each
/// dated 1980-01-01 00:00 (the earliest a zip can say), no clock, no ZIP64 record (a sheet is far below 4 GiB).
public enum WorkbookWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// 1980-01-01T00:00:00Z.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    public static func data(_ sheet: Worksheet) throws(Failure) -> [UInt8] {
        var worksheet = WorksheetXML()
        let sheetPart = worksheet.worksheet(sheet)
        let parts: [(String, String)] = [
            ("[Content_Types].xml", WorkbookParts.contentTypes),
            ("_rels/.rels", WorkbookParts.rootRelationships),
            ("xl/workbook.xml", WorkbookParts.workbook(sheetName: sheet.name)),
            ("xl/_rels/workbook.xml.rels", WorkbookParts.workbookRelationships),
            ("xl/styles.xml", WorkbookParts.styles),
            ("xl/sharedStrings.xml", worksheet.sharedStrings()),
            ("xl/worksheets/sheet1.xml", sheetPart),
        ]
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts {
                let bytes = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: entryDate,
                                     permissions: 0o644, compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<min(Int(position) + size, bytes.count))
                }
            }
            guard let data = archive.data else { throw Failure(description: "the workbook could not be assembled in memory") }
            return [UInt8](data)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "the workbook could not be assembled in memory (\(error))")
        }
    }
}
