import VigieSource

/// Text for a terminal: control characters shown escaped (`\x1b`, `\n`, `\t`), so that a cell, a file name or a
/// label can neither move the cursor, erase a line nor forge one. Bidirectional overrides are shown as `\u{202e}`,
/// so that nothing reads in another order than it is written.
public enum TerminalText {
    /// `text` with every control character escaped; `keepingLineBreaks` leaves `\n` as it is, for text of
    /// several lines that Vigie composed itself (a usage message).
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLineBreaks) }) else { return text }
        return TextEscaping.escaped(text) { needsEscape($0, keepingLineBreaks) ? escape($0) : nil }
    }

    static func needsEscape(_ scalar: Unicode.Scalar, _ keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x0A: !keepingLineBreaks
        case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case 0x00..<0x100: return "\\x" + TextEscaping.hex(scalar.value, digits: 2)
        default: return "\\u{" + TextEscaping.hex(scalar.value, digits: 4) + "}"
        }
    }
}
