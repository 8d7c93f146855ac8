/// Every text of the command line that is not a diagnostic's message, in one language: the place of a cell,
/// the summary line, `init`'s and `template`'s reports, the score table's words and the usage errors. One
/// conforming type, `CatalogueWording`: the sentences are the catalogues' `cli.…` messages.
public protocol Wording: Sendable {
    // Where a finding stands, before its message.
    /// `row 11, column G (answer)`
    func cell(_ row: Int, _ letter: String, _ name: String?) -> String
    /// `row 11`
    func row(_ row: Int) -> String
    /// `column 'answer'`
    func column(_ name: String) -> String
    /// `criterion REC-03`
    func criterion(_ id: String) -> String
    /// What ends the place: `: ` (French ` : `).
    var colon: String { get }

    /// `2 errors, 3 warnings, 21 notes in 24 files` (notes only when there are some).
    func summary(errors: Int, warnings: Int, notes: Int, files: Int) -> String
    /// `3 warnings (run 'vigie validate' to see them)`: what `score` and `report` say of the warnings they do not show.
    func warningsHidden(_ count: Int) -> String

    // vigie init, template, report
    func created(_ directory: String) -> String
    func nextSteps(_ directory: String, year: Int) -> String
    func wroteSheets(_ count: Int) -> String
    func wrotePages(_ count: Int, _ destination: String) -> String
    // vigie report's --out refused
    func outNotAFolder(_ path: String) -> String
    func outForeignFiles(_ path: String, _ files: [String]) -> String
    func outContainsWorkspace(_ path: String) -> String
    func outLinkLoop(_ path: String) -> String
    func outBusy(_ path: String) -> String
    func workspaceExists(_ root: String, marker: String) -> String
    func rootIsFile(_ root: String) -> String
    func reportsIsAFile(_ path: String) -> String
    func sheetsHoldAnswers(_ paths: [String]) -> String
    /// `audits/2026/x.csv (it holds the answers of SPOP)`: a sheet of another name that holds a unit's answers.
    func answeredElsewhere(unit: String, path: String) -> String

    // vigie score's table
    func tableHead(catalogue: String, fingerprint: String, minimumCoverage: String) -> String
    /// The headings after the year: score, rating, coverage, rank, note.
    var columns: [String] { get }
    var notStarted: String { get }
    var incomplete: String { get }
    var ownUnit: String { get }
    var canton: String { get }
    func cappedBy(_ criteria: [String]) -> String
    func meanOf(_ count: Int) -> String
    func incompleteLeftOut(_ count: Int) -> String
    func notStartedLeftOut(_ count: Int) -> String
    func campaign(_ year: Int, started: Int, complete: Int, units: Int) -> String
    func earlierYears(_ years: [Int]) -> String

    // Usage errors
    func badDateOption(_ given: String) -> String
    var badInitDate: String { get }
    func badSourceDateEpoch(_ given: String) -> String
    func coverageBadPercentage(_ given: String) -> String
    func coverageNotANumber(_ given: String) -> String
    func coverageAmbiguous(_ given: String) -> String
    func yearOptionOutOfRange(_ year: Int, lowest: Int, highest: Int) -> String
    func emptyPathOption(_ option: String) -> String
    func yearNotAudited(_ year: Int, audited: [Int]) -> String
    func unknownUnit(_ id: String, suggestion: String?) -> String
    var noUnitForSheets: String { get }
}

extension Language {
    /// The command line's texts in this language.
    public var wording: any Wording { CatalogueWording(language: self) }
}
