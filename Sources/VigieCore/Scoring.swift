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
        // Years are independent: scored on every core, in order.
        let scores = ParallelWork.map(years) { year -> YearScores in
            let criteria = scoring.applying(in: year)
            var units = (workspace.audited[year] ?? []).sorted().map { unit in
                scorer.score(unit: unit, year: year, criteria: criteria, slots: answers.of(unit: unit, year: year), details: options.details)
            }
            Ranking.assign(&units)
            let departments = rollUps.departments(year: year, units: units)
            let canton = rollUps.canton(year: year, units: units, departments: departments)
            return YearScores(year: year, units: units, departments: departments, canton: canton)
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
        // Scores in ascending order: the place of a score is 1 + the number of scores above it by more than the
        // tolerance, found by binary search (n log n: a canton of 3,000 units is ranked at once).
        let ascending = ranked.map { units[$0].score! }.sorted()
        for index in ranked {
            let threshold = units[index].score! + Scoring.tolerance
            var low = 0, high = ascending.count
            while low < high {
                let middle = (low + high) / 2
                if ascending[middle] > threshold { high = middle } else { low = middle + 1 }
            }
            units[index].rank = 1 + ascending.count - low
            units[index].rankedCount = ranked.count
        }
        for index in units.indices where units[index].rank == nil { units[index].rankedCount = ranked.count }
    }
}
