/// The texts of one language, read once from its table (`MessageCatalogue+fr.swift`…): a translator edits the
/// table, not Swift. A key missing from a table is written as English says it.
public struct MessageCatalogue: Sendable {
    public let language: Language
    /// Each message and the line of the table it stands on.
    private(set) var messages: [String: (pieces: [MessagePiece], line: Int)] = [:]
    /// What the table's `@` lines set: the words that join lists, the thousands separator, the quotes of a list item.
    var and = "and", or = "or", group = ",", quote = "'{item}'"
    /// The lines that cannot be used (none in the tables shipped: a test checks it).
    public private(set) var problems: [CatalogueProblem] = []

    public init(language: Language, table: String) {
        self.language = language
        for (offset, line) in table.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            guard let equals = line.firstRange(of: " = ") else {
                problems.append(CatalogueProblem(line: number, key: nil, reason: "not 'key = message'"))
                continue
            }
            let key = String(line[..<equals.lowerBound]), value = line[equals.upperBound...]
            if key.hasPrefix("@") {
                setting(String(key.dropFirst()), to: String(value), line: number)
            } else if messages[key] != nil {
                problems.append(CatalogueProblem(line: number, key: key, reason: "the key stands twice"))
            } else {
                do throws(CatalogueParser.Failure) {
                    messages[key] = (try CatalogueParser.message(value), number)
                } catch {
                    problems.append(CatalogueProblem(line: number, key: key, reason: error.reason))
                }
            }
        }
    }

    private mutating func setting(_ name: String, to value: String, line: Int) {
        switch name {
        case "and": and = value
        case "or": or = value
        case "group": group = value
        case "quote": quote = value
        default: problems.append(CatalogueProblem(line: line, key: "@" + name, reason: "unknown setting (@and, @or, @group, @quote)"))
        }
    }

    /// Every key of the table.
    public var keys: Set<String> { Set(messages.keys) }

    /// The parameters a key's message names, nil when the table has no such key.
    public func parameters(of key: String) -> Set<String>? { messages[key]?.pieces.parameterNames }

    /// The problems of the messages whose parameters are not exactly those given for their key (a name unknown to the
    /// Swift side, or one the message forgets); keys not in `expected` are not looked at.
    public func problems(expecting expected: [String: Set<String>]) -> [CatalogueProblem] {
        expected.keys.sorted().compactMap { key in
            guard let message = messages[key], let names = expected[key] else { return nil }
            let used = message.pieces.parameterNames
            if let unknown = used.subtracting(names).sorted().first {
                return CatalogueProblem(line: message.line, key: key, reason: "unknown parameter {\(unknown)}")
            }
            if let forgotten = names.subtracting(used).sorted().first {
                return CatalogueProblem(line: message.line, key: key, reason: "the parameter {\(forgotten)} is not used")
            }
            return nil
        }
    }

    /// The phrase written out in this language, English's message when the table lacks the key.
    public func text(_ phrase: Phrase) -> String {
        if let message = messages[phrase.key] {
            var out = ""
            MessageWriter(catalogue: self, arguments: phrase.arguments).write(message.pieces, count: nil, into: &out)
            return out
        }
        return language == .en ? phrase.key : MessageCatalogue.english.text(phrase)
    }

    /// `one` or `other`: in French 0 and 1 are singular (« 0 erreur »), in English, German and Italian only 1.
    func isOne(_ number: Int) -> Bool { language == .fr ? (number == 0 || number == 1) : number == 1 }

    static let english = MessageCatalogue(language: .en, table: englishTable)
    static let french = MessageCatalogue(language: .fr, table: frenchTable)
    static let german = MessageCatalogue(language: .de, table: germanTable)
    static let italian = MessageCatalogue(language: .it, table: italianTable)

    /// The catalogue of a language, read the first time it is asked for.
    public static func of(_ language: Language) -> MessageCatalogue {
        switch language {
        case .en: english
        case .fr: french
        case .de: german
        case .it: italian
        }
    }
}
