import Foundation

/// Which cell formats (`s` of a cell, an index into `cellXfs`) show a number as a date.
struct WorkbookStyles {
    private(set) var dateFormats: Set<Int> = []

    /// Built-in number formats that are dates (ECMA-376 Part 1, §18.8.30; 27–36 and 50–58 are the East Asian ones).
    static let builtInDates: Set<Int> = Set(14...17).union([22]).union(27...36).union(50...58)

    func isDate(style: Int) -> Bool { dateFormats.contains(style) }

    static func read(_ data: Data) throws(XMLEvents.Failure) -> WorkbookStyles {
        var customDates: Set<Int> = []
        var formats: [Int] = []
        var inCellFormats = false
        try XMLEvents.parse(data, start: { name, attributes in
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap({ Int($0) }), isDateCode(attributes["formatCode"] ?? "") {
                    customDates.insert(id)
                }
            case "cellXfs":
                inCellFormats = true
            case "xf" where inCellFormats:
                formats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
            default:
                break
            }
        }, end: { name in
            if name == "cellXfs" { inCellFormats = false }
        })
        var styles = WorkbookStyles()
        for (index, format) in formats.enumerated() where builtInDates.contains(format) || customDates.contains(format) {
            styles.dateFormats.insert(index)
        }
        return styles
    }

    /// Whether a format code shows a day: a `d` or `y` outside quotes, brackets (colours, locales) and escapes.
    static func isDateCode(_ code: String) -> Bool {
        var quoted = false, bracketed = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            case "d", "y": if !quoted && !bracketed { return true }
            default: break
            }
        }
        return false
    }
}
