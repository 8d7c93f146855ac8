/// A catalogue text in other languages than its base column: the `title_de`, `question_it`, `label_en`… columns
/// of domains.csv, criteria.csv and levels.csv, by field and language. Empty cells are not kept, so a text
/// falls back to the base column (`title`) where its language's column is blank.
public struct CatalogueTexts: Sendable, Equatable, Codable {
    /// The texts that may come in several languages.
    public enum Field: String, CaseIterable, Sendable, Codable {
        case title, question, guidance, description, label
    }

    private var texts: [Field: [Language: String]] = [:]

    public init() {}

    /// Texts given in code, e.g. the built-in levels' labels: `[.label: [.de: "Etabliert"]]`.
    public init(_ texts: [Field: [Language: String]]) {
        for (field, byLanguage) in texts {
            for (language, text) in byLanguage { self[field, language] = text }
        }
    }

    public var isEmpty: Bool { texts.isEmpty }

    /// A field's text in a language, nil when not given; setting "" removes it.
    public subscript(field: Field, language: Language) -> String? {
        get { texts[field]?[language] }
        set {
            if let newValue, !newValue.isEmpty {
                texts[field, default: [:]][language] = newValue
            } else {
                texts[field]?[language] = nil
                if texts[field]?.isEmpty == true { texts[field] = nil }
            }
        }
    }

    /// The text to show in a language: its column where filled, else the base text.
    public func text(_ field: Field, in language: Language, base: String) -> String {
        self[field, language] ?? base
    }

    /// Every text as (field, language, text), in a fixed order (fields, then languages, as declared): the
    /// fingerprint's lines.
    public var entries: [(field: Field, language: Language, text: String)] {
        Field.allCases.flatMap { field in
            Language.allCases.compactMap { language in self[field, language].map { (field, language, $0) } }
        }
    }

    /// The column name of a field in a language, e.g. `title_de`.
    public static func column(_ field: Field, _ language: Language) -> String { "\(field.rawValue)_\(language.rawValue)" }
}

extension Language: Codable {}

extension Catalogue {
    /// The catalogue as shown in a language: each title, question, guidance, description and level label is its
    /// language's text where filled, else the base column's. Ids, weights, scales and years are unchanged, and
    /// so is the fingerprint (the translations are part of it either way).
    public func localized(to language: Language) -> Catalogue {
        func shown<T>(_ value: T, _ texts: CatalogueTexts, _ fields: [(CatalogueTexts.Field, WritableKeyPath<T, String>)]) -> T {
            var shown = value
            for (field, path) in fields { shown[keyPath: path] = texts.text(field, in: language, base: value[keyPath: path]) }
            return shown
        }
        let domains = domains.map { shown($0, $0.texts, [(.title, \.title), (.description, \.description)]) }
        let criteria = criteria.map { shown($0, $0.texts, [(.title, \.title), (.question, \.question), (.guidance, \.guidance)]) }
        let levels = levels.map { shown($0, $0.texts, [(.label, \.label)]) }
        var shown = Catalogue(name: name, domains: domains, criteria: criteria, levels: levels)
        shown.sourceFingerprint = fingerprint
        return shown
    }
}
