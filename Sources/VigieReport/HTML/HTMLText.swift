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
    /// - Parameter general: always the general path (Foundation's trimming and lower-casing), for tests of the fast one.
    static func href(_ text: String, general: Bool = false) -> String? {
        // Most evidence is plain text: without a colon it cannot start with a scheme.
        guard text.utf8.contains(0x3A) else { return nil }
        let trimmed: String
        let rest: Substring
        if !general, let length = asciiSchemeLength(text) {
            // What the general path below would find, without Foundation's trimming and lower-casing of the whole text.
            guard length > 0 else { return nil }
            (trimmed, rest) = (text, text.dropFirst(length))
        } else {
            trimmed = text.trimmingCharacters(in: .whitespaces)
            let lower = trimmed.lowercased()
            if lower.hasPrefix("https://") {
                rest = trimmed.dropFirst(8)
            } else if lower.hasPrefix("http://") {
                rest = trimmed.dropFirst(7)
            } else {
                return nil
            }
        }
        guard trimmed.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && $0 != "\\" && $0 != "<" && $0 != ">" && $0 != "\"" }) else { return nil }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty, host.first != "@", host.first != ":" else { return nil }
        return trimmed
    }

    private static let https = Array("https://".utf8), http = Array("http://".utf8)

    /// For a text that starts with a visible ASCII character: 0 when it is not an h; else, when it ends with one too
    /// (nothing to trim), the length of its `https://` or `http://` in any case, followed by an ASCII character (no
    /// combining mark joins the slash), or 0 when it has neither. nil when only the general path can tell (white
    /// space or another script at an end, a text too short).
    static func asciiSchemeLength(_ text: String) -> Int? {
        let utf8 = text.utf8
        guard let first = utf8.first, first > 0x20, first < 0x7F else { return nil }
        // Nothing is trimmed before it, and no lower-case form of another character is an ASCII h (only K, the Kelvin
        // sign, and İ lower to ASCII): whatever its end, the text has no scheme.
        if first | 0x20 != UInt8(ascii: "h") { return 0 }
        guard let last = utf8.last, last > 0x20, last < 0x7F else { return nil }
        let head = Array(utf8.prefix(9))
        func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        for scheme in [https, http] where head.count > scheme.count && zip(head, scheme).allSatisfy({ lowered($0) == $1 }) {
            return head[scheme.count] < 0x80 ? scheme.count : nil
        }
        return head.count > 8 ? 0 : nil
    }
}
