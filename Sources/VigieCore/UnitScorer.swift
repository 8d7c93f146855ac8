/// The formulas of PRODUCT.md for one unit and one year, over a chosen set of criteria.
struct UnitScorer {
    let catalogue: Catalogue
    let options: ScoringOptions

    /// Domain scores, unit score and coverage over `criteria` (those that apply), with answers by criterion id.
    /// Missing answers count as unanswered.
    struct Figures {
        var score: Double?
        var coverage: Double
        var domains: [DomainScore]
        /// Per domain index in `domains`: Σ w over criteria not answered na.
        var scoredWeight: [String: Double]
        /// Σ W_d over domains with a defined score.
        var definedDomainWeight: Double
    }

    func figures(criteria: [Criterion], answers: [String: Answer]) -> Figures {
        var order: [String] = []
        var sums: [String: (scoredWeight: Double, weightedValue: Double, answeredWeight: Double, totalWeight: Double)] = [:]
        var answeredWeight = 0.0
        var totalWeight = 0.0
        for criterion in criteria {
            let value = answers[criterion.id]?.value ?? .unanswered
            if sums[criterion.domain] == nil {
                order.append(criterion.domain)
                sums[criterion.domain] = (0, 0, 0, 0)
            }
            sums[criterion.domain]!.totalWeight += criterion.weight
            totalWeight += criterion.weight
            if value.isAnswered {
                sums[criterion.domain]!.answeredWeight += criterion.weight
                answeredWeight += criterion.weight
            }
            if let v = value.value {
                sums[criterion.domain]!.scoredWeight += criterion.weight
                sums[criterion.domain]!.weightedValue += criterion.weight * v
            }
        }
        order.sort { (catalogue.position(ofDomain: $0) ?? Int.max) < (catalogue.position(ofDomain: $1) ?? Int.max) }
        var domains: [DomainScore] = []
        var weighted = 0.0
        var definedWeight = 0.0
        var scoredWeight: [String: Double] = [:]
        for id in order {
            let sum = sums[id]!
            let score: Double? = sum.scoredWeight > 0 ? 100 * sum.weightedValue / sum.scoredWeight : nil
            domains.append(DomainScore(domain: id, score: score, coverage: sum.totalWeight > 0 ? sum.answeredWeight / sum.totalWeight : nil))
            scoredWeight[id] = sum.scoredWeight
            if let score {
                let w = catalogue.domain(id)?.weight ?? 1
                weighted += w * score
                definedWeight += w
            }
        }
        return Figures(score: definedWeight > 0 ? weighted / definedWeight : nil,
                       coverage: totalWeight > 0 ? answeredWeight / totalWeight : 0,
                       domains: domains, scoredWeight: scoredWeight, definedDomainWeight: definedWeight)
    }

    /// The full scoring of a unit's year (rank left for the caller).
    func score(unit: String, year: Int, criteria: [Criterion], answers: [String: Answer]) -> UnitScore {
        let figures = figures(criteria: criteria, answers: answers)
        var rows: [CriterionScore] = []
        var criticalFailures: [String] = []
        for criterion in criteria {
            let source = answers[criterion.id]
            let answer = source?.value ?? .unanswered
            var gain: Double?
            if let v = answer.value, v < 1, let scored = figures.scoredWeight[criterion.domain], scored > 0, figures.definedDomainWeight > 0 {
                // Met instead: S(d) rises by 100·w·(1−v)/Σw_d, and S by W_d·ΔS(d)/ΣW_d (the defined domains stay the same).
                let domainRise = 100 * criterion.weight * (1 - v) / scored
                gain = (catalogue.domain(criterion.domain)?.weight ?? 1) * domainRise / figures.definedDomainWeight
            }
            if criterion.critical, answer == .unanswered || answer.isNotMet { criticalFailures.append(criterion.id) }
            rows.append(CriterionScore(criterion: criterion.id, domain: criterion.domain, weight: criterion.weight,
                                       answer: answer, missing: source == nil, value: answer.value,
                                       potentialGain: gain, source: source))
        }
        let uncapped = figures.score.flatMap { catalogue.level(for: $0) }
        var rating = uncapped
        if let current = uncapped, !criticalFailures.isEmpty, let cap = capLevel, cap.minScore < current.minScore {
            rating = cap
        }
        let complete = figures.coverage >= options.minimumCoverage - Scoring.tolerance
        return UnitScore(unit: unit, year: year, score: figures.score, coverage: figures.coverage, complete: complete,
                         rating: rating, uncappedRating: uncapped, criticalFailures: criticalFailures,
                         rank: nil, rankedCount: 0, domains: figures.domains, criteria: rows)
    }

    /// The highest rating a unit with a failed critical criterion can get: the third level, or the lowest with fewer.
    var capLevel: Level? {
        catalogue.levels.count >= 3 ? catalogue.levels[2] : catalogue.levels.last
    }
}
