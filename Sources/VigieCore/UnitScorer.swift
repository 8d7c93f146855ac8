/// The formulas of PRODUCT.md for one unit and one year, over a chosen set of criteria.
struct UnitScorer {
    let catalogue: ScoringCatalogue
    let answers: AnswerStore
    let options: ScoringOptions
    /// The catalogue and the answers, shared by the criterion rows.
    let rowContext: CriterionRows.Context

    init(catalogue: ScoringCatalogue, answers: AnswerStore, options: ScoringOptions) {
        self.catalogue = catalogue
        self.answers = answers
        self.options = options
        rowContext = CriterionRows.Context(catalogue: catalogue, sources: AnswerSources(answers))
    }

    struct Figures {
        var score: Double?
        var coverage: Double
        /// By domain position; only domains with criteria in the set are `present`.
        var present: [Bool]
        var domainScore: [Double?]
        var domainCoverage: [Double?]
        /// By domain position: Σ w over the domain's criteria not answered na.
        var scoredWeight: [Double]
        /// Σ W_d over domains with a defined score.
        var definedDomainWeight: Double
        /// How many criteria of the set hold an answered value (na included).
        var answeredCount: Int

        /// The domains present, in catalogue order, as results.
        func domainScores(_ catalogue: ScoringCatalogue) -> [DomainScore] {
            present.indices.filter { present[$0] }.map {
                DomainScore(domain: catalogue.catalogue.domains[$0].id, score: domainScore[$0], coverage: domainCoverage[$0])
            }
        }
    }

    /// Domain scores, unit score and coverage over the criteria at `criteria` (positions), answers by `slots`.
    func figures(criteria: [Int], slots: AnswerSlots) -> Figures {
        Self.figures(catalogue, answers, criteria: criteria, slots: slots)
    }

    /// The figures of `criteria` of a unit-year whose answers in `answers` are at `slots` (see `figures`): also for
    /// figures worked out again when asked (`CriterionRows.domainFigures`), with the same sums in the same order.
    static func figures(_ catalogue: ScoringCatalogue, _ answers: AnswerStore, criteria: [Int], slots: AnswerSlots) -> Figures {
        let domainCount = catalogue.domainCount + 1
        var scoredWeight = [Double](repeating: 0, count: domainCount)
        var weightedValue = [Double](repeating: 0, count: domainCount)
        var answeredWeight = [Double](repeating: 0, count: domainCount)
        var totalWeight = [Double](repeating: 0, count: domainCount)
        var present = [Bool](repeating: false, count: domainCount)
        var answeredAll = 0.0
        var totalAll = 0.0
        var answeredCount = 0
        for c in criteria {
            let d = catalogue.domainOf[c]
            let w = catalogue.weight[c]
            let answer = slots.value(c, in: answers)
            present[d] = true
            totalWeight[d] += w
            totalAll += w
            if answer.isAnswered {
                answeredWeight[d] += w
                answeredAll += w
                answeredCount += 1
            }
            if let v = answer.value {
                scoredWeight[d] += w
                weightedValue[d] += w * v
            }
        }
        var domainScore = [Double?](repeating: nil, count: domainCount)
        var domainCoverage = [Double?](repeating: nil, count: domainCount)
        var weighted = 0.0
        var definedWeight = 0.0
        for d in 0..<catalogue.domainCount where present[d] {
            domainCoverage[d] = totalWeight[d] > 0 ? answeredWeight[d] / totalWeight[d] : nil
            guard scoredWeight[d] > 0 else { continue }
            let score = 100 * weightedValue[d] / scoredWeight[d]
            domainScore[d] = score
            weighted += catalogue.domainWeight[d] * score
            definedWeight += catalogue.domainWeight[d]
        }
        present.removeLast()
        return Figures(score: definedWeight > 0 ? weighted / definedWeight : nil,
                       coverage: totalAll > 0 ? answeredAll / totalAll : 0,
                       present: present, domainScore: domainScore, domainCoverage: domainCoverage,
                       scoredWeight: scoredWeight, definedDomainWeight: definedWeight, answeredCount: answeredCount)
    }

    /// The full scoring of a unit's year (rank left for the caller). Without `details`, the per-criterion rows
    /// (and their potential gains) are left out: the figures, rating and cap are the same.
    /// A year with no answered row is not started: no score, rating or gains (its rows are listed as unanswered).
    func score(unit: String, year: Int, criteria: [Int], slots: AnswerSlots, details: Bool) -> UnitScore {
        var figures = figures(criteria: criteria, slots: slots)
        let notStarted = figures.answeredCount == 0
        if notStarted {
            figures.score = nil
            figures.domainScore = figures.domainScore.map { _ in nil }
            figures.definedDomainWeight = 0
        }
        let criticalFailures = notStarted ? [] : Self.criticalFailures(catalogue, answers, criteria: criteria, slots: slots)
        let rows = details ? CriterionRows(context: rowContext, criteria: criteria, slots: slots, definedDomainWeight: figures.definedDomainWeight) : nil
        let levels = catalogue.catalogue.levels
        let uncapped = figures.score.flatMap { catalogue.catalogue.levelPosition(for: $0) }
        var rating = uncapped
        if let current = uncapped, !criticalFailures.isEmpty, let cap = capPosition, levels[cap].minScore < levels[current].minScore {
            rating = cap
        }
        let complete = !notStarted && figures.coverage >= options.minimumCoverage - Scoring.tolerance
        return UnitScore(unit: unit, year: year, score: figures.score, coverage: figures.coverage, complete: complete, notStarted: notStarted,
                         levels: levels, ratingPosition: Int32(rating ?? -1), uncappedPosition: Int32(uncapped ?? -1),
                         criticalFailures: rows == nil ? criticalFailures : nil, rank: nil, rankedCount: 0,
                         keptFigures: rows == nil ? DomainFigures(figures.domainScores(catalogue), sharing: catalogue.domainIDs[year]) : nil,
                         rows: rows)
    }

    /// The critical criteria among `criteria` not met or unanswered in a unit-year whose answers in `answers` are
    /// at `slots`, in catalogue order (also for the list worked out again when asked, `CriterionRows.criticalFailures`).
    static func criticalFailures(_ catalogue: ScoringCatalogue, _ answers: AnswerStore, criteria: [Int], slots: AnswerSlots) -> [String] {
        var failures: [String] = []
        for c in criteria where catalogue.critical[c] {
            let answer = slots.value(c, in: answers)
            if answer == .unanswered || answer.isNotMet { failures.append(catalogue.catalogue.criteria[c].id) }
        }
        return failures
    }

    /// The highest rating a unit with a failed critical criterion can get: the third level, or the lowest with fewer
    /// (its position in the levels).
    var capPosition: Int? {
        let levels = catalogue.catalogue.levels
        return levels.count >= 3 ? 2 : levels.isEmpty ? nil : levels.count - 1
    }
}
