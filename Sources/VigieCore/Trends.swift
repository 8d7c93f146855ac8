/// Comparisons of consecutive audits of each unit, full and like-for-like, and bridges across `replaces`.
struct Trends {
    let workspace: Workspace
    let scorer: UnitScorer
    let answers: AnswerIndex
    let years: [YearScores]
    private let yearScores: [Int: YearScores]
    private var catalogue: ScoringCatalogue { scorer.catalogue }

    init(workspace: Workspace, scorer: UnitScorer, answers: AnswerIndex, years: [YearScores]) {
        self.workspace = workspace
        self.scorer = scorer
        self.answers = answers
        self.years = years
        yearScores = Dictionary(years.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func all() -> [Trend] {
        // A not-started year is no audit: the trend bridges it, as it does a skipped year.
        var auditedYears: [String: [Int]] = [:]
        for (year, units) in workspace.audited {
            for unit in units where yearScores[year]?.unit(unit)?.notStarted != true { auditedYears[unit, default: []].append(year) }
        }
        for unit in auditedYears.keys { auditedYears[unit]!.sort() }

        // Made in their final order, into an array sized once: grown and then sorted into a copy, a canton's trends
        // (27,000 at 3,000 units × 10 years) left 13 MB of freed blocks among the results that stay.
        let units = auditedYears.keys.sorted()
        var trends: [Trend] = []
        trends.reserveCapacity(units.reduce(0) { $0 + max(auditedYears[$1]!.count - 1, 0) + (workspace.unit($1)?.replaces.count ?? 0) })
        for unit in units {
            let own = auditedYears[unit]!
            let start = trends.count
            for (from, to) in zip(own, own.dropFirst()) {
                trends.append(compare(unitFrom: unit, yearFrom: from, unit: unit, yearTo: to))
            }
            guard let first = own.first, let replaced = workspace.unit(unit)?.replaces, !replaced.isEmpty else { continue }
            for predecessor in replaced {
                guard let last = auditedYears[predecessor]?.last(where: { $0 < first }) else { continue }
                trends.append(compare(unitFrom: predecessor, yearFrom: last, unit: unit, yearTo: first))
            }
            // A unit's bridges end in its first year, before its own trends: sorted in place, among its own.
            trends[start...].sort { ($0.yearTo, $0.unitFrom) < ($1.yearTo, $1.unitFrom) }
        }
        return trends
    }

    /// What a comparison between two years needs of the catalogue, the same for every unit: computed once per pair.
    struct YearPair {
        /// Criteria of each year whose class has a member in the other year (the like-for-like sets).
        var likeBefore: [Int]
        var likeAfter: [Int]
        /// (criterion of the later year, its counterpart in the earlier year): one per class present in both.
        var counterparts: [(after: Int, before: Int)]
        /// What the pair's trends share (the counterparts again, the criteria added and removed).
        var shared: TrendChanges.Pair
    }

    /// `slots`: the answers' slots of every unit-year (those of any one of them).
    private func pair(_ yearFrom: Int, _ yearTo: Int, slots: AnswerSlots) -> YearPair {
        let before = catalogue.applying(in: yearFrom)
        let after = catalogue.applying(in: yearTo)
        let classOf = catalogue.classOf
        // The first member (catalogue order) of each class in each year: one comparison per class.
        var firstBefore = [Int](repeating: -1, count: classOf.count)
        for c in before where firstBefore[classOf[c]] < 0 { firstBefore[classOf[c]] = c }
        var firstAfter = [Int](repeating: -1, count: classOf.count)
        for c in after where firstAfter[classOf[c]] < 0 { firstAfter[classOf[c]] = c }
        let counterparts: [(after: Int, before: Int)] = after.compactMap { c in
            firstAfter[classOf[c]] == c && firstBefore[classOf[c]] >= 0 ? (c, firstBefore[classOf[c]]) : nil
        }
        let details = scorer.options.details
        let shared = TrendChanges.Pair(added: after.filter { firstBefore[classOf[$0]] < 0 }.map(criterionID),
                                       removed: before.filter { firstAfter[classOf[$0]] < 0 }.map(criterionID),
                                       counterparts: counterparts, context: details ? scorer.rowContext : nil,
                                       slots: details ? slots.storage : nil)
        return YearPair(likeBefore: before.filter { firstAfter[classOf[$0]] >= 0 },
                        likeAfter: after.filter { firstBefore[classOf[$0]] >= 0 },
                        counterparts: counterparts, shared: shared)
    }

    /// The year pairs met so far.
    private final class PairCache {
        var pairs: [Int: YearPair] = [:]
    }
    private let pairCache = PairCache()

    private func compare(unitFrom: String, yearFrom: Int, unit: String, yearTo: Int) -> Trend {
        let key = yearFrom * 10_000 + yearTo
        let slotsBefore = answers.of(unit: unitFrom, year: yearFrom)
        let slotsAfter = answers.of(unit: unit, year: yearTo)
        let plan = pairCache.pairs[key] ?? pair(yearFrom, yearTo, slots: slotsBefore)
        pairCache.pairs[key] = plan

        let before = yearScores[yearFrom]?.unit(unitFrom)
        let after = yearScores[yearTo]?.unit(unit)
        let (scoreFrom, scoreTo) = (before?.score, after?.score)
        // Comparable only when complete at both ends: a score on part of the criteria says nothing of a change.
        let incompleteYears = [(yearFrom, before), (yearTo, after)].filter { $0.1?.complete != true }.map(\.0)
        let comparable = incompleteYears.isEmpty
        let likeBefore = scorer.figures(criteria: plan.likeBefore, slots: slotsBefore).score
        let likeAfter = scorer.figures(criteria: plan.likeAfter, slots: slotsAfter).score

        // The criteria that changed, only for the outputs that show them (JSON, reports): counted now, listed when asked.
        let changes = scorer.options.details && comparable
            ? TrendChanges(context: scorer.rowContext, counterparts: plan.counterparts, before: slotsBefore, after: slotsAfter) : nil
        let counts = changes?.counts ?? (regressions: 0, improvements: 0)
        return Trend(unit: unit, unitFrom: unitFrom, yearFrom: yearFrom, yearTo: yearTo,
                     scoreFrom: scoreFrom, scoreTo: scoreTo, comparable: comparable, incompleteYears: incompleteYears,
                     likeForLikeFrom: likeBefore, likeForLikeTo: likeAfter,
                     regressionCount: counts.regressions, improvementCount: counts.improvements, changes: changes,
                     pair: plan.shared)
    }

    private func criterionID(_ position: Int) -> String { catalogue.catalogue.criteria[position].id }
}
