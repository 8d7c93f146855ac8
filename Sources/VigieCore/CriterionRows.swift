/// A unit's year criterion by criterion (answer, value, potential gain, the row it came from), worked out from the
/// answers when asked rather than kept: a report holds the scores of every unit and year, and the rows of all of
/// them took 300 bytes each (2.9 million rows at 3,000 units × 100 criteria × 10 years); the page of one unit needs
/// its own only while it is written.
struct CriterionRows: Sendable, Equatable {
    /// What every row of a scoring shares: the catalogue's arrays and the answers.
    final class Context: Sendable {
        let catalogue: ScoringCatalogue
        let sources: AnswerSources

        init(catalogue: ScoringCatalogue, sources: AnswerSources) {
            self.catalogue = catalogue
            self.sources = sources
        }
    }

    let context: Context
    /// The positions of the criteria that apply, in catalogue order, and the unit's year's answer slots.
    let criteria: [Int]
    let slots: AnswerSlots
    /// Σ W_d over domains with a defined score; 0 for a year not started (no gains).
    let definedDomainWeight: Double

    /// By domain position: Σ w over the domain's criteria not answered na (the gains' denominators), summed in the
    /// order `UnitScorer.figures` sums them, so to the same doubles. Summed again for a page rather than kept: 120
    /// bytes a unit-year.
    private func scoredWeight() -> [Double] {
        let catalogue = context.catalogue
        let store = context.sources.store
        var sums = [Double](repeating: 0, count: catalogue.domainCount + 1)
        for c in criteria {
            // A missing row counts as unanswered, 0: only na leaves the sum.
            let answer = slots.value(c, in: store)
            if answer.value != nil { sums[catalogue.domainOf[c]] += catalogue.weight[c] }
        }
        return sums
    }

    /// The rows, in catalogue order.
    func rows() -> [CriterionScore] {
        let catalogue = context.catalogue
        let store = context.sources.store
        let scoredWeight = scoredWeight()
        var rows: [CriterionScore] = []
        rows.reserveCapacity(criteria.count)
        for c in criteria {
            let position = slots[c]
            let answer = position < 0 ? AnswerValue.unanswered : store.value(at: Int(position))
            let d = catalogue.domainOf[c]
            var gain: Double?
            if let v = answer.value, v < 1, scoredWeight[d] > 0, definedDomainWeight > 0 {
                // Met instead: S(d) rises by 100·w·(1−v)/Σw_d, and S by W_d·ΔS(d)/ΣW_d (the defined domains stay the same).
                let domainRise = 100 * catalogue.weight[c] * (1 - v) / scoredWeight[d]
                gain = catalogue.domainWeight[d] * domainRise / definedDomainWeight
            }
            let criterion = catalogue.catalogue.criteria[c]
            rows.append(CriterionScore(criterion: criterion.id, domain: criterion.domain, weight: criterion.weight,
                                       answer: answer, missing: position < 0, value: answer.value,
                                       potentialGain: gain, sources: context.sources, position: position))
        }
        return rows
    }

    /// The unit-year's domain figures, worked out again from its answers as `UnitScorer.score` worked them out (the
    /// same sums in the same order, so the same doubles); a year not started has no domain score.
    func domainFigures(year: Int, notStarted: Bool) -> DomainFigures {
        let catalogue = context.catalogue
        var figures = UnitScorer.figures(catalogue, context.sources.store, criteria: criteria, slots: slots)
        if notStarted { figures.domainScore = figures.domainScore.map { _ in nil } }
        return DomainFigures(figures.domainScores(catalogue), sharing: catalogue.domainIDs[year])
    }

    /// The critical criteria not met or unanswered, worked out again as `UnitScorer.score` worked them out.
    func criticalFailures() -> [String] {
        UnitScorer.criticalFailures(context.catalogue, context.sources.store, criteria: criteria, slots: slots)
    }

    /// How many rows `rows()` would count as unanswered (missing rows included), without making them.
    var unansweredCount: Int {
        let store = context.sources.store
        var count = 0
        for c in criteria {
            if slots.value(c, in: store) == .unanswered { count += 1 }
        }
        return count
    }

    static func == (a: CriterionRows, b: CriterionRows) -> Bool { a.rows() == b.rows() }
}

extension UnitScore {
    /// The rows (see `criteria`) and the texts of each row's answer (nil for a missing row, and when the texts were
    /// dropped), worked out once for a page: the texts read again from the answers' sheets, each sheet once, when the
    /// store did not keep them. Throws when such a sheet changed since it was read.
    public func criteriaWithTexts() throws(SheetChanged) -> (rows: [CriterionScore], texts: [AnswerStore.Texts?]) {
        guard let rows else { return ([], []) }
        let criteria = rows.rows()
        let texts = try rows.context.sources.store.texts(at: criteria.compactMap { $0.sourcePosition < 0 ? nil : Int($0.sourcePosition) })
        return (criteria, criteria.map { $0.sourcePosition < 0 ? nil : texts[Int($0.sourcePosition)] })
    }
}
