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
public struct MethodStrings: Sendable, LanguageTexts {
    public let language: ReportLanguage
    let texts: TextTable<MethodKey>

    public init(_ language: ReportLanguage) {
        self.language = language
        self.texts = TextTable(Self.table(for: language))
    }
}

extension MethodStrings: MustacheParent {
    /// `{{m.key}}` in a template: an unknown key renders `⟦key⟧`, visible, instead of nothing.
    public func child(named name: String) -> Any? {
        MethodKey(rawValue: name).map { text($0) } ?? TextTable<MethodKey>.missing(name)
    }
}
