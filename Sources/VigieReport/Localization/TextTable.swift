/// One language's texts by key, as `Strings` (the report's texts) and `MethodStrings` (the method page's) hold
/// them: a missing text shows as `⟦key⟧`, never as another language (the key tests fail on it), and `{name}`
/// placeholders are filled by `format`, each text with placeholders cut into pieces once.
struct TextTable<Key: Hashable & RawRepresentable & CaseIterable & Sendable>: Sendable where Key.RawValue == String {
    /// A part of a text with placeholders: words as they are, or the name of a value.
    enum Piece: Sendable {
        case words(String)
        case placeholder(String)
    }

    let texts: [Key: String]
    let patterns: [Key: [Piece]]

    init(_ texts: [Key: String]) {
        self.texts = texts
        var patterns: [Key: [Piece]] = [:]
        for key in Key.allCases {
            let pattern = texts[key] ?? Self.missing(key.rawValue)
            if pattern.contains("{") { patterns[key] = Self.pieces(pattern) }
        }
        self.patterns = patterns
    }

    func text(_ key: Key) -> String { texts[key] ?? Self.missing(key.rawValue) }

    /// Fills `{name}` placeholders with values (inserted as they are; the page writer or template escapes the
    /// result). A name without a value shows as `⟦name⟧`; a `{` without its `}` stays as it is.
    func format(_ key: Key, _ values: [String: String]) -> String {
        guard let pieces = patterns[key] else { return text(key) }
        var result = ""
        for piece in pieces {
            switch piece {
            case .words(let words): result += words
            case .placeholder(let name): result += values[name] ?? Self.missing(name)
            }
        }
        return result
    }

    /// How a missing text or value shows: `⟦name⟧`.
    static func missing(_ name: String) -> String { "⟦\(name)⟧" }

    /// A text cut at its placeholders.
    static func pieces(_ pattern: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            pieces.append(.words(String(rest[..<open])))
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { rest = rest[open...]; break }
            pieces.append(.placeholder(String(after[..<close])))
            rest = after[after.index(after: close)...]
        }
        pieces.append(.words(String(rest)))
        return pieces
    }
}

/// A table of texts in the report's four languages (`Strings`, `MethodStrings`): each language's texts in its own file
/// (`french`, `german`, `english`, `italian`), read through `texts`.
protocol LanguageTexts {
    associatedtype Key: Hashable & RawRepresentable & CaseIterable & Sendable where Key.RawValue == String
    static var french: [Key: String] { get }
    static var german: [Key: String] { get }
    static var english: [Key: String] { get }
    static var italian: [Key: String] { get }
    var texts: TextTable<Key> { get }
}

extension LanguageTexts {
    /// The raw table of a language, for the test that every key is there.
    static func table(for language: ReportLanguage) -> [Key: String] {
        switch language {
        case .fr: french
        case .de: german
        case .en: english
        case .it: italian
        }
    }

    func text(_ key: Key) -> String { texts.text(key) }

    /// Fills `{name}` placeholders with values (inserted as they are; the page writer or template escapes the result).
    func format(_ key: Key, _ values: [String: String]) -> String { texts.format(key, values) }
}
