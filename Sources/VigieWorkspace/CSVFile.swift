import Foundation
import VigieCSV
import VigieCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one CSV file of a workspace into a `SourceTable`, streaming it through the CSV parser in chunks.
///
/// Whatever the bytes, the answer is a table or a diagnostic, never a crash, a hang or memory out of proportion:
/// - only regular files are read (a FIFO, a device or a socket named `.csv` is refused, so `/dev/zero` cannot
///   feed the reader forever), and at most `maxFileSize` bytes;
/// - binary content (a NUL byte, a high share of control characters, the signature of a workbook or of UTF-16)
///   is an error: the data cannot be trusted; reading stops at the first NUL byte;
/// - a cell longer than a spreadsheet cell can be (`maxFieldLength`) is an error: it is almost always a
///   misplaced quote that swallowed the rest of the file;
/// - rows written with another delimiter than the header's are an error and left out;
/// - a byte order mark inside the file (two files pasted together) is removed with a warning;
/// - text beyond the header's last column is ignored with a warning.
public enum CSVFile {
    /// The size of the chunks fed to the parser.
    public static let chunkSize = 64 * 1024
    /// The largest file read: 256 MiB (an answer sheet of a whole canton is a few hundred KiB).
    public static let maxFileSize = 256 * 1024 * 1024
    /// The longest cell, in UTF-16 code units as spreadsheets count them: Excel's limit per cell.
    public static let maxFieldLength = 32_767

    /// The table, or nil with an error when the file cannot be read or parsed; warnings (encoding) either way.
    /// - Parameters:
    ///   - path: the file on disk.
    ///   - displayPath: the path shown in diagnostics (relative to the workspace).
    public static func read(path: String, displayPath: String) -> (table: SourceTable?, diagnostics: [Diagnostic]) {
        let fileLocation = Location(file: displayPath, line: 1, column: 1)
        if let refusal = FileKind.refusal(path: path, displayPath: displayPath, maxSize: maxFileSize, tooLarge: Message.tooLarge) {
            return (nil, [refusal])
        }
        // Plain open/read/close into one buffer: a workspace is tens of thousands of small files, and a FileHandle
        // with a Data per chunk costs more than reading them.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return (nil, [.error(.unreadable, at: fileLocation)])
        }
        defer { close(descriptor) }
        var reader = CSVFileReader(displayPath: displayPath)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = systemRead(descriptor, buffer.baseAddress, chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                return (nil, [.error(.readFailed(reason: String(cString: strerror(errno))), at: fileLocation)])
            }
            if count == 0 { break }
            if let refusal = reader.feed(UnsafeRawBufferPointer(rebasing: buffer[0..<count])) { return (nil, [refusal]) }
        }
        return reader.finish()
    }

    /// Turns a parsed document into a table, with the checks of the reader on its cells. The cells stay bytes.
    static func table(from document: CSVDocument, displayPath: String) -> (table: SourceTable?, diagnostics: [Diagnostic]) {
        let fileLocation = Location(file: displayPath, line: 1, column: 1)
        var diagnostics: [Diagnostic] = []
        if document.encoding == .windows1252 {
            diagnostics.append(.warning(.windows1252, at: fileLocation))
        }
        let rows = document.rows
        guard rows.count > 0 else {
            diagnostics.append(.warning(.emptyFile, at: fileLocation))
            return (nil, diagnostics)
        }
        var cells = SourceCells(bytes: rows.bytes, fieldEnds: rows.fieldEnds, rowFieldEnds: rows.rowFieldEnds, lines: rows.lines,
                                spreadsheetRows: rows.spreadsheetRows)
        let headerFields = cells.fields(ofRow: 0)
        let headerCount = headerFields.count
        /// Where a field stands, with its column's name (none for the header's own fields or beyond the header).
        func location(row: Int, column: Int) -> Location {
            let name = row != 0 && column <= headerCount ? cells.text(ofField: headerFields.lowerBound + column - 1).trimmedCSV : nil
            return Location(file: displayPath, line: cells.line(ofRow: row), column: column, columnName: name,
                            row: cells.spreadsheetRow(ofRow: row))
        }

        // A cell no spreadsheet could hold (none can when the whole file is shorter).
        for row in 0..<(rows.bytes.count > maxFieldLength ? cells.count : 0) {
            let fields = cells.fields(ofRow: row)
            for field in fields where cells.byteCount(ofField: field) > maxFieldLength {
                let length = cells.text(ofField: field).utf16.count
                guard length > maxFieldLength else { continue }
                diagnostics.append(.error(.fieldTooLong(length: length, limit: maxFieldLength),
                                          at: location(row: row, column: field - fields.lowerBound + 1)))
                return (nil, diagnostics)
            }
        }

        // A byte order mark inside the file: removed, with a warning at its first place.
        if let field = cells.firstField(containing: byteOrderMark) {
            let row = cells.row(ofField: field)
            diagnostics.append(.warning(.innerBOM, at: location(row: row, column: field - cells.fields(ofRow: row).lowerBound + 1)))
            cells = cells.removing(byteOrderMark)
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
                guard let other = others.max(by: { cells.occurrences(of: $0.rawValue, inField: field) < cells.occurrences(of: $1.rawValue, inField: field) }),
                      cells.occurrences(of: other.rawValue, inField: field) > 0 else { return false }
                misdelimited.append((row, other))
                return true
            }
            if let first = misdelimited.first {
                diagnostics.append(.error(.mixedDelimiters(row: Message.name(first.delimiter), header: Message.name(document.delimiter),
                                                           columns: headerCount, rowsLeftOut: misdelimited.count),
                                          at: Location(file: displayPath, line: cells.line(ofRow: first.row), column: 0,
                                                       row: cells.spreadsheetRow(ofRow: first.row))))
            }
        }

        // Text beyond the header's last column: ignored, one warning per file.
        for row in kept {
            let fields = cells.fields(ofRow: row)
            guard fields.count > headerCount,
                  let extra = fields.dropFirst(headerCount).first(where: { !cells.isBlank(field: $0) }) else { continue }
            diagnostics.append(.warning(.extraFields(fields: fields.count, columns: headerCount),
                                        at: location(row: row, column: extra - fields.lowerBound + 1)))
            break
        }

        let records = kept.count == cells.count - 1 ? nil : kept.map {
            SourceTable.Record(line: cells.line(ofRow: $0), spreadsheetRow: cells.spreadsheetRow(ofRow: $0), row: $0)
        }
        return (SourceTable(file: displayPath, cells: cells, records: records), diagnostics)
    }

    static func binaryError(_ verdict: BinarySniffer.Verdict, _ displayPath: String) -> Diagnostic {
        switch verdict {
        case .nul(let line):
            return .error(.nulByte, at: Location(file: displayPath, line: line, column: 1))
        case .signature(let message):
            return .error(message, at: Location(file: displayPath, line: 1, column: 1))
        case .controlCharacters:
            return .error(.binary, at: Location(file: displayPath, line: 1, column: 1))
        }
    }

    /// U+FEFF in UTF-8.
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    enum Message {
        static func tooLarge(_ size: Int) -> DiagnosticMessage {
            .fileTooLarge(mebibytes: size / (1024 * 1024), limit: maxFileSize / (1024 * 1024))
        }
        static func syntax(_ error: CSVParseError) -> DiagnosticMessage {
            switch error.kind {
            case .unterminatedQuote: .unterminatedQuote
            case .outOfMemory: .fieldOutOfMemory
            case .other(let text): .csvSyntax(detail: text)
            }
        }
        static func name(_ delimiter: CSVDelimiter) -> String {
            switch delimiter {
            case .semicolon: "';'"
            case .comma: "','"
            case .tab: "TAB"
            }
        }
    }
}

/// The bytes of one CSV file, fed in any chunking, to a table or diagnostics: what `CSVFile.read` does once the
/// file is open. Feeding the same bytes in other chunks gives the same result.
public struct CSVFileReader: ~Copyable {
    private var parser = CSVParser()
    private var sniffer = BinarySniffer()
    private var total = 0
    private var refusal: Diagnostic?
    private let displayPath: String

    public init(displayPath: String) {
        self.displayPath = displayPath
    }

    /// Feeds the next bytes; returns an error as soon as the file is known to be unreadable (binary, too large),
    /// after which further bytes are ignored.
    @discardableResult
    public mutating func feed(_ bytes: UnsafeRawBufferPointer) -> Diagnostic? {
        if let refusal { return refusal }
        total += bytes.count
        if total > CSVFile.maxFileSize {
            refusal = .error(CSVFile.Message.tooLarge(total), at: Location(file: displayPath, line: 1, column: 1))
            return refusal
        }
        sniffer.consume(bytes)
        if let verdict = sniffer.verdict(final: false) {
            refusal = CSVFile.binaryError(verdict, displayPath)
            return refusal
        }
        parser.feed(bytes)
        return nil
    }

    /// The table, or nil with an error; warnings either way.
    public consuming func finish() -> (table: SourceTable?, diagnostics: [Diagnostic]) {
        if let refusal { return (nil, [refusal]) }
        if let verdict = sniffer.verdict(final: true) { return (nil, [CSVFile.binaryError(verdict, displayPath)]) }
        let document: CSVDocument
        do {
            document = try parser.finish()
        } catch {
            let location = Location(file: displayPath, line: error.line, column: error.column, row: error.row)
            // The location already says where; the message says what (without repeating "line 5, field 2").
            return (nil, [.error(CSVFile.Message.syntax(error), at: location)])
        }
        return CSVFile.table(from: document, displayPath: displayPath)
    }
}

/// Tells binary content from text while a file streams by.
struct BinarySniffer {
    enum Verdict: Equatable {
        /// The first NUL byte, on this 1-based line.
        case nul(line: Int)
        /// A known binary format, with the message for it.
        case signature(DiagnosticMessage)
        /// Too many control characters for text.
        case controlCharacters
    }

    private var head: [UInt8] = []
    private var line = 1
    private var lastWasCR = false
    private var total = 0
    private var controls = 0
    private var found: Verdict?

    mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        guard found == nil else { return }
        if head.count < 8 { head.append(contentsOf: bytes.prefix(8 - head.count)) }
        if let signature = Self.signature(head) {
            found = .signature(signature)
            return
        }
        // One comparison per byte for printable text; control bytes (line ends among them) take the slow branch.
        total += bytes.count
        let count = bytes.count
        var i = 0
        while i < count {
            // Eight bytes at a time while none is a control byte (below 0x20, or DEL).
            while i + 8 <= count, !Self.hasControlByte(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
            guard i < count else { break }
            let byte = bytes[i]
            i += 1
            if byte >= 0x20 && byte != 0x7F { continue }
            switch byte {
            case 0x00:
                found = .nul(line: line)
                return
            case 0x0A:
                let previousWasCR = i >= 2 ? bytes[i - 2] == 0x0D : lastWasCR
                if !previousWasCR { line += 1 }
            case 0x0D:
                line += 1
            case 0x09, 0x0C:
                break
            default:
                controls += 1
            }
        }
        if let last = bytes.last { lastWasCR = last == 0x0D }
    }

    /// Whether one of eight bytes is below 0x20 or is 0x7F.
    @inline(__always)
    static func hasControlByte(_ word: UInt64) -> Bool {
        ByteWord.hasByte(word, below: 0x20) || ByteWord.contains(word, 0x7F)
    }

    /// Binary as soon as a NUL byte or a signature is seen; at the end (`final`), also when more than 1 byte in 32
    /// is a control character. The verdict never depends on how the bytes were chunked.
    func verdict(final: Bool) -> Verdict? {
        if let found { return found }
        guard final else { return nil }
        return controls >= 8 && controls * 32 > total ? .controlCharacters : nil
    }

    /// Workbooks (zip: .xlsx, .ods; OLE: .xls) and UTF-16 byte order marks.
    static func signature(_ head: [UInt8]) -> DiagnosticMessage? {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return .renamedWorkbook
        }
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return .utf32 }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return .utf16 }
        return nil
    }
}

/// The C library's `read` (the name `read` is taken inside `CSVFile`).
func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// What a path names, following symbolic links, with the reasons a link leads nowhere.
enum FileKind: Equatable {
    case regular(size: Int)
    case directory
    /// A FIFO, a device, a socket.
    case special
    case linkLoop
    case danglingLink
    case missing
    case inaccessible

    static func of(_ path: String) -> FileKind {
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .regular(size: Int(info.st_size))
            case S_IFDIR: return .directory
            default: return .special
            }
        }
        let reason = errno
        if reason == ELOOP { return .linkLoop }
        var linkInfo = stat()
        if lstat(path, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK {
            return reason == ENOENT ? .danglingLink : .inaccessible
        }
        return reason == ENOENT ? .missing : .inaccessible
    }
}
