import Foundation
import VigieCSV
import VigieCore
import VigieSource

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one CSV file of a workspace into a `SourceTable`, streaming it through the CSV parser in chunks; the
/// checks on bytes and cells are VigieCSV's (`BinarySniffer`, `CSVChecks`), their messages are said here.
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
    public static let maxFieldLength = CSVChecks.maxFieldLength

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

    /// Turns a parsed document into a table, with the checks of the reader on its cells (`CSVChecks`) as
    /// diagnostics. The cells stay bytes.
    static func table(from document: CSVDocument, displayPath: String) -> (table: SourceTable?, diagnostics: [Diagnostic]) {
        let fileLocation = Location(file: displayPath, line: 1, column: 1)
        var diagnostics: [Diagnostic] = []
        if document.encoding == .windows1252 {
            diagnostics.append(.warning(.windows1252, at: fileLocation))
        }
        guard document.rows.count > 0 else {
            diagnostics.append(.warning(.emptyFile, at: fileLocation))
            return (nil, diagnostics)
        }
        let checked = CSVChecks.check(document)
        let headerCount = checked.headerCount
        /// Where a field stands, with its column's name (none for the header's own fields or beyond the header).
        func location(row: Int, column: Int) -> Location {
            let cells = checked.cells ?? document.rows
            let headerFields = cells.fields(ofRow: 0)
            let name = row != 0 && column <= headerCount ? cells.text(ofField: headerFields.lowerBound + column - 1).trimmedCSV : nil
            return Location(file: displayPath, line: cells.line(ofRow: row), column: column, columnName: name,
                            row: cells.spreadsheetRow(ofRow: row))
        }
        for finding in checked.findings {
            switch finding {
            case let .fieldTooLong(row, column, length):
                diagnostics.append(.error(.fieldTooLong(length: length, limit: maxFieldLength), at: location(row: row, column: column)))
            case let .innerByteOrderMark(row, column):
                diagnostics.append(.warning(.innerBOM, at: location(row: row, column: column)))
            case let .mixedDelimiters(row, delimiter, rowsLeftOut):
                let cells = checked.cells ?? document.rows
                diagnostics.append(.error(.mixedDelimiters(row: Message.name(delimiter), header: Message.name(document.delimiter),
                                                           columns: headerCount, rowsLeftOut: rowsLeftOut),
                                          at: Location(file: displayPath, line: cells.line(ofRow: row), column: 0,
                                                       row: cells.spreadsheetRow(ofRow: row))))
            case let .extraFields(row, column, fields):
                diagnostics.append(.warning(.extraFields(fields: fields, columns: headerCount), at: location(row: row, column: column)))
            }
        }
        guard let cells = checked.cells else { return (nil, diagnostics) }
        let records = checked.keptRows?.map {
            SourceTable.Record(line: cells.line(ofRow: $0), spreadsheetRow: cells.spreadsheetRow(ofRow: $0), row: $0)
        }
        return (SourceTable(file: displayPath, cells: cells, records: records), diagnostics)
    }

    static func binaryError(_ verdict: BinarySniffer.Verdict, _ displayPath: String) -> Diagnostic {
        switch verdict {
        case .nul(let line):
            return .error(.nulByte, at: Location(file: displayPath, line: line, column: 1))
        case .signature(let signature):
            let message: DiagnosticMessage = switch signature {
            case .workbook: .renamedWorkbook
            case .utf16: .utf16
            case .utf32: .utf32
            }
            return .error(message, at: Location(file: displayPath, line: 1, column: 1))
        case .controlCharacters:
            return .error(.binary, at: Location(file: displayPath, line: 1, column: 1))
        }
    }

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
