import VigieSource

/// The checks of a parsed file's cells before they mean anything: what a CSV file can hold that no table should.
/// Positions are rows of the cells (0 the header) and 1-based columns; the workspace turns them into messages.
public enum CSVFinding: Sendable, Equatable {
    /// A cell no spreadsheet could hold (`CSVChecks.maxFieldLength` UTF-16 code units): an error, no table.
    case fieldTooLong(row: Int, column: Int, length: Int)
    /// A byte order mark inside the file (two files pasted together), at its first place: removed, a warning.
    case innerByteOrderMark(row: Int, column: Int)
    /// Rows written with another delimiter than the header's (one field holding the other delimiters), the first
    /// of them here: an error, the rows left out.
    case mixedDelimiters(row: Int, delimiter: CSVDelimiter, rowsLeftOut: Int)
    /// Text beyond the header's last column, its first place in the file: ignored, a warning.
    case extraFields(row: Int, column: Int, fields: Int)
}

/// The cells of a parsed file once checked: the cells to read (an inner byte order mark removed), the rows kept
/// (nil: all after the header) and what was found, in the order of the checks.
public struct CheckedCells: Sendable {
    /// Nil when a finding leaves no table (a cell too long).
    public let cells: SourceCells?
    public let keptRows: [Int]?
    public let findings: [CSVFinding]
    /// The number of the header's fields.
    public let headerCount: Int
}

public enum CSVChecks {
    /// The longest cell, in UTF-16 code units as spreadsheets count them: Excel's limit per cell.
    public static let maxFieldLength = 32_767

    /// The checks on the cells of a document that has at least one row.
    public static func check(_ document: CSVDocument) -> CheckedCells {
        var cells = document.rows
        precondition(cells.count > 0, "a document with a header row")
        var findings: [CSVFinding] = []
        let headerCount = cells.fields(ofRow: 0).count

        // A cell no spreadsheet could hold (none can when the whole file is shorter).
        for row in 0..<(cells.byteCount > maxFieldLength ? cells.count : 0) {
            let fields = cells.fields(ofRow: row)
            for field in fields where cells.byteCount(ofField: field) > maxFieldLength {
                let length = cells.text(ofField: field).utf16.count
                guard length > maxFieldLength else { continue }
                findings.append(.fieldTooLong(row: row, column: field - fields.lowerBound + 1, length: length))
                return CheckedCells(cells: nil, keptRows: nil, findings: findings, headerCount: headerCount)
            }
        }

        // A byte order mark inside the file: removed, found at its first place.
        if let field = cells.firstField(containing: ASCII.byteOrderMark) {
            let row = cells.row(ofField: field)
            findings.append(.innerByteOrderMark(row: row, column: field - cells.fields(ofRow: row).lowerBound + 1))
            cells = cells.removing(ASCII.byteOrderMark)
        }

        // Rows written with another delimiter than the header's: one field holding the other delimiters.
        var kept = Array(1..<cells.count)
        if headerCount >= 2 {
            let others = CSVDelimiter.allCases.filter { $0 != document.delimiter }
            var misdelimited: [(row: Int, delimiter: CSVDelimiter)] = []
            kept.removeAll { row in
                let fields = cells.fields(ofRow: row)
                guard fields.count == 1 else { return false }
                let field = fields.lowerBound
                guard
                    let other = others.max(by: {
                        cells.occurrences(of: $0.rawValue, inField: field) < cells.occurrences(of: $1.rawValue, inField: field)
                    }),
                    cells.occurrences(of: other.rawValue, inField: field) > 0
                else { return false }
                misdelimited.append((row, other))
                return true
            }
            if let first = misdelimited.first {
                findings.append(.mixedDelimiters(row: first.row, delimiter: first.delimiter, rowsLeftOut: misdelimited.count))
            }
        }

        // Text beyond the header's last column: one finding per file.
        for row in kept {
            let fields = cells.fields(ofRow: row)
            guard fields.count > headerCount,
                let extra = fields.dropFirst(headerCount).first(where: { !cells.isBlank(field: $0) })
            else { continue }
            findings.append(.extraFields(row: row, column: extra - fields.lowerBound + 1, fields: fields.count))
            break
        }
        return CheckedCells(
            cells: cells, keptRows: kept.count == cells.count - 1 ? nil : kept, findings: findings,
            headerCount: headerCount)
    }
}
