/// A table as read from one CSV file, before it means anything: the bridge between the CSV
/// reader and the domain. Header names are trimmed and lower-cased; each record keeps its line.
public struct SourceTable: Sendable {
    public struct Record: Sendable {
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// A cell: its text (trimmed) and where it stands.
    public struct Cell: Sendable {
        public var text: String
        public var location: Location

        public var isEmpty: Bool { text.isEmpty }
    }

    public var file: String
    public var headerLine: Int
    /// Header names as written (trimmed), for messages.
    public var header: [String]
    public var records: [Record]
    private var index: [String: Int]

    public init(file: String, headerLine: Int, header: [String], records: [Record]) {
        self.file = file
        self.headerLine = headerLine
        self.header = header.map { $0.trimmedCSV }
        self.records = records
        var index: [String: Int] = [:]
        for (position, name) in self.header.enumerated() where index[name.lowercased()] == nil {
            index[name.lowercased()] = position
        }
        self.index = index
    }

    /// Whether the table has a column of that (lower-case) name.
    public func hasColumn(_ name: String) -> Bool { index[name] != nil }

    /// The 0-based position of a column, by lower-case name.
    public func columnIndex(_ name: String) -> Int? { index[name] }

    /// The trimmed cell of `record` in the column `name`; nil when the table has no such column.
    /// A short record reads its missing trailing fields as empty. Line breaks inside a quoted field
    /// read as LF whatever the file uses (CRLF, CR), so the same text gives the same value.
    public func cell(_ record: Record, _ name: String) -> Cell? {
        guard let position = index[name] else { return nil }
        let text = position < record.fields.count ? record.fields[position].trimmedCSV.withLFLineEnds : ""
        return Cell(text: text, location: location(record, column: position))
    }

    /// The trimmed text of the field at a 0-based position (line breaks as LF); "" when absent or short.
    /// For loops over many records: look the position up once with `columnIndex`.
    public func text(_ record: Record, at position: Int?) -> String {
        guard let position, position < record.fields.count else { return "" }
        return record.fields[position].trimmedCSV.withLFLineEnds
    }

    /// The text of a column, or "" when absent.
    public func text(_ record: Record, _ name: String) -> String {
        cell(record, name)?.text ?? ""
    }

    /// The location of a record's field at a 0-based position.
    public func location(_ record: Record, column position: Int) -> Location {
        Location(file: file, line: record.line, column: position + 1,
                 columnName: position < header.count ? header[position] : nil)
    }

    /// The location of a record as a whole (its first column).
    public func location(_ record: Record) -> Location {
        Location(file: file, line: record.line, column: 1, columnName: header.first)
    }

    /// The location of the header record.
    public var headerLocation: Location { Location(file: file, line: headerLine, column: 1) }

    /// Errors for header names that appear twice and for required columns that are missing.
    public func headerDiagnostics(required: [String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for (position, name) in header.enumerated() where !name.isEmpty {
            let key = name.lowercased()
            if let first = seen[key] {
                diagnostics.append(.error(
                    "duplicate-column",
                    at: Location(file: file, line: headerLine, column: position + 1, columnName: name),
                    Message.duplicateColumn(name, firstColumn: first + 1)))
            } else {
                seen[key] = position
            }
        }
        for name in required where index[name] == nil {
            diagnostics.append(.error("missing-column", at: headerLocation, Message.missingColumn(name, present: header)))
        }
        return diagnostics
    }
}

private enum Message {
    static func duplicateColumn(_ name: String, firstColumn: Int) -> String {
        "the column '\(name)' appears twice (first in column \(firstColumn)); remove or rename one of them"
    }

    static func missingColumn(_ name: String, present: [String]) -> String {
        let named = present.filter { !$0.isEmpty }
        var list = named.prefix(12).map { "'\($0)'" }.joined(separator: ", ")
        if named.count > 12 { list += " and \(named.count - 12) more" }
        return "the required column '\(name)' is missing (the header has \(list.isEmpty ? "no names" : list))"
    }
}

extension String {
    /// CRLF and lone CR turned into LF.
    var withLFLineEnds: String {
        guard utf8.contains(0x0D) else { return self }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
            } else {
                if !(scalar == "\n" && previousWasCR) { scalars.append(scalar) }
                previousWasCR = false
            }
        }
        return String(scalars)
    }

    /// Trimmed of spaces, tabs, line breaks and no-break spaces, as spreadsheet cells often carry them.
    public var trimmedCSV: String {
        // Fast path, the usual cell: it starts and ends with a visible ASCII character.
        let bytes = utf8
        guard let head = bytes.first else { return "" }
        if head > 0x20 && head < 0x7F, let tail = bytes.last, tail > 0x20 && tail < 0x7F { return self }
        let isBlank: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = lastIndex(where: { !isBlank($0) })!
        return String(self[first...last])
    }
}
