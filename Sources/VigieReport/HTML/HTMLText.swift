import Foundation

/// Escaping for the HTML and SVG that Vigie writes itself (charts); the templates rely on Mustache's own escaping.
enum HTMLText {
    /// `<`, `>`, `&`, `"` and `'` as character references, so a text is safe in content and in quoted attributes.
    static func escape(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        append(text, to: &result)
        return result
    }

    /// Appends `text` escaped as `escape` does. The five characters are ASCII, so the work is done on UTF-8 bytes
    /// (a multi-byte character never contains one of them): the runs between them are appended as they are.
    static func append(_ text: String, to out: inout String) {
        guard needsEscaping(text) else {
            out += text
            return
        }
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let reference: String? = switch utf8[index] {
            case 0x3C: "&lt;"
            case 0x3E: "&gt;"
            case 0x26: "&amp;"
            case 0x22: "&quot;"
            case 0x27: "&#39;"
            default: nil
            }
            if let reference {
                out += Substring(utf8[start..<index])
                out += reference
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        out += Substring(utf8[start..<utf8.endIndex])
    }

    /// Whether a text holds one of the five characters.
    static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }
    }
}

/// Evidence becomes a link only when it is an absolute http or https address and nothing else.
enum SafeLink {
    /// The address to link to, or nil: no other scheme (`javascript:`, `data:`, `file:` …), no space or
    /// control character, and a host after `//`.
    static func href(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = trimmed.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = trimmed.dropFirst(7)
        } else {
            return nil
        }
        guard trimmed.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && $0 != "\\" && $0 != "<" && $0 != ">" && $0 != "\"" }) else { return nil }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty, host.first != "@", host.first != ":" else { return nil }
        return trimmed
    }
}
