import VigieSource

/// The field separator of a CSV file.
public enum CSVDelimiter: UInt8, Sendable, CaseIterable, Equatable {
    case semicolon = 0x3B, tab = 0x09, comma = 0x2C

    /// The delimiter as a character (`;`, TAB or `,`).
    public var character: Character { Character(Unicode.Scalar(rawValue)) }
}

/// How the bytes of a CSV file were decoded into text.
public enum CSVEncoding: String, Sendable, Equatable {
    /// UTF-8 (with or without byte order mark).
    case utf8
    /// Windows-1252: used for the whole file when it is not valid UTF-8.
    case windows1252
}

/// One non-blank record of a CSV file.
public struct CSVRecord: Sendable, Equatable {
    /// 1-based physical line where the record starts (CRLF, CR and LF each count as one line end,
    /// line breaks inside quoted fields count too).
    public let line: Int
    /// Decoded field texts, in order (column n = `fields[n-1]`).
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A parsed CSV file: blank records are dropped, the first remaining record is the header.
public struct CSVDocument: Sendable, Equatable {
    public let delimiter: CSVDelimiter
    public let encoding: CSVEncoding
    public let hadByteOrderMark: Bool
    /// Every non-blank record, header first, as UTF-8 bytes (no String per field): the table of cells that every
    /// source format yields (a Windows-1252 file converted once).
    public let rows: SourceCells

    public init(delimiter: CSVDelimiter, encoding: CSVEncoding, hadByteOrderMark: Bool, rows: SourceCells) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.hadByteOrderMark = hadByteOrderMark
        self.rows = rows
    }

    /// The first non-blank record; nil when the file has none.
    public var header: CSVRecord? { rows.count == 0 ? nil : rows.record(0) }

    /// The non-blank records after the header, decoded.
    public var records: [CSVRecord] { rows.count < 2 ? [] : (1..<rows.count).map(rows.record) }
}

extension SourceCells {
    /// A row as a decoded record.
    public func record(_ row: Int) -> CSVRecord {
        CSVRecord(line: line(ofRow: row), fields: fields(ofRow: row).map { text(ofField: $0) })
    }
}
