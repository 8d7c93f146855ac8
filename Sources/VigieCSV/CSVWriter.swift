import VigieSource

/// Writes CSV files that Excel, LibreOffice and `CSVParser` read back unchanged:
/// UTF-8 with BOM, `;` by default, CRLF line ends, RFC 4180 quoting, and formula
/// neutralisation per the OWASP CSV-injection guidance.
public struct CSVWriter: Sendable {
    public var delimiter: CSVDelimiter
    public var lineEnding: String
    public var byteOrderMark: Bool
    public var neutraliseFormulas: Bool

    public init(
        delimiter: CSVDelimiter = .semicolon,
        lineEnding: String = "\r\n",
        byteOrderMark: Bool = true,
        neutraliseFormulas: Bool = true
    ) {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        self.byteOrderMark = byteOrderMark
        self.neutraliseFormulas = neutraliseFormulas
    }

    /// The whole file: the BOM (if enabled), then every row followed by `lineEnding`.
    public func encode(_ rows: [[String]]) -> [UInt8] {
        var output: [UInt8] = byteOrderMark ? ASCII.byteOrderMark : []
        for row in rows { append(row, to: &output) }
        return output
    }

    /// One row without BOM, ending with `lineEnding`.
    public func encodeRow(_ row: [String]) -> String {
        var line: [UInt8] = []
        append(row, to: &line)
        return String(decoding: line, as: UTF8.self)
    }

    /// Appends one row and its line end as bytes: a plain cell (the usual one) is copied as it is.
    public func append(_ row: [String], to output: inout [UInt8]) {
        for (index, cell) in row.enumerated() {
            if index > 0 { output.append(delimiter.rawValue) }
            appendCell(cell, to: &output)
        }
        endRow(&output)
    }

    /// Appends one cell, neutralised and quoted as needed (the caller writes the delimiters: `output.append(delimiter.rawValue)`).
    /// The usual cell (a number, an id, a word) is checked and copied from its UTF-8 bytes in one pass; any other
    /// goes through `encodeCell`, which gives the same bytes (a test checks the two against each other).
    public func appendCell(_ cell: String, to output: inout [UInt8]) {
        var cell = cell
        let copied = cell.withUTF8 { bytes -> Bool in
            guard isPlain(bytes) else { return false }
            output.append(contentsOf: bytes)
            return true
        }
        if !copied { output.append(contentsOf: encodeCell(cell).utf8) }
    }

    /// Whether a cell is written as it is: no formula lead to neutralise, nothing to quote.
    private func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        if first == ASCII.space || first == ASCII.tab || last == ASCII.space || last == ASCII.tab { return false }
        if neutraliseFormulas {
            switch first {
            case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), ASCII.cr: return false
            default: break
            }
        }
        let separator = delimiter.rawValue
        for byte in bytes where byte == separator || byte == ASCII.quote || byte == ASCII.cr || byte == ASCII.lf {
            return false
        }
        return true
    }

    /// Ends a row written cell by cell.
    public func endRow(_ output: inout [UInt8]) {
        output.append(contentsOf: lineEnding.utf8)
    }

    /// One cell: neutralised (if enabled), then quoted when needed.
    public func encodeCell(_ cell: String) -> String {
        let text = neutraliseFormulas ? Self.neutralise(cell) : cell
        guard needsQuotes(text) else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.unicodeScalars.append("\"") }
            quoted.unicodeScalars.append(scalar)
        }
        quoted.unicodeScalars.append("\"")
        return quoted
    }

    /// A cell is quoted when it contains the delimiter, a quote, CR or LF, or starts or ends
    /// with a space or TAB (which readers trim around unquoted fields).
    private func needsQuotes(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return false }
        if first == ASCII.space || first == ASCII.tab || last == ASCII.space || last == ASCII.tab {
            return true
        }
        return utf8.contains { byte in
            byte == delimiter.rawValue || byte == ASCII.quote || byte == ASCII.cr || byte == ASCII.lf
        }
    }

    /// OWASP CSV-injection neutralisation: a cell whose first character is `=`, `+`, `-`, `@`,
    /// TAB or CR gets a leading apostrophe, except a plain number (optional sign, digits,
    /// optionally one `.` or `,` followed by digits, e.g. `-3.5`, `+2`, `-0,25`), left as is.
    public static func neutralise(_ cell: String) -> String {
        guard let first = cell.utf8.first else { return cell }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), ASCII.tab, ASCII.cr:
            return isPlainNumber(cell) ? cell : "'" + cell
        default:
            return cell
        }
    }

    /// Optional sign, digits, then optionally one `.` or `,` followed by digits.
    static func isPlainNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            bytes = bytes.dropFirst()
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let integerDigits = bytes.prefix(while: isDigit)
        guard !integerDigits.isEmpty else { return false }
        bytes = bytes.dropFirst(integerDigits.count)
        guard let separator = bytes.first else { return true }
        guard separator == UInt8(ascii: ".") || separator == UInt8(ascii: ",") else { return false }
        bytes = bytes.dropFirst()
        return !bytes.isEmpty && bytes.allSatisfy(isDigit)
    }
}
