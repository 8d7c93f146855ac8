import Foundation

/// A CSV sheet written inline in a test, as a spreadsheet would save it: a header, then rows, each field quoted
/// only when it must be (the delimiter, a quote, a line break inside).
///
///     CSVSheet("unit", "criterion", "answer").row("U1", "C1", "oui").text
///
/// `;` and LF by default; `delimiter` and `lineEnd` give the other dialects (`,`, TAB; CRLF).
public struct CSVSheet: Sendable {
    public var header: [String]
    public var rows: [[String]] = []
    public var delimiter: Character
    public var lineEnd: String

    public init(_ header: String..., delimiter: Character = ";", lineEnd: String = "\n") {
        self.header = header
        self.delimiter = delimiter
        self.lineEnd = lineEnd
    }

    /// The sheet with one more row (fewer fields than the header leave the last ones out, as a short row).
    public func row(_ fields: String...) -> CSVSheet {
        var sheet = self
        sheet.rows.append(fields)
        return sheet
    }

    /// The sheet with many rows at once.
    public func rows(_ more: [[String]]) -> CSVSheet {
        var sheet = self
        sheet.rows += more
        return sheet
    }

    /// The file's text, every line ended.
    public var text: String {
        ([header] + rows).map { $0.map(quoted).joined(separator: String(delimiter)) + lineEnd }.joined()
    }

    /// The file's UTF-8 bytes.
    public var bytes: [UInt8] { Array(text.utf8) }

    private func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
