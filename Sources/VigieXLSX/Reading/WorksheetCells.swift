import Foundation
import VigieCore

/// The cells of a worksheet part, as texts by row and column, each as the sheet shows it: shared, inline and
/// rich strings, numbers, booleans, dates (a date-styled number or a `t="d"` cell becomes `dd.mm.yyyy`), formulas
/// by their cached value. Cells without an `r` attribute follow the one before (rows likewise).
struct WorksheetCells {
    /// A text cell: 1-based row and column.
    struct Cell {
        var row: Int
        var column: Int
        var text: String
    }

    static let maxCells = 200_000
    static let maxRow = 1_048_576, maxColumn = 16_384

    private(set) var cells: [Cell] = []

    struct Context {
        var strings: [String]
        var styles: WorkbookStyles
        var uses1904: Bool
    }

    /// A failure at a cell (nil position: the part as a whole).
    struct Failure: Error {
        var row: Int
        var column: Int
        var message: String
    }

    static func read(_ data: Data, _ context: Context) throws(XMLEvents.Failure) -> WorksheetCells {
        var sheet = WorksheetCells()
        var row = 0, column = 0
        var count = 0
        // The cell being read.
        var type = "n", style = 0, value: String?, formula = false, inline = ""
        var capture: String?  // the element whose text is being read: v, t (inline), f
        var inInline = false
        var phonetic = 0
        try XMLEvents.parse(data, start: { name, attributes in
            switch name {
            case "row":
                let next = attributes["r"].flatMap { Int($0) } ?? row + 1
                guard next > row, next <= maxRow else { throw XMLEvents.Failure.stopped(.badRow(text: attributes["r"] ?? "")) }
                row = next
                column = 0
            case "c":
                count += 1
                if count > maxCells { throw XMLEvents.Failure.stopped(.tooManyCells(limit: maxCells)) }
                if let reference = attributes["r"] {
                    guard let position = Self.position(reference) else { throw XMLEvents.Failure.stopped(.badReference(text: reference)) }
                    row = position.row
                    column = position.column
                } else {
                    column += 1
                }
                if row == 0 { row = 1 }
                guard column <= maxColumn else { throw XMLEvents.Failure.stopped(.badReference(text: attributes["r"] ?? "")) }
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap { Int($0) } ?? 0
                value = nil
                formula = false
                inline = ""
            case "v": capture = "v"; value = value ?? ""
            case "f": formula = true
            case "is": inInline = true
            case "rPh": phonetic += 1
            case "t" where inInline && phonetic == 0: capture = "t"
            default: break
            }
        }, end: { name in
            switch name {
            case "v", "t": capture = nil
            case "is": inInline = false
            case "rPh": phonetic -= 1
            case "c":
                let text = try Self.text(type: type, style: style, value: value, formula: formula, inline: inline,
                                         context: context, row: row, column: column)
                if !text.isEmpty { sheet.cells.append(Cell(row: row, column: column, text: text)) }
            default: break
            }
        }, text: { text in
            switch capture {
            case "v": value = (value ?? "") + text
            case "t": inline += text
            default: break
            }
        })
        return sheet
    }

    /// What a cell shows.
    static func text(type: String, style: Int, value: String?, formula: Bool, inline: String, context: Context,
                      row: Int, column: Int) throws -> String {
        if formula, value == nil || (value == "" && type != "str") {
            throw XMLEvents.Failure.cell(row: row, column: column, .formulaWithoutValue)
        }
        switch type {
        case "s":
            guard let index = value.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), index >= 0, index < context.strings.count else {
                throw XMLEvents.Failure.cell(row: row, column: column, .badSharedString)
            }
            return context.strings[index]
        case "inlineStr":
            return WorkbookText.decode(inline)
        case "str", "e":
            return WorkbookText.decode(value ?? "")
        case "b":
            return value.map { $0 == "1" || $0 == "true" ? "TRUE" : "FALSE" } ?? ""
        case "d":
            return value.map { CellText.date(iso: $0) ?? $0 } ?? ""
        default:
            guard let value, !value.isEmpty else { return "" }
            if context.styles.isDate(style: style), let date = CellText.date(serial: value, uses1904: context.uses1904) { return date }
            return CellText.number(value) ?? value
        }
    }

    /// `H14` → row 14, column 8; nil when not a cell reference (or past XFD1048576).
    static func position(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0, row = 0, digits = 0
        for byte in reference.utf8 {
            switch byte {
            case 0x41...0x5A where digits == 0: column = column * 26 + Int(byte - 0x40)
            case 0x61...0x7A where digits == 0: column = column * 26 + Int(byte - 0x60)
            case 0x24: continue  // `$` of an absolute reference
            case 0x30...0x39: row = row * 10 + Int(byte - 0x30); digits += 1
            default: return nil
            }
            if column > maxColumn || row > maxRow { return nil }
        }
        return column > 0 && row > 0 ? (row, column) : nil
    }
}
