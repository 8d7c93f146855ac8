/// Raw field bytes of the records read so far, kept undecoded until the encoding of the
/// whole file is known: one growing byte buffer plus the end offset of every field.
struct RecordStore: Sendable {
    private struct Row: Sendable {
        var line: Int
        /// Index in `fieldEnds` just past the row's last field.
        var fieldEnd: Int
        /// The row has no ASCII content but some non-ASCII bytes: it may still be blank
        /// (e.g. only no-break spaces); decide after decoding.
        var mayBeBlank: Bool
    }

    private var bytes: [UInt8] = []
    private var fieldEnds: [Int] = []
    private var rows: [Row] = []
    private var rowByteStart = 0
    private var rowFieldStart = 0

    init() {
        bytes.reserveCapacity(16 * 1024)
        fieldEnds.reserveCapacity(1024)
    }

    /// Number of fields of the row being read.
    var fieldsInCurrentRow: Int { fieldEnds.count - rowFieldStart }

    mutating func appendField(_ field: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: field)
        fieldEnds.append(bytes.count)
    }

    /// Closes the row being read; a row whose fields are all empty or white space is dropped.
    mutating func endRow(line: Int) {
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
            bytes.removeSubrange(rowByteStart...)
            fieldEnds.removeSubrange(rowFieldStart...)
        } else {
            rows.append(Row(line: line, fieldEnd: fieldEnds.count, mayBeBlank: blank))
            rowByteStart = bytes.count
            rowFieldStart = fieldEnds.count
        }
    }

    /// The kept rows as UTF-8 (a Windows-1252 file converted), rows that decode to white space only dropped.
    consuming func rows(encoding: CSVEncoding) -> CSVRows {
        if encoding == .utf8 && !rows.contains(where: \.mayBeBlank) {
            return CSVRows(bytes: bytes, fieldEnds: fieldEnds, rowFieldEnds: rows.map(\.fieldEnd), lines: rows.map(\.line))
        }
        var out: [UInt8] = []
        out.reserveCapacity(encoding == .utf8 ? bytes.count : bytes.count + bytes.count / 8)
        var outEnds: [Int] = []
        outEnds.reserveCapacity(fieldEnds.count)
        var rowFieldEnds: [Int] = []
        var lines: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
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
            }
        }
        return CSVRows(bytes: out, fieldEnds: outEnds, rowFieldEnds: rowFieldEnds, lines: lines)
    }

    /// Whether UTF-8 text is all Unicode white space.
    private static func isBlank(_ utf8: ArraySlice<UInt8>) -> Bool {
        String(decoding: utf8, as: UTF8.self).unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }
}
