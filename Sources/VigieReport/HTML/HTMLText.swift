import Foundation

/// Escaping for the HTML and SVG that Vigie writes itself (charts, table rows) and for the values of the page
/// templates (`FastHTMLContentType`); partials rely on Mustache's own escaping.
enum HTMLText {
    /// `<`, `>`, `&`, `"` and `'` as character references, so a text is safe in content and in quoted attributes.
    static func escape(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var writer = HTMLWriter(capacity: text.utf8.count + 16)
        writer.text(text)
        return writer.html
    }

    /// The same five characters as Mustache escapes them in partials (its own HTML content type, which partials use):
    /// compared as whole characters, so one that carries a combining mark is left as it is. For fragments that
    /// replace a built-in partial's markup, byte for byte.
    static func escapeCharacters(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var result = ""
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
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
        // Most evidence is plain text: without a colon it cannot start with a scheme.
        guard text.utf8.contains(0x3A) else { return nil }
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
