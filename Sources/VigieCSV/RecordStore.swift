import VigieSource

/// Raw field bytes of the records read so far, kept undecoded until the encoding of the
/// whole file is known: one growing byte buffer plus the end offset of every field.
///
/// The buffers are plain memory that the store's owner frees (`free`) unless `rows(encoding:)` has taken them: the
/// tokenizer's callbacks reach them through one pointer, with no reference counting or exclusivity check per field.
struct RecordStore {
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

    private var bytes = RawBuffer<UInt8>(capacity: 16 * 1024)
    private var fieldEnds = RawBuffer<Int>(capacity: 1024)
    private var rows: [Row] = []
    private var rowByteStart = 0
    private var rowFieldStart = 0

    init() {}

    /// Frees the buffers of a store whose rows were never taken (a file that failed to parse).
    func free() {
        bytes.free()
        fieldEnds.free()
    }

    /// Number of fields of the row being read.
    var fieldsInCurrentRow: Int { fieldEnds.count - rowFieldStart }

    @inline(__always)
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
            fieldEnds.truncate(to: rowFieldStart)
        } else {
            rows.append(Row(line: line, spreadsheetRow: spreadsheetRow, fieldEnd: fieldEnds.count, mayBeBlank: blank))
            rowByteStart = bytes.count
            rowFieldStart = fieldEnds.count
        }
    }

    /// The kept rows as UTF-8 (a Windows-1252 file converted), rows that decode to white space only dropped.
    /// The usual file (UTF-8, no row that may be blank) hands its buffers over to the cells as they are: no copy.
    consuming func rows(encoding: CSVEncoding) -> SourceCells {
        if encoding == .utf8 && !rows.contains(where: \.mayBeBlank) {
            return SourceCells(adopting: bytes.take(), fieldEnds: fieldEnds.take(), rowFieldEnds: rows.map(\.fieldEnd),
                               lines: rows.map(\.line), spreadsheetRows: rows.map(\.spreadsheetRow))
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
        free()
        return SourceCells(bytes: out, fieldEnds: outEnds, rowFieldEnds: rowFieldEnds, lines: lines, spreadsheetRows: spreadsheetRows)
    }

    /// Whether UTF-8 text is all Unicode white space.
    private static func isBlank(_ utf8: ArraySlice<UInt8>) -> Bool {
        String(decoding: utf8, as: UTF8.self).unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }
}

/// Values of a file as they arrive (field bytes, field ends) in memory grown by hand, appended with one copy per
/// field: a fraction of what `Array.append(contentsOf:)` and its uniqueness check cost on the millions of fields of a
/// large workspace. A plain struct over memory its owner frees (`free`) or hands over (`take`, to
/// `SourceCells(adopting:…)`, without a copy); copies of it share that memory.
struct RawBuffer<Element: BitwiseCopyable> {
    private var pointer: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        pointer = .allocate(capacity: capacity)
    }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        grow(count + extra)
    }

    private mutating func grow(_ needed: Int) {
        capacity = max(capacity * 2, needed)
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
        bigger.update(from: pointer, count: count)
        pointer.deallocate()
        pointer = bigger
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        reserve(1)
        pointer[count] = element
        count += 1
    }

    mutating func truncate(to newCount: Int) { count = min(count, newCount) }

    subscript(index: Int) -> Element { pointer[index] }

    /// The values so far, valid until the next append.
    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: pointer, count: count) }

    func free() { pointer.deallocate() }

    /// The memory, now the caller's to deallocate.
    consuming func take() -> UnsafeMutableBufferPointer<Element> {
        UnsafeMutableBufferPointer(start: pointer, count: count)
    }
}

extension RawBuffer<UInt8> {
    /// Appends a field's bytes: a short one (most cells) with two loads and two stores that overlap (never a byte
    /// outside the field read or written), a longer one with one memcpy.
    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        let length = bytes.count
        guard length > 0, let source = bytes.baseAddress else { return }
        reserve(length)
        let target = UnsafeMutableRawPointer(pointer + count)
        if length >= 8 && length <= 16 {
            let head = source.loadUnaligned(as: UInt64.self), tail = source.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: length - 8, as: UInt64.self)
        } else if length >= 4 && length < 8 {
            let head = source.loadUnaligned(as: UInt32.self), tail = source.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: length - 4, as: UInt32.self)
        } else if length < 4 {
            // One, two or three bytes: the first, the middle and the last (some of them the same byte).
            let first = source.load(as: UInt8.self), middle = source.load(fromByteOffset: length / 2, as: UInt8.self)
            let last = source.load(fromByteOffset: length - 1, as: UInt8.self)
            target.storeBytes(of: first, as: UInt8.self)
            target.storeBytes(of: middle, toByteOffset: length / 2, as: UInt8.self)
            target.storeBytes(of: last, toByteOffset: length - 1, as: UInt8.self)
        } else {
            target.copyMemory(from: source, byteCount: length)
        }
        count += length
    }
}
