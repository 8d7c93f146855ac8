import Foundation
import VigieCore
import VigieSource

/// An `.xlsx` answer sheet read into the table a CSV sheet gives: its first visible worksheet, the first row
/// holding text as the header, each later row holding text as a record, its `line` the spreadsheet's row.
/// Locations carry the worksheet and the cell (`file:Sheet!H14`).
///
/// Whatever the bytes, the answer is a table or a diagnostic, never a crash, a hang or memory out of proportion:
/// see `WorkbookArchive` (zip guards, inflation budget), `XMLEvents` (no DOCTYPE, streamed, well-formedness) and
/// the caps on entries, shared strings and cells.
public enum WorkbookReader {
    /// The largest workbook file read: 32 MiB (a filled answer sheet is some tens of KiB).
    public static let maxFileSize = 32 * 1024 * 1024
    /// Cells materialised, gaps between written cells included (a cell at XFD1048576 alone is refused, not padded).
    static let maxFields = 1_000_000
    /// The longest cell, in UTF-16 code units: what a spreadsheet cell can hold.
    static let maxFieldLength = 32_767

    public static func read(_ data: Data, displayPath: String) -> (table: SourceTable?, diagnostics: [Diagnostic]) {
        let fileLocation = Location(file: displayPath, line: 1, column: 1)
        func failed(_ problem: WorkbookProblem, at location: Location? = nil) -> (table: SourceTable?, diagnostics: [Diagnostic]) {
            (nil, [.error(.workbook(problem), at: location ?? fileLocation)])
        }
        var archive: WorkbookArchive
        do {
            archive = try WorkbookArchive(data)
        } catch {
            return failed(Message.archive(error))
        }
        if archive.contains("mimetype") && archive.contains("content.xml") { return failed(.openDocument) }
        if archive.contains("xl/workbook.bin") { return failed(.binaryWorkbook) }
        let structure: WorkbookStructure
        let context: WorksheetCells.Context
        let sheetData: Data
        do {
            structure = try WorkbookStructure.read(&archive)
            let strings = try parsed(structure.sharedStringsPath, in: &archive, SharedStrings.read) ?? []
            let styles = try parsed(structure.stylesPath, in: &archive, WorkbookStyles.read) ?? WorkbookStyles()
            context = WorksheetCells.Context(strings: strings, styles: styles, uses1904: structure.uses1904)
            guard let part = try WorkbookStructure.part(structure.sheetPath, in: &archive) else {
                return failed(.missingPart(part: structure.sheetPath))
            }
            sheetData = part
        } catch {
            return failed(Message.structure(error))
        }
        let sheetLocation = { (row: Int, column: Int) in
            Location(file: displayPath, line: row, column: column, row: row, sheet: structure.sheetName)
        }
        let cells: WorksheetCells
        do {
            cells = try WorksheetCells.read(sheetData, context)
        } catch {
            if case .cell(let row, let column, _) = error {
                return failed(Message.xml(part: structure.sheetPath, error), at: sheetLocation(row, column))
            }
            return failed(Message.xml(part: structure.sheetPath, error))
        }
        return table(cells, structure: structure, displayPath: displayPath, location: sheetLocation)
    }

    /// A part parsed, or nil when the workbook names none or holds none.
    private static func parsed<T>(_ path: String?, in archive: inout WorkbookArchive,
                                  _ parse: (Data) throws(XMLEvents.Failure) -> T) throws(WorkbookStructure.Failure) -> T? {
        guard let path, let data = try WorkbookStructure.part(path, in: &archive) else { return nil }
        do { return try parse(data) } catch { throw .xml(part: path, error) }
    }

    /// The cells as a table: rows holding text, in order; within a row, fields from column A to its last text.
    static func table(_ sheet: WorksheetCells, structure: WorkbookStructure, displayPath: String,
                      location: (Int, Int) -> Location) -> (table: SourceTable?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        // In row order, then column; of two cells at one place, the first written.
        let ordered = sheet.cells.enumerated().sorted { ($0.element.row, $0.element.column, $0.offset) < ($1.element.row, $1.element.column, $1.offset) }
            .map(\.element)
        var bytes: [UInt8] = [], fieldEnds: [Int] = [], rowFieldEnds: [Int] = [], lines: [Int] = []
        var headerWidth = 0
        var warnedExtra = false
        var index = 0
        while index < ordered.count {
            let row = ordered[index].row
            var column = 0
            while index < ordered.count, ordered[index].row == row {
                let cell = ordered[index]
                index += 1
                guard cell.column > column else { continue }
                if cell.text.utf16.count > maxFieldLength {
                    return (nil, [.error(.workbookFieldTooLong(length: cell.text.utf16.count, limit: maxFieldLength), at: location(row, cell.column))])
                }
                if fieldEnds.count + cell.column - column > maxFields {
                    return (nil, [.error(.workbook(.tooManyFields(limit: maxFields)), at: location(row, cell.column))])
                }
                // Empty fields for the columns skipped.
                while column + 1 < cell.column { fieldEnds.append(bytes.count); column += 1 }
                bytes += cell.text.utf8
                fieldEnds.append(bytes.count)
                column += 1
                if lines.count > 0, column > headerWidth, !warnedExtra {
                    diagnostics.append(.warning(.workbookExtraFields(columns: headerWidth), at: location(row, column)))
                    warnedExtra = true
                }
            }
            rowFieldEnds.append(fieldEnds.count)
            lines.append(row)
            if lines.count == 1 { headerWidth = column }
        }
        guard !lines.isEmpty else {
            return (nil, [.warning(.emptyWorksheet(name: structure.sheetName), at: Location(file: displayPath, line: 1, column: 1))])
        }
        var table = SourceTable(file: displayPath, cells: SourceCells(bytes: bytes, fieldEnds: fieldEnds, rowFieldEnds: rowFieldEnds, lines: lines))
        table.sheet = structure.sheetName
        return (table, diagnostics)
    }
}
