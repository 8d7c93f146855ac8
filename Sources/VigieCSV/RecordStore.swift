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

    /// Decodes every kept row.
    func records(encoding: CSVEncoding) -> [CSVRecord] {
        var result: [CSVRecord] = []
        result.reserveCapacity(rows.count)
        bytes.withUnsafeBufferPointer { buffer in
            var fieldIndex = 0
            var fieldStart = 0
            for row in rows {
                var fields: [String] = []
                fields.reserveCapacity(row.fieldEnd - fieldIndex)
                while fieldIndex < row.fieldEnd {
                    let end = fieldEnds[fieldIndex]
                    let slice = UnsafeBufferPointer(rebasing: buffer[fieldStart..<end])
                    switch encoding {
                    case .utf8: fields.append(String(decoding: slice, as: UTF8.self))
                    case .windows1252: fields.append(Windows1252.decode(slice))
                    }
                    fieldStart = end
                    fieldIndex += 1
                }
                if row.mayBeBlank && fields.allSatisfy(Self.isBlank) { continue }
                result.append(CSVRecord(line: row.line, fields: fields))
            }
        }
        return result
    }

    private static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }
}
