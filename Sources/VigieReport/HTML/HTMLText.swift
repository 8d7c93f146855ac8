import Foundation

/// Escaping for the HTML and SVG that Vigie writes itself (charts); the templates rely on Mustache's own escaping.
enum HTMLText {
    /// `<`, `>`, `&`, `"` and `'` as character references, so a text is safe in content and in quoted attributes.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
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
