/// Text as the inside of a CSS string (`content: "…"`), for the running headers of printed pages: every character
/// but ASCII letters, digits and spaces becomes a hexadecimal escape (`\e9 ` for é), so the value can stand between
/// double quotes in a `<style>` element, unescaped, whatever a user's unit or site name holds (quotes, `\`, `</style>`).
enum CSSText {
    static func string(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x20: result.unicodeScalars.append(scalar)
            case 0: result += "\\fffd "  // CSS reads an escaped NUL as U+FFFD anyway
            default: result += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return result
    }
}
