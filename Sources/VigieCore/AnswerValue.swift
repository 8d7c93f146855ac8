import Foundation

/// What an answer says, once its word is understood.
public enum AnswerValue: Hashable, Sendable {
    case met
    case partial
    case notMet
    case notApplicable
    case unanswered
    /// 0 to 4, for criteria of scale `level`.
    case level(Int)

    /// The value that scores use: met 1, partial 0.5, not met 0, level k → k/4, unanswered 0;
    /// nil for not applicable, which leaves the criterion out.
    public var value: Double? {
        switch self {
        case .met: 1
        case .partial: 0.5
        case .notMet: 0
        case .unanswered: 0
        case .notApplicable: nil
        case .level(let k): Double(k) / 4
        }
    }

    /// Whether the answer counts as answered for coverage (not applicable counts).
    public var isAnswered: Bool { self != .unanswered }

    /// "Not met" in the sense of the critical cap: a not-met word or level 0.
    public var isNotMet: Bool { self == .notMet || self == .level(0) }

    /// A stable, language-neutral code: met, partial, not_met, na, unanswered, 0…4.
    public var code: String {
        switch self {
        case .met: "met"
        case .partial: "partial"
        case .notMet: "not_met"
        case .notApplicable: "na"
        case .unanswered: "unanswered"
        case .level(let k): String(k)
        }
    }

    /// Whether a criterion of this scale accepts the answer.
    public func isAllowed(on scale: Scale) -> Bool {
        switch (self, scale) {
        case (.notApplicable, _), (.unanswered, _): true
        case (.level, .level): true
        case (.level, _), (_, .level): false
        case (.partial, .binary): false
        default: true
        }
    }
}

/// The answer words of PRODUCT.md, in French, German, Italian and English, case-, accent- and space-insensitive
/// (`sì` reads as `si`, `entfällt` as `entfallt`).
public enum AnswerVocabulary {
    static let words: [String: AnswerValue] = {
        var table: [String: AnswerValue] = [:]
        for word in ["met", "yes", "oui", "atteint", "rempli", "ja", "erfullt", "si", "soddisfatto", "raggiunto"] { table[word] = .met }
        for word in ["partial", "partiel", "partiellement", "partiellement atteint", "teilweise", "teilweise erfullt",
                     "parziale", "parzialmente", "in parte"] { table[word] = .partial }
        for word in ["not met", "no", "non", "non atteint", "nein", "nicht erfullt", "non soddisfatto", "non raggiunto"] {
            table[word] = .notMet
        }
        for word in ["na", "n/a", "not applicable", "sans objet", "s.o.", "entfallt", "nicht anwendbar", "nicht zutreffend",
                     "non applicabile", "non pertinente"] { table[word] = .notApplicable }
        for word in ["", "?", "unknown", "inconnu", "unbekannt", "sconosciuto"] { table[word] = .unanswered }
        for k in 0...4 { table[String(k)] = .level(k) }
        return table
    }()

    /// The value of an answer word, or nil when the word is outside the vocabulary.
    public static func value(of word: String) -> AnswerValue? {
        // Most sheets use a handful of spellings: try the word as written before normalising it.
        if let value = words[word] { return value }
        return words[normalise(word)]
    }

    /// Lower-cased, accents removed, `_` and an inner `-` read as a space, runs of spaces folded, trimmed.
    public static func normalise(_ word: String) -> String {
        var text = word
        if !word.utf8.allSatisfy({ $0 < 0x80 }) {
            text = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character == "_" || character.isWhitespace || (character == "-" && !result.isEmpty) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// The words a sheet offers for a scale in a language, in the order offered: what a workbook's dropdown lists,
    /// and what `allowedWords` sums up. Each reads back as a value the scale accepts.
    public static func choices(for scale: Scale, in language: Language = .fr) -> [String] {
        let (met, partial, notMet, notApplicable) = switch language {
        case .fr: ("oui", "partiel", "non", "sans objet")
        case .de: ("ja", "teilweise", "nein", "entfällt")
        case .it: ("sì", "parziale", "no", "non applicabile")
        case .en: ("yes", "partial", "no", "not applicable")
        }
        return switch scale {
        case .ternary: [met, partial, notMet, notApplicable]
        case .binary: [met, notMet, notApplicable]
        case .level: (0...4).map(String.init) + [notApplicable]
        }
    }

    /// The words a scale accepts, as shown to people who fill a sheet: `choices`, levels as a range (`0 à 4`).
    public static func allowedWords(for scale: Scale, in language: Language = .fr) -> String {
        let words = choices(for: scale, in: language)
        let levels = words.filter { $0.allSatisfy(\.isNumber) }
        let others = words.filter { !$0.allSatisfy(\.isNumber) }
        var range = levels
        if levels.count > 1, let low = levels.first, let high = levels.last {
            let span = switch language {
            case .fr: "\(low) à \(high)"
            case .de: "\(low) bis \(high)"
            case .it: "da \(low) a \(high)"
            case .en: "\(low) to \(high)"
            }
            range = [span]
        }
        return (range + others).joined(separator: " / ")
    }
}
