/// Scores a whole workspace: every audited unit and year, ranks, roll-ups and trends.
public enum Scoring {
    /// How far apart two figures may be and still count as equal (ranks, levels, minimum coverage): far below
    /// what any display shows, far above the rounding of binary floating point on sums of weights.
    public static let tolerance = 1e-9

    public static func score(_ workspace: Workspace, options: ScoringOptions = ScoringOptions()) -> ScoreResults {
        let catalogue = workspace.catalogue
        let scorer = UnitScorer(catalogue: catalogue, options: options)
        let answers = AnswerIndex(workspace.answers)
        var years: [YearScores] = []
        for year in workspace.years {
            let criteria = catalogue.criteria(applyingIn: year)
            var units = (workspace.audited[year] ?? []).sorted().map { unit in
                scorer.score(unit: unit, year: year, criteria: criteria, answers: answers.of(unit: unit, year: year))
            }
            Ranking.assign(&units)
            let rollUps = RollUps(workspace: workspace, catalogue: catalogue)
            let departments = rollUps.departments(year: year, units: units)
            let canton = rollUps.canton(year: year, units: units, departments: departments)
            years.append(YearScores(year: year, units: units, departments: departments, canton: canton))
        }
        let trends = Trends(workspace: workspace, scorer: scorer, answers: answers, years: years).all()
        return ScoreResults(catalogueName: catalogue.name, fingerprint: catalogue.fingerprint, options: options,
                            years: years, trends: trends)
    }
}

/// Answers by year, unit and criterion.
struct AnswerIndex {
    private var table: [Int: [String: [String: Answer]]] = [:]

    init(_ answers: [Answer]) {
        for answer in answers {
            table[answer.year, default: [:]][answer.unit, default: [:]][answer.criterion] = answer
        }
    }

    func of(unit: String, year: Int) -> [String: Answer] { table[year]?[unit] ?? [:] }
}

/// Places among the complete units with a defined score; equal unrounded scores share the better place.
enum Ranking {
    static func assign(_ units: inout [UnitScore]) {
        let ranked = units.indices.filter { units[$0].complete && units[$0].score != nil }
        let scores = ranked.map { units[$0].score! }
        for index in ranked {
            let score = units[index].score!
            // Equal unrounded scores (to within the tolerance of floating point) share the better place.
            units[index].rank = 1 + scores.count { $0 > score + Scoring.tolerance }
            units[index].rankedCount = ranked.count
        }
        for index in units.indices where units[index].rank == nil { units[index].rankedCount = ranked.count }
    }
}
