import VigieSource
import CLibCSV
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Drives libcsv over the body of the file (after the BOM, once the delimiter is known) and
/// records, for every record, the 1-based physical line where it starts and the row a spreadsheet shows for it.
///
/// libcsv callbacks carry no position, so every chunk is cut at line terminators before it is
/// handed to `csv_parse`: within one piece all bytes are on the same physical line, and the
/// parser's public state (`pstate`, `quoted`) after each piece tells whether a record or a
/// quoted field is open. CRLF counts as one line end, a lone CR or LF as one too.
///
/// The tokenizer's state reaches the C callbacks through their `void *` argument (a pointer to `State`).
///
/// libcsv grows its field buffer by a fixed block (128 bytes by default), which makes a long field cost time
/// quadratic in its length wherever `realloc` copies (it does under AddressSanitizer, and with most allocators
/// other than glibc's `mremap` path): a 10 MB field took minutes. So pieces are also cut at `maxPiece` bytes, and
/// before each one the block is set to the buffer's current size: the buffer doubles, at most one `realloc` per
/// piece (the first grows it to 64 KiB), linear time overall.
final class LibCSVTokenizer {
    /// The longest run of bytes handed to one `csv_parse` call.
    static let maxPiece = 64 * 1024

    // libcsv parser states (libcsv.c).
    private static let rowNotBegun: Int32 = 0
    private static let fieldBegun: Int32 = 2
    private static let fieldMightHaveEnded: Int32 = 3

    /// Mutable state touched by the C callbacks, kept behind a pointer so that the hot path
    /// pays no dynamic exclusivity checks on class properties.
    private struct State {
        var store = RecordStore()
        /// Physical line of the bytes being fed.
        var line = 1
        /// Line where the open record started (0: none open, or opened in the current piece).
        var rowStartLine = 0
        /// Where the open quoted field started (0: none).
        var quoteLine = 0
        var quoteColumn = 0
        /// Line breaks inside the quoted fields of the records ended so far (blank ones too): how far the spreadsheet's
        /// row numbers have fallen behind the physical lines.
        var linesInsideRecords = 0
    }

    private let parser: UnsafeMutablePointer<csv_parser>
    private let state: UnsafeMutablePointer<State>
    private(set) var error: CSVParseError?
    /// The previous chunk ended with CR (a LF opening this chunk completes a CRLF).
    private var lastWasCR = false
    private var finished = false
    /// `finish` returned the store: its memory is no longer the tokenizer's to free.
    private var handedOver = false

    init(delimiter: CSVDelimiter) {
        parser = .allocate(capacity: 1)
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        csv_init(parser, UInt8(CSV_STRICT_FINI))
        csv_set_delim(parser, delimiter.rawValue)
        // Spaces around unquoted fields are trimmed, and the delimiter is never a space:
        // libcsv's default space test (space or TAB) is kept for `;` and `,`, and replaced by
        // "space only" when TAB is the delimiter.
        if delimiter == .tab {
            csv_set_space_func(parser) { $0 == 0x20 ? 1 : 0 }
        }
    }

    deinit {
        csv_free(parser)
        parser.deallocate()
        if !handedOver { state.pointee.store.free() }
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Feeds bytes of the body, in any chunking.
    func feed(_ bytes: UnsafeRawBufferPointer) {
        guard error == nil, let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let count = bytes.count
        var start = 0
        var i = 0
        if lastWasCR && bytes[0] == ASCII.lf {
            i = 1  // second half of a CRLF split across chunks: not a new line end
        }
        // A chunk without CR (most files end their lines with LF alone) finds its line ends with memchr; any other
        // looks for LF and CR eight bytes at a time.
        let onlyLF = memchr(base, Int32(ASCII.cr), count) == nil
        while i < count {
            if onlyLF {
                guard let found = memchr(base + i, Int32(ASCII.lf), count - i) else { break }
                i = base.distance(to: UnsafeRawPointer(found))
            } else {
                // Eight bytes at a time while none is a line end (most of every line), then straight to the first.
                i = ByteWord.skip(bytes, from: i, flags: Self.lineEndFlags)
                guard i < count else { break }
            }
            let byte = bytes[i]
            if byte != ASCII.lf && byte != ASCII.cr {
                i += 1
                continue
            }
            var end = i + 1
            if byte == ASCII.cr && end < count && bytes[end] == ASCII.lf { end += 1 }
            guard parsePiece(base + start, end - start) else { return }
            state.pointee.line += 1
            start = end
            i = end
        }
        if start < count {
            guard parsePiece(base + start, count - start) else { return }
        }
        lastWasCR = bytes[count - 1] == ASCII.cr
    }

    /// Whether one of eight bytes is LF or CR.
    @inline(__always)
    static func hasLineEnd(_ word: UInt64) -> Bool {
        lineEndFlags(word) != 0
    }

    /// The high bit of each byte that may be LF or CR; the lowest set bit marks the first line end (`ByteWord.flags`).
    @inline(__always)
    static func lineEndFlags(_ word: UInt64) -> UInt64 {
        ByteWord.flags(word, ASCII.lf) | ByteWord.flags(word, ASCII.cr)
    }

    /// Parses bytes that all stand on the current physical line, in runs of at most `maxPiece` bytes.
    private func parsePiece(_ pointer: UnsafeRawPointer, _ length: Int) -> Bool {
        var offset = 0
        repeat {
            let run = min(Self.maxPiece, length - offset)
            guard parseRun(pointer + offset, run) else { return false }
            offset += run
        } while offset < length
        return true
    }

    private func parseRun(_ pointer: UnsafeRawPointer, _ length: Int) -> Bool {
        csv_set_blk_size(parser, max(Self.maxPiece, parser.pointee.entry_size))
        let consumed = csv_parse(parser, pointer, length, Self.fieldCallback, Self.rowCallback, UnsafeMutableRawPointer(state))
        if consumed < length {
            fail()
            return false
        }
        let pstate = parser.pointee.pstate
        if pstate != Self.rowNotBegun && state.pointee.rowStartLine == 0 {
            state.pointee.rowStartLine = state.pointee.line
        }
        if state.pointee.quoteLine == 0
            && ((pstate == Self.fieldBegun && parser.pointee.quoted != 0) || pstate == Self.fieldMightHaveEnded) {
            state.pointee.quoteLine = state.pointee.line
            state.pointee.quoteColumn = state.pointee.store.fieldsInCurrentRow + 1
        }
        return true
    }

    private func fail() {
        let status = csv_error(parser)
        let kind: CSVParseError.Kind
        switch status {
        case Int32(CSV_ENOMEM), Int32(CSV_ETOOBIG): kind = .outOfMemory
        default: kind = .other(String(cString: csv_strerror(status)))
        }
        error = CSVParseError(kind: kind, line: state.pointee.line, column: state.pointee.store.fieldsInCurrentRow + 1,
                              row: openRecordRow)
    }

    /// Ends the input: reports an unterminated quote, or submits the last record.
    func finish() throws(CSVParseError) -> RecordStore {
        if let error { throw error }
        precondition(!finished, "LibCSVTokenizer.finish() called twice")
        finished = true
        if parser.pointee.pstate == Self.fieldBegun && parser.pointee.quoted != 0 {
            throw CSVParseError(kind: .unterminatedQuote, line: state.pointee.quoteLine, column: state.pointee.quoteColumn,
                                row: openRecordRow)
        }
        if csv_fini(parser, Self.fieldCallback, Self.rowCallback, UnsafeMutableRawPointer(state)) != 0 {
            fail()
            if let error { throw error }
        }
        // The store's memory is the caller's now (`RecordStore.rows(encoding:)` takes or frees it).
        handedOver = true
        return state.pointee.store
    }

    /// The spreadsheet row of the record being read (where it started, less the line breaks inside earlier records).
    private var openRecordRow: Int {
        let start = state.pointee.rowStartLine != 0 ? state.pointee.rowStartLine : state.pointee.line
        return start - state.pointee.linesInsideRecords
    }

    // MARK: libcsv callbacks

    /// The callbacks reach the state through their `void *` argument: no class, no reference counting per field.
    private static let fieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
        pointer, length, context in
        let state = context.unsafelyUnwrapped.assumingMemoryBound(to: State.self)
        state.pointee.store.appendField(UnsafeRawBufferPointer(start: pointer, count: pointer == nil ? 0 : length))
        state.pointee.quoteLine = 0
    }

    private static let rowCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
        let state = context.unsafelyUnwrapped.assumingMemoryBound(to: State.self)
        let line = state.pointee.rowStartLine != 0 ? state.pointee.rowStartLine : state.pointee.line
        // A spreadsheet starts a row at every line end outside quotes: one row per record, and one per blank line.
        state.pointee.store.endRow(line: line, spreadsheetRow: line - state.pointee.linesInsideRecords)
        state.pointee.linesInsideRecords += state.pointee.line - line
        state.pointee.rowStartLine = 0
        state.pointee.quoteLine = 0
    }
}
