/// Scores a whole workspace: every audited unit and year, ranks, roll-ups and trends.
public enum Scoring {
    /// How far apart two figures may be and still count as equal (ranks, levels, minimum coverage): far below
    /// what any display shows, far above the rounding of binary floating point on sums of weights.
    public static let tolerance = 1e-9

    public static func score(_ workspace: Workspace, options: ScoringOptions = ScoringOptions()) -> ScoreResults {
        let catalogue = workspace.catalogue
        let years = workspace.years
        let scoring = ScoringCatalogue(catalogue, years: years)
        let scorer = UnitScorer(catalogue: scoring, answers: workspace.answerStore, options: options)
        let answers = AnswerIndex(workspace)
        let rollUps = RollUps(workspace: workspace, catalogue: catalogue)
        var scores: [YearScores] = []
        for year in years {
            let criteria = scoring.applying(in: year)
            var units = (workspace.audited[year] ?? []).sorted().map { unit in
                scorer.score(unit: unit, year: year, criteria: criteria, slots: answers.of(unit: unit, year: year), details: options.details)
            }
            Ranking.assign(&units)
            let departments = rollUps.departments(year: year, units: units)
            let canton = rollUps.canton(year: year, units: units, departments: departments)
            scores.append(YearScores(year: year, units: units, departments: departments, canton: canton))
        }
        let trends = options.trends ? Trends(workspace: workspace, scorer: scorer, answers: answers, years: scores).all() : []
        return ScoreResults(catalogueName: catalogue.name, fingerprint: catalogue.fingerprint, options: options,
                            years: scores, trends: trends)
    }
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
