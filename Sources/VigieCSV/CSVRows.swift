/// The non-blank records of a CSV file as UTF-8 bytes and offsets: the form the readers of many
/// files work on, since it costs no String per field. Row 0 is the header.
///
/// Field `f` spans `bytes[fieldStart(f)..<fieldEnds[f]]`; row `r` holds the fields
/// `rowFieldEnds[r - 1]..<rowFieldEnds[r]` (from 0 for the first row). The bytes are always UTF-8:
/// a Windows-1252 file is converted once, as the whole file is decoded (see `CSVParser`).
public struct CSVRows: Sendable, Equatable {
    public let bytes: [UInt8]
    /// End offset in `bytes` of every field.
    public let fieldEnds: [Int]
    /// Index in `fieldEnds` just past each row's last field.
    public let rowFieldEnds: [Int]
    /// The 1-based physical line where each row starts.
    public let lines: [Int]
    /// The 1-based row a spreadsheet shows for each row: the header is row 1 when it stands on line 1, blank lines
    /// count as rows, and a record whose quoted field runs over several lines is one row (so after such a record
    /// the row is below the line).
    public let spreadsheetRows: [Int]

    /// Without `spreadsheetRows`, each row's spreadsheet row is its line.
    public init(bytes: [UInt8], fieldEnds: [Int], rowFieldEnds: [Int], lines: [Int], spreadsheetRows: [Int]? = nil) {
        precondition(rowFieldEnds.count == lines.count, "one line per row")
        precondition(spreadsheetRows.map { $0.count == lines.count } ?? true, "one spreadsheet row per row")
        self.bytes = bytes
        self.fieldEnds = fieldEnds
        self.rowFieldEnds = rowFieldEnds
        self.lines = lines
        self.spreadsheetRows = spreadsheetRows ?? lines
    }

    /// Rows from decoded fields (for tests and for the rare rewrite of a table).
    public init(records: [CSVRecord]) {
        var bytes: [UInt8] = []
        var fieldEnds: [Int] = []
        var rowFieldEnds: [Int] = []
        for record in records {
            for field in record.fields {
                bytes.append(contentsOf: field.utf8)
                fieldEnds.append(bytes.count)
            }
            rowFieldEnds.append(fieldEnds.count)
        }
        self.init(bytes: bytes, fieldEnds: fieldEnds, rowFieldEnds: rowFieldEnds, lines: records.map(\.line))
    }

    public var count: Int { lines.count }

    /// The range in `fieldEnds` of a row's fields.
    public func fields(ofRow row: Int) -> Range<Int> {
        (row == 0 ? 0 : rowFieldEnds[row - 1])..<rowFieldEnds[row]
    }

    /// The byte range of a field.
    public func byteRange(ofField field: Int) -> Range<Int> {
        (field == 0 ? 0 : fieldEnds[field - 1])..<fieldEnds[field]
    }

    /// A row as a decoded record.
    public func record(_ row: Int) -> CSVRecord {
        CSVRecord(line: lines[row], fields: fields(ofRow: row).map { text(ofField: $0) })
    }

    /// The decoded text of a field.
    public func text(ofField field: Int) -> String {
        let range = byteRange(ofField: field)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}
