/// A CSV file that cannot be read.
public struct CSVParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A quoted field is still open at the end of the file.
        case unterminatedQuote
        /// The parser could not grow its field buffer.
        case outOfMemory
        /// Any other failure reported by the tokeniser.
        case other(String)
    }

    public let kind: Kind
    /// 1-based physical line (for `unterminatedQuote`: the line where the quote opened).
    public let line: Int
    /// 1-based field index within the record.
    public let column: Int

    /// The row a spreadsheet shows for that record (blank lines counted, a multi-line record one row); the line
    /// unless told.
    public let row: Int

    public init(kind: Kind, line: Int, column: Int, row: Int? = nil) {
        self.kind = kind
        self.line = line
        self.column = column
        self.row = row ?? line
    }

    /// The problem in plain language, without its location.
    public var message: String {
        switch kind {
        case .unterminatedQuote:
            return "a quoted field opened here is never closed (missing closing \")"
        case .outOfMemory:
            return "the file has a field too large to be read (out of memory)"
        case .other(let text):
            return text
        }
    }

    /// The location and the problem, e.g. `line 5, field 2: a quoted field opened here is never closed (missing closing ")`.
    public var description: String {
        "line \(line), field \(column): \(message)"
    }
}
