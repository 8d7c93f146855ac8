import VigieSource

/// Text escaped for XML 1.0 element content and attribute values. Characters XML cannot carry (control characters
/// other than TAB, LF and CR) are written as spreadsheets write them, `_xHHHH_`, and so is a literal `_x` that
/// would read as such an escape (`_x005F_`); `WorkbookText.decode` reverses it.
enum XMLText {
    static func escape(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var index = -1
        return TextEscaping.escaped(text) { scalar in
            index += 1
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "\r": return "&#13;"
            case "\t", "\n": return nil
            case "_" where WorkbookText.isEscape(scalars, at: index): return "_x005F_"
            default:
                let invalid = scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                return invalid ? "_x" + TextEscaping.hex(scalar.value, digits: 4, uppercase: true) + "_" : nil
            }
        }
    }
}

/// The `_xHHHH_` escapes of spreadsheet text (ECMA-376 ST_Xstring).
enum WorkbookText {
    /// Whether `_xHHHH_` (four hex digits) starts at `index`.
    static func isEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[index + 2...index + 5].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// The text with its `_xHHHH_` escapes turned back into characters.
    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if isEscape(scalars, at: index),
               let value = UInt32(String(String.UnicodeScalarView(scalars[index + 2...index + 5])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                out.append(scalar)
                index += 7
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }
}
