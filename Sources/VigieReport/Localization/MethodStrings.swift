import Mustache

// --- Method page (issue 19) ---------------------------------------------------------------------------------------
// The texts of `method.html` live apart from the report's main table (Strings, TextKey): their own keys, one file
// per language (MethodStrings+fr.swift…), read by the template as `{{m.<key>}}`. Texts with `{name}` placeholders
// are filled by `format`, as Strings does.

/// Every text of the method page.
public enum MethodKey: String, CaseIterable, Sendable {
    case linkLabel, linkSentence, title, heading, lead, scopeHeading, fingerprintFull, fingerprintNote
    case auditYear, criteriaApplying, criteriaValue, unitsInScope, unitsValue, departmentsInScope
    case minimumCoverageLabel, reportDate, levelsCaption, level, minScore, domainsCaption, noCritical, criticalCriteria
    case unitsCaption, state, stateComplete, stateIncomplete, stateCapped, methodHeading, methodValues
    case methodDomain, methodUnit, methodCoverage, methodRating, methodRank, methodRollUps, methodGain
    case methodTrends, methodRounding, termsHeading, termIncomplete, termIncompleteText, termCapped
    case termCappedText, termNotComparable, termNotComparableText, termNotStarted, termNotStartedText
    case termNotAnswered, termNotAnsweredText, methodMore
}

/// One language's texts of the method page.
public struct MethodStrings: Sendable {
    public let language: ReportLanguage
    let table: [MethodKey: String]

    public init(_ language: ReportLanguage) {
        self.language = language
        self.table = Self.table(for: language)
    }

    /// The raw table of a language, for the test that every key is there.
    public static func table(for language: ReportLanguage) -> [MethodKey: String] {
        switch language {
        case .fr: french
        case .de: german
        case .en: english
        case .it: italian
        }
    }

    /// A missing text shows as `⟦key⟧`, never as another language: the key test fails on it.
    public func text(_ key: MethodKey) -> String { table[key] ?? "⟦\(key.rawValue)⟧" }

    /// Fills `{name}` placeholders with values (inserted as they are; the template escapes the result).
    public func format(_ key: MethodKey, _ values: [String: String]) -> String {
        var result = ""
        for piece in Strings.pieces(text(key)) {
            switch piece {
            case .words(let words): result += words
            case .placeholder(let name): result += values[name] ?? "⟦\(name)⟧"
            }
        }
        return result
    }
}

extension MethodStrings: MustacheParent {
    /// `{{m.key}}` in a template: an unknown key renders `⟦key⟧`, visible, instead of nothing.
    public func child(named name: String) -> Any? {
        MethodKey(rawValue: name).map { text($0) } ?? "⟦\(name)⟧"
    }
}
