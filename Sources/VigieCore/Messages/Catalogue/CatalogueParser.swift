/// Reads a catalogue's text: one message a line, `key = message`; `#` starts a comment line; `@name = value` sets
/// one of the language's words (`@and`, `@or`, `@group`, `@quote`). In a message, `{name}` is a parameter,
/// `{name, number}`, `{name, list[, and|or|arrow][, quoted]}`, `{name, plural, =N {…} one {…} other {…}}` and
/// `{name, select, word {…} other {…}}` format it; `\n` is a line break, `\s` a space (one that ends the message),
/// `\{`, `\}`, `\#` and `\\` stand for themselves.
struct CatalogueParser {
    struct Failure: Error {
        var reason: String
    }

    private let characters: [Character]
    private var index = 0

    private init(_ text: Substring) { characters = Array(text) }

    /// The message of one line's right-hand side.
    static func message(_ text: Substring) throws(Failure) -> [MessagePiece] {
        var parser = CatalogueParser(text)
        return try parser.pattern(closed: false, inPlural: false)
    }

    private var atEnd: Bool { index >= characters.count }

    private mutating func pattern(closed: Bool, inPlural: Bool) throws(Failure) -> [MessagePiece] {
        var pieces: [MessagePiece] = []
        var literal = ""
        func flush() {
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = ""
        }
        let opened = index
        while !atEnd {
            let character = characters[index]
            index += 1
            switch character {
            case "\\":
                guard !atEnd else { throw Failure(reason: "a \\ ends the line") }
                let escaped = characters[index]
                index += 1
                switch escaped {
                case "n": literal.append("\n")
                case "s": literal.append(" ")
                case "{", "}", "#", "\\": literal.append(escaped)
                default: throw Failure(reason: "unknown escape \\\(escaped) (write \\\\ for a backslash)")
                }
            case "{":
                flush()
                pieces.append(try argument(inPlural: inPlural))
            case "}":
                guard closed else { throw Failure(reason: "a } at column \(index) closes no {") }
                flush()
                return pieces
            case "#" where inPlural:
                flush()
                pieces.append(MessagePiece(kind: .count))
            default:
                literal.append(character)
            }
        }
        if closed { throw Failure(reason: "unclosed brace: the { before column \(opened + 1) is never closed") }
        flush()
        return pieces
    }

    private mutating func skipSpaces() {
        while !atEnd, characters[index] == " " { index += 1 }
    }

    private mutating func word() -> String {
        skipSpaces()
        var word = ""
        while !atEnd, characters[index].isLetter || characters[index].isNumber || "_=-".contains(characters[index]) {
            word.append(characters[index])
            index += 1
        }
        skipSpaces()
        return word
    }

    /// Reads `c` or fails: what stands there instead is named.
    private mutating func expect(_ c: Character, _ what: String) throws(Failure) {
        skipSpaces()
        guard !atEnd else { throw Failure(reason: "unclosed brace: \(what) is cut off by the end of the line") }
        guard characters[index] == c else { throw Failure(reason: "\(what): '\(c)' expected at column \(index + 1)") }
        index += 1
    }

    private mutating func next(is c: Character) -> Bool {
        skipSpaces()
        guard !atEnd, characters[index] == c else { return false }
        index += 1
        return true
    }

    /// What follows a `{`.
    private mutating func argument(inPlural: Bool) throws(Failure) -> MessagePiece {
        let name = word()
        guard !name.isEmpty else { throw Failure(reason: "a { at column \(index) names no parameter") }
        if next(is: "}") { return MessagePiece(kind: .argument, text: name) }
        try expect(",", "{\(name)")
        let format = word()
        switch format {
        case "number":
            try expect("}", "{\(name), number")
            return MessagePiece(kind: .number, text: name)
        case "list":
            var style = ListStyle()
            while next(is: ",") {
                let option = word()
                if option == "quoted" {
                    style.quoted = true
                } else if let joiner = ListStyle.Joiner(rawValue: option) {
                    style.joiner = joiner
                } else {
                    throw Failure(reason: "{\(name), list}: unknown style '\(option)' (and, or, arrow, lines, comma, quoted)")
                }
            }
            try expect("}", "{\(name), list")
            return MessagePiece(kind: .list(style), text: name)
        case "plural", "select":
            try expect(",", "{\(name), \(format)")
            let branches = try self.branches(of: "{\(name), \(format)", inPlural: inPlural || format == "plural")
            guard branches.contains(where: { $0.selector == "other" }) else {
                throw Failure(reason: "{\(name), \(format)} has no 'other' branch")
            }
            func isForm(_ selector: String) -> Bool {
                selector == "one" || selector == "other" || (selector.hasPrefix("=") && Int(selector.dropFirst()) != nil)
            }
            if format == "plural", let odd = branches.first(where: { !isForm($0.selector) }) {
                throw Failure(reason: "{\(name), plural}: unknown form '\(odd.selector)' (=N, one, other)")
            }
            return MessagePiece(kind: format == "plural" ? .plural : .select, text: name, branches: branches)
        default:
            throw Failure(reason: "{\(name), \(format)}: unknown format (number, list, plural, select)")
        }
    }

    /// `word {…} word {…} }`: the branches of a plural or select, up to and with its closing brace.
    private mutating func branches(of what: String, inPlural: Bool) throws(Failure) -> [MessagePiece.Branch] {
        var branches: [MessagePiece.Branch] = []
        while !next(is: "}") {
            guard !atEnd else { throw Failure(reason: "unclosed brace: \(what) is cut off by the end of the line") }
            let selector = word()
            guard !selector.isEmpty else { throw Failure(reason: "\(what): a branch name expected at column \(index + 1)") }
            guard !branches.contains(where: { $0.selector == selector }) else { throw Failure(reason: "\(what): the branch '\(selector)' twice") }
            try expect("{", "\(what) \(selector)")
            branches.append(MessagePiece.Branch(selector: selector, pieces: try pattern(closed: true, inPlural: inPlural)))
        }
        return branches
    }
}
