import Foundation

/// One worksheet as the writer takes it: cells, column widths, a frozen header, list validations and protection.
/// Generic: it knows nothing of audits (VigieWorkspace builds the answer sheet's worksheet).
public struct Worksheet: Sendable, Equatable {
    /// How a cell looks, and whether it may be edited once the sheet is protected.
    public enum Style: Int, Sendable, CaseIterable {
        /// The workbook's default.
        case plain = 0
        /// Bold on a tinted fill, wrapped, locked.
        case header
        /// Wrapped text, top-aligned, locked.
        case text
        /// The area to fill: wrapped, top-aligned, tinted, unlocked.
        case input
        /// A mark that must stand out (bold, dark red), wrapped, locked.
        case mark
        /// Earlier answers, for reference (grey italics), wrapped, locked.
        case muted
    }

    public enum Value: Sendable, Equatable {
        /// Always written as a shared string: a spreadsheet never runs it as a formula.
        case text(String)
        case integer(Int)
    }

    public struct Cell: Sendable, Equatable {
        public var value: Value
        public var style: Style

        public init(_ value: Value, style: Style) {
            self.value = value
            self.style = style
        }
    }

    public struct Column: Sendable, Equatable {
        /// In characters of the default font, as spreadsheets count widths.
        public var width: Double
        /// The style of the column's empty cells (an input column stays editable below the rows written).
        public var style: Style

        public init(width: Double, style: Style) {
            self.width = width
            self.style = style
        }
    }

    /// An in-cell dropdown: the cells accept exactly these words (or stay blank).
    public struct ListValidation: Sendable, Equatable {
        public var words: [String]
        /// 1-based (row, column) of the cells it applies to.
        public var cells: [CellPosition]
        /// Shown when the cell is selected, and when a word outside the list is typed.
        public var prompt: String
        public var error: String

        public init(words: [String], cells: [CellPosition], prompt: String, error: String) {
            self.words = words
            self.cells = cells
            self.prompt = prompt
            self.error = error
        }
    }

    public struct CellPosition: Sendable, Hashable, Comparable {
        public var row: Int
        public var column: Int

        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }

        public static func < (lhs: CellPosition, rhs: CellPosition) -> Bool { (lhs.column, lhs.row) < (rhs.column, rhs.row) }
    }

    /// The tab's name; `Worksheet.validName` makes one from any text.
    public var name: String
    public var columns: [Column]
    /// Row 1 first; a row may be shorter than `columns`.
    public var rows: [[Cell]]
    /// How many rows stay in view when scrolling (the header).
    public var frozenRows: Int
    public var validations: [ListValidation]
    /// Sheet protection without a password: locked cells cannot be edited; columns and rows can still be resized.
    public var isProtected: Bool

    public init(name: String, columns: [Column], rows: [[Cell]], frozenRows: Int = 1, validations: [ListValidation] = [],
                isProtected: Bool = true) {
        self.name = Worksheet.validName(name)
        self.columns = columns
        self.rows = rows
        self.frozenRows = frozenRows
        self.validations = validations
        self.isProtected = isProtected
    }

    /// A name spreadsheets accept for a tab: at most 31 characters, none of `: \ / ? * [ ]`, not starting or ending
    /// with an apostrophe, never empty.
    public static func validName(_ text: String) -> String {
        let forbidden: Set<Character> = [":", "\\", "/", "?", "*", "[", "]"]
        var name = String(text.map { forbidden.contains($0) || $0.isNewline ? "_" : $0 }.prefix(31))
        while name.hasPrefix("'") { name.removeFirst() }
        while name.hasSuffix("'") { name.removeLast() }
        return name.trimmingCharacters(in: .whitespaces).isEmpty ? "Sheet1" : name
    }
}
