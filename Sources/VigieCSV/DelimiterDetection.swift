import VigieSource

/// Finds the header record (the first record that is not empty) in a byte stream and
/// counts the candidate delimiters `;`, TAB and `,` outside quotes in it.
///
/// The scanner mirrors libcsv's quoting rules for all three candidates at once:
/// a quote opens a quoted field only at the start of a field (after optional spaces),
/// `""` inside quotes is an escaped quote, and CR or LF outside quotes ends the record.
/// A record is empty when it holds nothing but spaces, TABs, candidate delimiters
/// and empty quoted fields; empty records are skipped, as the parser skips them.
struct HeaderScanner: Sendable {
    private enum State: Sendable {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    private var state = State.fieldStart
    private(set) var semicolons = 0
    private(set) var tabs = 0
    private(set) var commas = 0
    /// The current record holds some content.
    private(set) var hasContent = false

    /// Consumes one byte; returns true when it ends a non-empty record (the header).
    mutating func consume(_ byte: UInt8) -> Bool {
        switch state {
        case .quoted:
            if byte == ASCII.quote {
                state = .quoteInQuoted
            } else if !ASCII.isBlank(byte) {
                hasContent = true
            }
            return false
        case .quoteInQuoted:
            if byte == ASCII.quote {
                // An escaped quote, or (after spaces) a literal one: both are content.
                hasContent = true
                state = .quoted
                return false
            }
            if byte == ASCII.space {
                return false  // spaces after a closing quote
            }
            if byte == ASCII.cr || byte == ASCII.lf || Self.isCandidate(byte) {
                return outside(byte)
            }
            // libcsv keeps the field quoted after text that follows a closing quote.
            hasContent = true
            state = .quoted
            return false
        case .fieldStart, .unquoted:
            return outside(byte)
        }
    }

    private static func isCandidate(_ byte: UInt8) -> Bool {
        byte == ASCII.semicolon || byte == ASCII.tab || byte == ASCII.comma
    }

    private mutating func outside(_ byte: UInt8) -> Bool {
        switch byte {
        case ASCII.cr, ASCII.lf:
            if hasContent { return true }
            self = HeaderScanner()
        case ASCII.semicolon:
            semicolons += 1
            state = .fieldStart
        case ASCII.tab:
            tabs += 1
            state = .fieldStart
        case ASCII.comma:
            commas += 1
            state = .fieldStart
        case ASCII.quote:
            if state == .fieldStart {
                state = .quoted
            } else {
                hasContent = true
                state = .unquoted
            }
        case ASCII.space:
            break
        default:
            hasContent = true
            state = .unquoted
        }
        return false
    }

    /// The delimiter chosen from the counts so far: the most frequent wins,
    /// ties broken `;` > TAB > `,` (no delimiter at all gives `;`).
    var delimiter: CSVDelimiter {
        CSVDelimiter.choose(semicolons: semicolons, tabs: tabs, commas: commas)
    }
}

extension CSVDelimiter {
    /// The most frequent count wins; ties are broken `;` > TAB > `,`.
    static func choose(semicolons: Int, tabs: Int, commas: Int) -> CSVDelimiter {
        var best = CSVDelimiter.semicolon
        var bestCount = semicolons
        if tabs > bestCount { best = .tab; bestCount = tabs }
        if commas > bestCount { best = .comma }
        return best
    }

    /// Detects the delimiter of a CSV text from its header record (the first record that is
    /// not empty, after an optional UTF-8 byte order mark): counts `;`, TAB and `,` outside
    /// quotes; the most frequent wins, ties broken `;` > TAB > `,`.
    public static func detect(_ bytes: [UInt8]) -> CSVDelimiter {
        var scanner = HeaderScanner()
        let start = bytes.starts(with: ASCII.byteOrderMark) ? 3 : 0
        for byte in bytes[start...] where scanner.consume(byte) {
            return scanner.delimiter
        }
        return scanner.hasContent ? scanner.delimiter : .semicolon
    }
}
