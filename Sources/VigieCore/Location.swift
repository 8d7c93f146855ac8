/// A place in a workspace file: 1-based line and column, with the column's header name, and the position a
/// spreadsheet shows for the same cell (row and column letter; the worksheet for a workbook).
public struct Location: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file's path relative to the workspace, with `/` separators.
    public var file: String
    /// 1-based physical line; 0 when the diagnostic concerns the file as a whole. For a workbook, the row.
    public var line: Int
    /// 1-based field index; 0 when the diagnostic concerns a whole record.
    public var column: Int
    /// The header name of the column, when known.
    public var columnName: String?
    /// The 1-based row a spreadsheet shows (header = row 1, blank rows counted); 0 when unknown.
    public var row: Int
    /// The worksheet's name when the file is a workbook (`.xlsx`); nil for CSV.
    public var sheet: String?

    public init(file: String, line: Int = 0, column: Int = 0, columnName: String? = nil, row: Int = 0, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.columnName = columnName
        self.row = row
        self.sheet = sheet
    }

    /// `file:line:column`, the way compilers print it (line and column never below 1); for a workbook
    /// `file:Sheet!D13`, the way a spreadsheet names the cell.
    public var description: String {
        if let sheet, row > 0 { return "\(file):\(Location.sheetReference(sheet))!\(columnLetter ?? "A")\(row)" }
        return "\(file):\(max(line, 1)):\(max(column, 1))"
    }

    /// The column's letters as a spreadsheet shows them (1 → A, 26 → Z, 27 → AA); nil when no column is known.
    public var columnLetter: String? { column > 0 ? Location.columnLetters(column) : nil }

    /// 1 → A, 26 → Z, 27 → AA, 702 → ZZ, 703 → AAA.
    public static func columnLetters(_ column: Int) -> String {
        precondition(column > 0, "columns are 1-based")
        var letters: [Character] = []
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            rest = (rest - 1) / 26
        }
        return String(letters.reversed())
    }

    /// A worksheet name as a formula names it: quoted (`'Feuille 1'`) when it holds anything but letters, digits,
    /// `_` and `.`, with quotes doubled.
    public static func sheetReference(_ name: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "." }
        return plain ? name : "'" + String(name.flatMap { $0 == "'" ? ["'", "'"] : [$0] }) + "'"
    }

    public static func < (lhs: Location, rhs: Location) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
