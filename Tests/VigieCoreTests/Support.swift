@testable import VigieCore

/// Builds workspaces in code for scoring tests: no files, every figure chosen by hand.
struct Build {
    var domains: [Domain]
    var criteria: [Criterion]
    var units: [OrgUnit]? = nil
    var levels: [Level] = Level.defaults
    var answers: [Answer] = []

    init(domains: [Domain], criteria: [Criterion], units: [OrgUnit]? = nil, levels: [Level] = Level.defaults) {
        self.domains = domains
        self.criteria = criteria
        self.units = units
        self.levels = levels
    }

    mutating func answer(_ year: Int, _ unit: String, _ criterion: String, _ value: AnswerValue) {
        answers.append(Answer(year: year, unit: unit, criterion: criterion, value: value))
    }

    /// The same answers for many criteria at once: `[("C1", .met), …]`.
    mutating func sheet(_ year: Int, _ unit: String, _ rows: [(String, AnswerValue)]) {
        for (criterion, value) in rows { answer(year, unit, criterion, value) }
    }

    var workspace: Workspace {
        var audited: [Int: Set<String>] = [:]
        for answer in answers { audited[answer.year, default: []].insert(answer.unit) }
        let catalogue = Catalogue(name: "test", domains: domains, criteria: criteria, levels: levels)
        let derived = Set(answers.map(\.unit)).sorted().map { OrgUnit(id: $0) }
        return Workspace(catalogue: catalogue, units: units ?? derived, hasUnitsFile: units != nil, answers: answers, audited: audited)
    }

    func score(minimumCoverage: Double = 0.8) -> ScoreResults {
        Scoring.score(workspace, options: ScoringOptions(minimumCoverage: minimumCoverage))
    }
}

extension ScoreResults {
    func unit(_ id: String, _ year: Int) -> UnitScore? { self.year(year)?.unit(id) }
}

/// Equal to within 1e-9: the figures are computed by hand from PRODUCT.md's formulas.
func close(_ a: Double?, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance
}
