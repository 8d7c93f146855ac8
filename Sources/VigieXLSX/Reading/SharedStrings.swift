import Foundation

/// The shared strings part: one text per `<si>`, plain (`<t>`) or rich (runs of `<r><t>`), phonetic runs
/// (`<rPh>`, Japanese readings) left out. At most `maxCount` strings.
enum SharedStrings {
    static let maxCount = 200_000

    static func read(_ data: Data) throws(XMLEvents.Failure) -> [String] {
        var strings: [String] = []
        var current = ""
        var inText = false
        var phonetic = 0
        try XMLEvents.parse(data, start: { name, _ in
            switch name {
            case "si":
                if strings.count >= maxCount { throw XMLEvents.Failure.stopped(.tooManyStrings(limit: maxCount)) }
                current = ""
            case "t": inText = phonetic == 0
            case "rPh": phonetic += 1
            default: break
            }
        }, end: { name in
            switch name {
            case "si": strings.append(WorkbookText.decode(current))
            case "t": inText = false
            case "rPh": phonetic -= 1
            default: break
            }
        }, text: { text in
            if inText { current += text }
        })
        return strings
    }
}
