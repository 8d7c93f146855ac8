import VigieSource

/// Incremental CSV reader: feed bytes in any chunking, then finish.
///
/// Feeding one byte at a time gives exactly the same document (or error) as feeding the whole
/// file at once. The reader:
/// - drops a leading UTF-8 byte order mark (`hadByteOrderMark`);
/// - buffers bytes until the header record (first non-empty record) is complete, detects the
///   delimiter from it (see `CSVDelimiter.detect`), then streams everything through libcsv;
/// - keeps field bytes undecoded until `finish()`: the file is decoded as UTF-8 when it is valid
///   UTF-8 as a whole, otherwise entirely as Windows-1252;
/// - skips records whose fields are all empty or white space, anywhere in the file;
/// - trims spaces (and TABs, unless TAB is the delimiter) around unquoted fields and around
///   the quotes of quoted fields, as libcsv does;
/// - is lenient with stray quotes inside unquoted fields, but reports a quoted field still
///   open at the end of the file (`CSVParseError.Kind.unterminatedQuote`). After a closing quote,
///   text before the next delimiter continues the quoted field (libcsv's lenient rule).
///
/// Edge cases, by decision:
/// - a BOM (EF BB BF) is dropped only at the very start of the file (`hadByteOrderMark` is true
///   even when the rest turns out not to be UTF-8); a BOM anywhere else is kept as U+FEFF;
/// - a NUL byte is ordinary data (U+0000 in the field text);
/// - Windows-1252's undefined bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D decode to U+0081… (see `Windows1252`);
/// - a record counts as blank when every field is empty or Unicode white space (e.g. NBSP);
/// - for delimiter detection, a record holding only spaces, TABs, `;`, `,` and empty quotes is
///   empty and skipped, whichever delimiter is finally chosen.
public struct CSVParser: ~Copyable, Sendable {
    private let engine: CSVParserEngine

    public init() {
        engine = CSVParserEngine()
    }

    public mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        engine.feed(bytes)
    }

    public mutating func feed(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { engine.feed($0) }
    }

    public consuming func finish() throws(CSVParseError) -> CSVDocument {
        try engine.finish()
    }

    /// Parses a whole file at once.
    public static func parse(_ bytes: [UInt8]) throws(CSVParseError) -> CSVDocument {
        var parser = CSVParser()
        parser.feed(bytes)
        return try parser.finish()
    }

    /// Parses a whole file at once.
    public static func parse(_ bytes: UnsafeRawBufferPointer) throws(CSVParseError) -> CSVDocument {
        var parser = CSVParser()
        parser.feed(bytes)
        return try parser.finish()
    }
}

/// The state behind `CSVParser`. Owned by exactly one `CSVParser` (a non-copyable value),
/// hence `@unchecked Sendable`.
final class CSVParserEngine: @unchecked Sendable {
    /// Bytes held back until the byte order mark is decided and the header record is complete.
    private var pending: [UInt8] = []
    private var bomDecided = false
    private var hadByteOrderMark = false
    private var scanner = HeaderScanner()
    private var scanPosition = 0
    private var tokenizer: LibCSVTokenizer?
    private var delimiter = CSVDelimiter.semicolon
    private var validator = UTF8Validator()

    func feed(_ bytes: UnsafeRawBufferPointer) {
        if let tokenizer {
            validator.consume(bytes)
            tokenizer.feed(bytes)
            return
        }
        pending.append(contentsOf: bytes)
        if !bomDecided {
            if pending.count < 3 && ASCII.byteOrderMark.starts(with: pending) { return }
            decideByteOrderMark()
        }
        while scanPosition < pending.count {
            let byte = pending[scanPosition]
            scanPosition += 1
            if scanner.consume(byte) {
                start(with: scanner.delimiter)
                return
            }
        }
    }

    private func decideByteOrderMark() {
        bomDecided = true
        if pending.starts(with: ASCII.byteOrderMark) {
            hadByteOrderMark = true
            scanPosition = 3
        }
    }

    /// Configures libcsv and feeds it the held-back bytes.
    private func start(with delimiter: CSVDelimiter) {
        self.delimiter = delimiter
        let tokenizer = LibCSVTokenizer(delimiter: delimiter)
        self.tokenizer = tokenizer
        let bodyStart = hadByteOrderMark ? 3 : 0
        let body = pending
        pending = []
        body.withUnsafeBytes { raw in
            let rest = UnsafeRawBufferPointer(rebasing: raw[bodyStart...])
            validator.consume(rest)
            tokenizer.feed(rest)
        }
    }

    func finish() throws(CSVParseError) -> CSVDocument {
        if tokenizer == nil {
            if !bomDecided { decideByteOrderMark() }
            start(with: scanner.hasContent ? scanner.delimiter : .semicolon)
        }
        guard let tokenizer else { preconditionFailure("tokenizer not started") }
        let store = try tokenizer.finish()
        validator.finish()
        let encoding: CSVEncoding = validator.isValid ? .utf8 : .windows1252
        return CSVDocument(delimiter: delimiter, encoding: encoding, hadByteOrderMark: hadByteOrderMark,
                           rows: store.rows(encoding: encoding))
    }
}
