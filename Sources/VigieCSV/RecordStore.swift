import VigieSource

/// Raw field bytes of the records read so far, kept undecoded until the encoding of the
/// whole file is known: one growing byte buffer plus the end offset of every field.
struct RecordStore: Sendable {
    private struct Row: Sendable {
        var line: Int
        /// The row a spreadsheet shows (blank lines counted, a multi-line quoted field one row).
        var spreadsheetRow: Int
        /// Index in `fieldEnds` just past the row's last field.
        var fieldEnd: Int
        /// The row has no ASCII content but some non-ASCII bytes: it may still be blank
        /// (e.g. only no-break spaces); decide after decoding.
        var mayBeBlank: Bool
    }

    private var bytes = ByteBuffer()
    private var fieldEnds: [Int] = []
    private var rows: [Row] = []
    private var rowByteStart = 0
    private var rowFieldStart = 0

    init() {
        fieldEnds.reserveCapacity(1024)
    }

    /// Number of fields of the row being read.
    var fieldsInCurrentRow: Int { fieldEnds.count - rowFieldStart }

    mutating func appendField(_ field: UnsafeRawBufferPointer) {
        bytes.append(field)
        fieldEnds.append(bytes.count)
    }

    /// Closes the row being read; a row whose fields are all empty or white space is dropped.
    mutating func endRow(line: Int, spreadsheetRow: Int) {
        var hasNonASCII = false
        var blank = true
        for index in rowByteStart..<bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 {
                hasNonASCII = true
            } else if !ASCII.isWhitespace(byte) {
                blank = false
                break
            }
        }
        if blank && !hasNonASCII {
            bytes.truncate(to: rowByteStart)
            fieldEnds.removeSubrange(rowFieldStart...)
        } else {
            rows.append(Row(line: line, spreadsheetRow: spreadsheetRow, fieldEnd: fieldEnds.count, mayBeBlank: blank))
            rowByteStart = bytes.count
            rowFieldStart = fieldEnds.count
        }
    }

    /// The kept rows as UTF-8 (a Windows-1252 file converted), rows that decode to white space only dropped.
    consuming func rows(encoding: CSVEncoding) -> SourceCells {
        if encoding == .utf8 && !rows.contains(where: \.mayBeBlank) {
            return SourceCells(bytes: bytes.array, fieldEnds: fieldEnds, rowFieldEnds: rows.map(\.fieldEnd), lines: rows.map(\.line),
                           spreadsheetRows: rows.map(\.spreadsheetRow))
        }
        var out: [UInt8] = []
        out.reserveCapacity(encoding == .utf8 ? bytes.count : bytes.count + bytes.count / 8)
        var outEnds: [Int] = []
        outEnds.reserveCapacity(fieldEnds.count)
        var rowFieldEnds: [Int] = []
        var lines: [Int] = []
        var spreadsheetRows: [Int] = []
        do {
            let buffer = bytes.buffer
            var fieldIndex = 0
            var fieldStart = 0
            for row in rows {
                let rowStart = out.count
                let rowFieldStart = outEnds.count
                while fieldIndex < row.fieldEnd {
                    let end = fieldEnds[fieldIndex]
                    let slice = UnsafeBufferPointer(rebasing: buffer[fieldStart..<end])
                    switch encoding {
                    case .utf8: out.append(contentsOf: slice)
                    case .windows1252: Windows1252.appendUTF8(slice, to: &out)
                    }
                    outEnds.append(out.count)
                    fieldStart = end
                    fieldIndex += 1
                }
                if row.mayBeBlank && Self.isBlank(out[rowStart...]) {
                    out.removeSubrange(rowStart...)
                    outEnds.removeSubrange(rowFieldStart...)
                    continue
                }
                rowFieldEnds.append(outEnds.count)
                lines.append(row.line)
                spreadsheetRows.append(row.spreadsheetRow)
            }
        }
        return SourceCells(bytes: out, fieldEnds: outEnds, rowFieldEnds: rowFieldEnds, lines: lines, spreadsheetRows: spreadsheetRows)
    }

    /// Whether UTF-8 text is all Unicode white space.
    private static func isBlank(_ utf8: ArraySlice<UInt8>) -> Bool {
        String(decoding: utf8, as: UTF8.self).unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }
}

/// The field bytes of a file as they arrive: grown by hand and appended with one memcpy per field, which costs a
/// fraction of `Array.append(contentsOf:)` on the millions of fields of a large workspace.
final class ByteBuffer: @unchecked Sendable {
    private var pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 16 * 1024)
    private var capacity = 16 * 1024
    private(set) var count = 0

    deinit { pointer.deallocate() }

    func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity {
            capacity = max(capacity * 2, count + bytes.count)
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            bigger.update(from: pointer, count: count)
            pointer.deallocate()
            pointer = bigger
        }
        UnsafeMutableRawPointer(pointer + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    func truncate(to newCount: Int) { count = min(count, newCount) }

    subscript(index: Int) -> UInt8 { pointer[index] }

    /// The bytes so far, valid until the next append.
    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: pointer, count: count) }

    /// A copy of the bytes so far.
    var array: [UInt8] { Array(buffer) }
}
