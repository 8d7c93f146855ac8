import VigieSource

/// How a criterion is answered.
public enum Scale: String, Sendable, CaseIterable, Codable {
    /// met / partial / not met
    case ternary
    /// met / not met
    case binary
    /// 0 to 4, each step a quarter
    case level
}

public struct Domain: Sendable, Equatable {
    public var id, title, description: String
    public var weight: Double
    public var location: Location?
    /// `title_de`, `description_it`…: the title and description in other languages.
    public var texts: CatalogueTexts

    public init(id: String, title: String, description: String = "", weight: Double = 1, location: Location? = nil,
                texts: CatalogueTexts = CatalogueTexts()) {
        self.id = id
        self.title = title
        self.description = description
        self.weight = weight
        self.location = location
        self.texts = texts
    }
}

public struct Criterion: Sendable, Equatable {
    public var id, domain, title, question: String
    public var weight: Double
    public var critical: Bool
    public var scale: Scale
    public var legalBasis, guidance: String
    public var requiresEvidence: Bool
    public var since, until: Int?
    public var replaces: [String]
    public var location: Location?
    /// `title_de`, `question_it`, `guidance_en`…: the title, question and guidance in other languages.
    public var texts = CatalogueTexts()

    public init(id: String, domain: String, title: String = "", question: String = "", weight: Double = 1,
                critical: Bool = false, scale: Scale = .ternary, legalBasis: String = "", guidance: String = "",
                requiresEvidence: Bool = false, since: Int? = nil, until: Int? = nil, replaces: [String] = [],
                location: Location? = nil) {
        self.id = id
        self.domain = domain
        self.title = title
        self.question = question
        self.weight = weight
        self.critical = critical
        self.scale = scale
        self.legalBasis = legalBasis
        self.guidance = guidance
        self.requiresEvidence = requiresEvidence
        self.since = since
        self.until = until
        self.replaces = replaces
        self.location = location
    }

    /// Whether the criterion applies in an audit year (`since` ≤ year ≤ `until`).
    public func applies(in year: Int) -> Bool {
        if let since, year < since { return false }
        if let until, year > until { return false }
        return true
    }
}

/// A rating level: the highest level whose `minScore` is at most the score is the rating.
public struct Level: Sendable, Equatable, Codable {
    public var id, label: String
    public var minScore: Double
    /// `label_de`, `label_it`…: the label in other languages.
    public var texts: CatalogueTexts

    public init(id: String, label: String, minScore: Double, texts: CatalogueTexts = CatalogueTexts()) {
        self.id = id
        self.label = label
        self.minScore = minScore
        self.texts = texts
    }

    /// PRODUCT.md's default levels, highest first, labelled in the four languages (the same words as the
    /// default catalogue's levels.csv).
    public static let defaults: [Level] = [
        Level(id: "exemplaire", label: "Exemplaire", minScore: 85, texts: labels(de: "Vorbildlich", it: "Esemplare", en: "Exemplary")),
        Level(id: "etabli", label: "Établi", minScore: 70, texts: labels(de: "Etabliert", it: "Consolidato", en: "Established")),
        Level(id: "en-progres", label: "En progrès", minScore: 50, texts: labels(de: "Im Aufbau", it: "In corso", en: "In progress")),
        Level(id: "initial", label: "Initial", minScore: 30, texts: labels(de: "In den Anfängen", it: "Iniziale", en: "Initial")),
        Level(id: "insuffisant", label: "Insuffisant", minScore: 0, texts: labels(de: "Ungenügend", it: "Insufficiente", en: "Insufficient")),
    ]

    private static func labels(de: String, it: String, en: String) -> CatalogueTexts {
        CatalogueTexts([.label: [.de: de, .it: it, .en: en]])
    }
}

/// The criteria catalogue: domains and criteria in file order, levels highest first.
public struct Catalogue: Sendable {
    public var name: String
    public var domains: [Domain]
    public var criteria: [Criterion]
    /// Highest first.
    public var levels: [Level]
    /// The fingerprint of the catalogue this one was made from by `localized(to:)`, which it keeps.
    var sourceFingerprint: String?

    private var domainIndex, criterionIndex: [String: Int]

    public init(name: String, domains: [Domain], criteria: [Criterion], levels: [Level] = Level.defaults) {
        self.name = name
        self.domains = domains
        self.criteria = criteria
        self.levels = levels.sorted { $0.minScore > $1.minScore }
        var domainIndex: [String: Int] = [:]
        for (position, domain) in domains.enumerated() where domainIndex[domain.id] == nil {
            domainIndex[domain.id] = position
        }
        var criterionIndex: [String: Int] = [:]
        for (position, criterion) in criteria.enumerated() where criterionIndex[criterion.id] == nil {
            criterionIndex[criterion.id] = position
        }
        self.domainIndex = domainIndex
        self.criterionIndex = criterionIndex
    }

    public func domain(_ id: String) -> Domain? { domainIndex[id].map { domains[$0] } }
    public func criterion(_ id: String) -> Criterion? { criterionIndex[id].map { criteria[$0] } }
    /// Catalogue order of a criterion.
    public func position(ofCriterion id: String) -> Int? { criterionIndex[id] }
    public func position(ofDomain id: String) -> Int? { domainIndex[id] }

    /// The criteria that apply in a year, in catalogue order.
    public func criteria(applyingIn year: Int) -> [Criterion] {
        criteria.filter { $0.applies(in: year) }
    }

    /// The rating of a score: the highest level whose minimum is at most the (unrounded) score.
    /// Scores are sums of binary fractions: a score that is exactly 70 by the formula may come out as
    /// 69.99999999999999, so the comparison allows `Scoring.tolerance`.
    public func level(for score: Double) -> Level? { levelPosition(for: score).map { levels[$0] } }

    /// The position in `levels` of `level(for:)`.
    func levelPosition(for score: Double) -> Int? {
        levels.firstIndex { $0.minScore <= score + Scoring.tolerance } ?? (levels.isEmpty ? nil : levels.count - 1)
    }

    /// A field of the fingerprint's text: backslash, TAB, LF and CR escaped as \\, \t, \n, \r.
    static func escaped(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        return TextEscaping.escaped(field) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\t": "\\t"
            case "\n": "\\n"
            case "\r": "\\r"
            default: nil
            }
        }
    }

    /// A stable hash of the catalogue's content (not of its bytes): the same criteria give the
    /// same fingerprint whatever the file's encoding, delimiter or line ends.
    /// Texts in other languages count, as `text` lines after the others (the built-in levels' labels too).
    public var fingerprint: String {
        if let sourceFingerprint { return sourceFingerprint }
        var canonical = "vigie-catalogue-v1\n"
        func line(_ fields: [String]) {
            canonical += fields.map(Self.escaped).joined(separator: "\t")
            canonical += "\n"
        }
        for domain in domains {
            line(["domain", domain.id, domain.title, domain.description, NumberText.canonical(domain.weight)])
        }
        for criterion in criteria {
            line(["criterion", criterion.id, criterion.domain, criterion.title, criterion.question,
                  NumberText.canonical(criterion.weight), criterion.critical ? "1" : "0", criterion.scale.rawValue,
                  criterion.legalBasis, criterion.guidance, criterion.requiresEvidence ? "1" : "0",
                  criterion.since.map(String.init) ?? "", criterion.until.map(String.init) ?? "",
                  criterion.replaces.joined(separator: "|")])
        }
        for level in levels {
            line(["level", level.id, level.label, NumberText.canonical(level.minScore)])
        }
        func texts(_ kind: String, _ id: String, _ texts: CatalogueTexts) {
            for entry in texts.entries { line(["text", kind, id, entry.field.rawValue, entry.language.rawValue, entry.text]) }
        }
        for domain in domains { texts("domain", domain.id, domain.texts) }
        for criterion in criteria { texts("criterion", criterion.id, criterion.texts) }
        for level in levels { texts("level", level.id, level.texts) }
        return SHA256.hex(Array(canonical.utf8))
    }

    /// The fingerprint as shown in reports: its first 12 hexadecimal digits.
    public var shortFingerprint: String { String(fingerprint.prefix(12)) }
}
