import Foundation

/// The cells of one source file (a CSV file, a workbook's worksheet) as UTF-8 bytes and offsets, row 0 the header:
/// what every reader yields and what the domain's `SourceTable` reads its texts from. Field `f` spans `bytes[fieldEnds[f - 1]..<fieldEnds[f]]`; row `r` holds the fields
/// `rowFieldEnds[r - 1]..<rowFieldEnds[r]` (each from 0 for the first).
///
/// The arrays are copied once into buffers the object owns: reading a cell then costs no reference counting,
/// which matters when two threads read millions of cells. Immutable after `init`, hence `@unchecked Sendable`.
public final class SourceCells: @unchecked Sendable {
    @usableFromInline let bytes: UnsafeMutableBufferPointer<UInt8>
    @usableFromInline let fieldEnds: UnsafeMutableBufferPointer<Int>
    @usableFromInline let rowFieldEnds: UnsafeMutableBufferPointer<Int>
    /// The 1-based line where each row starts.
    let lineBuffer: UnsafeMutableBufferPointer<Int>
    /// The 1-based row a spreadsheet shows for each row: the header is row 1 when it stands on line 1, blank lines
    /// count as rows, and a record whose quoted field runs over several lines is one row (so after such a record
    /// the row is below the line).
    let spreadsheetRowBuffer: UnsafeMutableBufferPointer<Int>
    /// Whether any cell holds a CR: when none does (most files), a trimmed cell is handed over without looking for one.
    @usableFromInline let holdsCR: Bool

    /// Without `spreadsheetRows`, each row's spreadsheet row is its line (a workbook's rows, tables built in code).
    public init(bytes: [UInt8], fieldEnds: [Int], rowFieldEnds: [Int], lines: [Int], spreadsheetRows: [Int]? = nil) {
        precondition(rowFieldEnds.count == lines.count && (rowFieldEnds.last ?? 0) <= fieldEnds.count
                     && (fieldEnds.last ?? 0) <= bytes.count && (spreadsheetRows?.count ?? lines.count) == lines.count,
                     "inconsistent cells")
        self.bytes = Self.copy(bytes)
        self.fieldEnds = Self.copy(fieldEnds)
        self.rowFieldEnds = Self.copy(rowFieldEnds)
        lineBuffer = Self.copy(lines)
        spreadsheetRowBuffer = Self.copy(spreadsheetRows ?? lines)
        holdsCR = Self.holdsCR(self.bytes)
    }

    /// Cells over buffers a reader filled, which the cells now own (allocated with `allocate`, freed by `deinit`):
    /// the bytes and field ends of a file are not copied again. For readers only: the caller must not touch them after.
    public init(adopting bytes: UnsafeMutableBufferPointer<UInt8>, fieldEnds: UnsafeMutableBufferPointer<Int>,
                rowFieldEnds: [Int], lines: [Int], spreadsheetRows: [Int]) {
        precondition(rowFieldEnds.count == lines.count && (rowFieldEnds.last ?? 0) <= fieldEnds.count
                     && (fieldEnds.last ?? 0) <= bytes.count && spreadsheetRows.count == lines.count,
                     "inconsistent cells")
        self.bytes = bytes
        self.fieldEnds = fieldEnds
        self.rowFieldEnds = Self.copy(rowFieldEnds)
        lineBuffer = Self.copy(lines)
        spreadsheetRowBuffer = Self.copy(spreadsheetRows)
        holdsCR = Self.holdsCR(bytes)
    }

    private static func holdsCR(_ bytes: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, 0x0D, bytes.count) != nil
    }

    deinit {
        bytes.deallocate()
        fieldEnds.deallocate()
        rowFieldEnds.deallocate()
        lineBuffer.deallocate()
        spreadsheetRowBuffer.deallocate()
    }

    private static func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return UnsafeMutableBufferPointer(rebasing: buffer[0..<array.count])
    }

    /// Cells from texts, one array of fields per row.
    public convenience init(rows: [[String]], lines: [Int], spreadsheetRows: [Int]? = nil) {
        var bytes: [UInt8] = []
        var fieldEnds: [Int] = []
        var rowFieldEnds: [Int] = []
        for row in rows {
            for field in row {
                bytes.append(contentsOf: field.utf8)
                fieldEnds.append(bytes.count)
            }
            rowFieldEnds.append(fieldEnds.count)
        }
        self.init(bytes: bytes, fieldEnds: fieldEnds, rowFieldEnds: rowFieldEnds, lines: lines, spreadsheetRows: spreadsheetRows)
    }

    /// The number of rows, header included.
    public var count: Int { lineBuffer.count }

    /// The 1-based line where a row starts.
    public func line(ofRow row: Int) -> Int { lineBuffer[row] }

    /// The 1-based row a spreadsheet shows for a row.
    public func spreadsheetRow(ofRow row: Int) -> Int { spreadsheetRowBuffer[row] }

    /// The 1-based line where each row starts.
    public var lines: [Int] { Array(lineBuffer) }

    /// The 1-based row a spreadsheet shows for each row.
    public var spreadsheetRows: [Int] { Array(spreadsheetRowBuffer) }

    /// The total length of the cells in UTF-8 bytes.
    public var byteCount: Int { bytes.count }

    /// The fields of a row, as indices for the functions below.
    @inlinable
    public func fields(ofRow row: Int) -> Range<Int> {
        (row == 0 ? 0 : rowFieldEnds[row - 1])..<rowFieldEnds[row]
    }

    /// The byte range of a field.
    @inlinable
    public func byteRange(ofField field: Int) -> Range<Int> {
        (field == 0 ? 0 : fieldEnds[field - 1])..<fieldEnds[field]
    }

    /// The bytes of a row's fields, each followed by 0xFF (a byte that UTF-8 never holds): two rows give the same key
    /// exactly when they hold the same fields, byte for byte.
    public func key(ofRow row: Int) -> [UInt8] {
        let fields = fields(ofRow: row)
        var key: [UInt8] = []
        key.reserveCapacity((fields.isEmpty ? 0 : fieldEnds[fields.upperBound - 1] - byteRange(ofField: fields.lowerBound).lowerBound) + fields.count)
        for field in fields {
            key.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[byteRange(ofField: field)]))
            key.append(0xFF)
        }
        return key
    }

    /// The length of a field in UTF-8 bytes.
    public func byteCount(ofField field: Int) -> Int { byteRange(ofField: field).count }

    /// How many times a byte occurs in a field.
    public func occurrences(of byte: UInt8, inField field: Int) -> Int {
        bytes[byteRange(ofField: field)].count { $0 == byte }
    }

    /// Whether a field is empty once trimmed.
    public func isBlank(field: Int) -> Bool { withTrimmedBytes(ofField: field) { $0.isEmpty } }

    /// The first field holding the byte sequence, by position in the file; nil when none does.
    public func firstField(containing sequence: [UInt8]) -> Int? {
        guard let head = sequence.first, let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset + sequence.count <= bytes.count {
            // memchr finds the candidates: this runs over every byte of every answer sheet.
            guard let found = memchr(base + offset, Int32(head), bytes.count - offset) else { return nil }
            offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if offset + sequence.count <= bytes.count && bytes[offset..<offset + sequence.count].elementsEqual(sequence) {
                // The field whose byte range holds `offset` (fields are in byte order; empty fields hold no byte).
                var low = 0, high = fieldEnds.count - 1
                while low < high {
                    let middle = (low + high) / 2
                    if fieldEnds[middle] <= offset { low = middle + 1 } else { high = middle }
                }
                return low
            }
            offset += 1
        }
        return nil
    }

    /// The row a field belongs to.
    public func row(ofField field: Int) -> Int {
        var low = 0, high = rowFieldEnds.count - 1
        while low < high {
            let middle = (low + high) / 2
            if rowFieldEnds[middle] <= field { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The same cells with every occurrence of a byte sequence removed.
    public func removing(_ sequence: [UInt8]) -> SourceCells {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var ends: [Int] = []
        ends.reserveCapacity(fieldEnds.count)
        for field in fieldEnds.indices {
            let range = byteRange(ofField: field)
            var offset = range.lowerBound
            while offset < range.upperBound {
                if offset + sequence.count <= range.upperBound && bytes[offset..<offset + sequence.count].elementsEqual(sequence) {
                    offset += sequence.count
                } else {
                    out.append(bytes[offset])
                    offset += 1
                }
            }
            ends.append(out.count)
        }
        return SourceCells(bytes: out, fieldEnds: ends, rowFieldEnds: Array(rowFieldEnds), lines: lines,
                           spreadsheetRows: spreadsheetRows)
    }

    /// The field as written.
    public func text(ofField field: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[byteRange(ofField: field)]), as: UTF8.self)
    }

    /// The field trimmed as `String.trimmedCSV` does, with its line breaks as LF.
    public func trimmedText(ofField field: Int) -> String {
        withTrimmedBytes(ofField: field) { $0.isEmpty ? "" : String(decoding: $0, as: UTF8.self) }
    }

    /// The trimmed bytes of a field, as `withTrimmedBytes` gives them, in the form that needs no unsafe code to read:
    /// how the domain's loaders compare and parse cells without making a String.
    @inlinable
    public func withTrimmedSpan<R>(ofField field: Int, _ body: (Span<UInt8>) -> R) -> R {
        withTrimmedBytes(ofField: field) { body($0.span) }
    }

    /// The field trimmed as `String.trimmedCSV` does, with its line breaks as LF. The usual cell (ASCII white space
    /// at most around it, no CR) is handed over as bytes; any other goes through the String functions.
    @inlinable
    func withTrimmedBytes<R>(ofField field: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var range = byteRange(ofField: field)
        let buffer = UnsafeBufferPointer(bytes)
        // The usual cell, handed over as it is: a visible ASCII byte at each end (not the apostrophe of a neutralised
        // formula), no CR in the file. The steps below would leave it as it is.
        if let first = range.first, let last = range.last {
            let head = buffer[first], tail = buffer[last]
            if head > 0x20 && head < 0x80 && head != 0x27 && tail > 0x20 && tail < 0x80 && !holdsCR {
                return body(UnsafeBufferPointer(rebasing: buffer[range]))
            }
        } else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        while let first = range.first, ASCII.isWhitespace(buffer[first]) { range = range.dropFirst() }
        while let last = range.last, ASCII.isWhitespace(buffer[last]) { range = range.dropLast() }
        if Self.isNeutralised(buffer, range) { range = range.dropFirst() }
        guard let first = range.first, let last = range.last else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let slice = UnsafeBufferPointer(rebasing: buffer[range])
        if buffer[first] < 0x80 && buffer[last] < 0x80 && !(holdsCR && slice.contains(0x0D)) { return body(slice) }
        var text = String(decoding: slice, as: UTF8.self).trimmedCSV.withLFLineEnds
        return text.withUTF8 { body($0) }
    }
}

extension SourceCells {
    /// Whether the cell is one that Vigie's CSV writer (and a spreadsheet) neutralised against formula injection: an
    /// apostrophe before `=`, `+`, `-`, `@`, TAB or CR, not before a plain signed number (which it leaves as it is).
    /// The reader drops that apostrophe, as a spreadsheet does, so a template's `'-SPOP` reads back as `-SPOP`.
    @usableFromInline
    static func isNeutralised(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 2, buffer[range.lowerBound] == 0x27 else { return false }
        let lead = buffer[range.lowerBound + 1]
        switch lead {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D: return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return !isSignedNumber(buffer, range.lowerBound + 1..<range.upperBound)
        default: return false
        }
    }

    /// A sign, digits, then at most one `.` or `,` followed by digits.
    static func isSignedNumber(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var digitsBefore = 0, digitsAfter = 0, separators = 0
        for offset in range.dropFirst() {
            let byte = buffer[offset]
            if byte >= 0x30 && byte <= 0x39 {
                if separators == 0 { digitsBefore += 1 } else { digitsAfter += 1 }
            } else if (byte == 0x2E || byte == 0x2C) && separators == 0 {
                separators = 1
            } else {
                return false
            }
        }
        return digitsBefore > 0 && (separators == 0 || digitsAfter > 0)
    }
}

extension SourceCells: Equatable {
    /// The same bytes, fields, rows, lines and spreadsheet rows.
    public static func == (left: SourceCells, right: SourceCells) -> Bool {
        left === right || (left.bytes.elementsEqual(right.bytes) && left.fieldEnds.elementsEqual(right.fieldEnds)
            && left.rowFieldEnds.elementsEqual(right.rowFieldEnds) && left.lineBuffer.elementsEqual(right.lineBuffer)
            && left.spreadsheetRowBuffer.elementsEqual(right.spreadsheetRowBuffer))
    }
}
