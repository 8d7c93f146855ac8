import VigieSource

/// A table as read from one CSV file, before it means anything: the bridge between the CSV
/// reader and the domain. Header names are trimmed and lower-cased; each record keeps its line.
///
/// The cells stay UTF-8 bytes (`SourceCells`, of the reading layer VigieSource) until a loader asks for a text: a
/// workspace of millions of answers costs no String per field, and the answer loader compares most cells as bytes
/// (`withBytes`, a `Span`: no unsafe code on this side).
public struct SourceTable: Sendable {
    public struct Record: Sendable {
        public var line: Int
        /// The row a spreadsheet shows for the record (header = row 1, blank lines counted); the line unless told.
        public var spreadsheetRow: Int
        /// The row in the table's cells (0 is the header); -1 while `pending` holds the fields.
        let row: Int
        /// Fields given as texts (tables built in code), moved into the table's cells by `SourceTable.init`.
        let pending: [String]?

        public init(line: Int, spreadsheetRow: Int? = nil, fields: [String]) {
            self.line = line
            self.spreadsheetRow = spreadsheetRow ?? line
            row = -1
            pending = fields
        }

        /// A record standing for a row of the table's cells.
        public init(line: Int, spreadsheetRow: Int? = nil, row: Int) {
            self.line = line
            self.spreadsheetRow = spreadsheetRow ?? line
            self.row = row
            pending = nil
        }
    }

    /// A cell: its text (trimmed) and where it stands.
    public struct Cell: Sendable {
        public var text: String
        public var location: Location

        public var isEmpty: Bool { text.isEmpty }
    }

    public var file: String
    /// The worksheet's name when the table was read from a workbook: its locations then name the cell (`Sheet!H14`).
    public var sheet: String?
    public var headerLine: Int
    /// The header's row as a spreadsheet shows it.
    public var headerRow: Int
    /// Header names as written (trimmed), for messages.
    public var header: [String]
    public var records: [Record]
    private let cells: SourceCells
    private var index: [String: Int]

    /// A table from texts: header names and records with their fields.
    public init(file: String, headerLine: Int, header: [String], records: [Record]) {
        let rows = [header] + records.map { $0.pending ?? [] }
        let cells = SourceCells(rows: rows, lines: [headerLine] + records.map(\.line),
                                spreadsheetRows: [headerLine] + records.map(\.spreadsheetRow))
        self.init(file: file, cells: cells, records: records.indices.map {
            Record(line: records[$0].line, spreadsheetRow: records[$0].spreadsheetRow, row: $0 + 1)
        })
    }

    /// A table over cells read from a file: row 0 is the header; `records` (rows of the cells) defaults to all the others.
    public init(file: String, cells: SourceCells, records: [Record]? = nil) {
        precondition(cells.count > 0, "a table has a header row")
        self.file = file
        self.cells = cells
        headerLine = cells.line(ofRow: 0)
        headerRow = cells.spreadsheetRow(ofRow: 0)
        let names = HeaderNames.shared.names(of: cells)
        header = names.header
        index = names.index
        self.records = records ?? (1..<cells.count).map {
            Record(line: cells.line(ofRow: $0), spreadsheetRow: cells.spreadsheetRow(ofRow: $0), row: $0)
        }
    }

    /// Header names trimmed, and the position of each lower-cased name (the first of equal names).
    static func names(ofHeader cells: SourceCells) -> (header: [String], index: [String: Int]) {
        let header = cells.fields(ofRow: 0).map { cells.text(ofField: $0).trimmedCSV }
        var index: [String: Int] = Dictionary(minimumCapacity: header.count)
        for (position, name) in header.enumerated() {
            let key = name.lowercased()
            if index[key] == nil { index[key] = position }
        }
        return (header, index)
    }

    /// Whether the table has a column of that (lower-case) name.
    public func hasColumn(_ name: String) -> Bool { index[name] != nil }

    /// The 0-based position of a column, by lower-case name.
    public func columnIndex(_ name: String) -> Int? { index[name] }

    /// The fields of a record as written (untrimmed).
    public func fields(_ record: Record) -> [String] { cells.fields(ofRow: record.row).map(cells.text(ofField:)) }

    /// The number of fields of a record as written (trailing empty fields included).
    public func fieldCount(_ record: Record) -> Int { cells.fields(ofRow: record.row).count }

    /// The trimmed cell of `record` in the column `name`; nil when the table has no such column.
    /// A short record reads its missing trailing fields as empty. Line breaks inside a quoted field
    /// read as LF whatever the file uses (CRLF, CR), so the same text gives the same value.
    public func cell(_ record: Record, _ name: String) -> Cell? {
        guard let position = index[name] else { return nil }
        return Cell(text: text(record, at: position), location: location(record, column: position))
    }

    /// The trimmed text of the field at a 0-based position (line breaks as LF); "" when absent or short.
    /// For loops over many records: look the position up once with `columnIndex`.
    public func text(_ record: Record, at position: Int?) -> String {
        let fields = cells.fields(ofRow: record.row)
        guard let position, position < fields.count else { return "" }
        return cells.trimmedText(ofField: fields.lowerBound + position)
    }

    /// The UTF-8 bytes of `text(record, at:)`, without making a String when the field is plain (no white space
    /// other than ASCII at its ends, no CR inside).
    public func withBytes<R>(_ record: Record, at position: Int?, _ body: (Span<UInt8>) -> R) -> R {
        let fields = cells.fields(ofRow: record.row)
        guard let position, position < fields.count else { return body(Span()) }
        return cells.withTrimmedSpan(ofField: fields.lowerBound + position, body)
    }

    /// The text of a column, or "" when absent.
    public func text(_ record: Record, _ name: String) -> String {
        cell(record, name)?.text ?? ""
    }

    /// The location of a record's field at a 0-based position.
    public func location(_ record: Record, column position: Int) -> Location {
        Location(file: file, line: record.line, column: position + 1,
                 columnName: position < header.count ? header[position] : nil, row: record.spreadsheetRow).inWorksheet(sheet)
    }

    /// The location of a record as a whole (its first column).
    public func location(_ record: Record) -> Location {
        Location(file: file, line: record.line, column: 1, columnName: header.first, row: record.spreadsheetRow).inWorksheet(sheet)
    }

    /// The location of the header record, for findings about the file as a whole (no spreadsheet cell named for a
    /// CSV file; a workbook's header cell A1 otherwise).
    public var headerLocation: Location { Location(file: file, line: headerLine, column: 1).inWorksheet(sheet) }

    /// Errors for header names that appear twice and for required columns that are missing.
    public func headerDiagnostics(required: [String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for (position, name) in header.enumerated() where !name.isEmpty {
            let key = name.lowercased()
            if let first = seen[key] {
                diagnostics.append(.error(
                    .duplicateColumn(name: name, firstColumn: first + 1),
                    at: Location(file: file, line: headerLine, column: position + 1, columnName: name, row: headerRow).inWorksheet(sheet)))
            } else {
                seen[key] = position
            }
        }
        for name in required where index[name] == nil {
            diagnostics.append(.error(.missingColumn(name: name, present: header), at: headerLocation))
        }
        return diagnostics
    }
}

