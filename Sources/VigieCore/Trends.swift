/// Comparisons of consecutive audits of each unit, full and like-for-like, and bridges across `replaces`.
struct Trends {
    let workspace: Workspace
    let scorer: UnitScorer
    let answers: AnswerIndex
    let years: [YearScores]
    private let yearScores: [Int: YearScores]
    /// Each criterion's class: criteria linked by `replaces`, directly or through a chain, count as one.
    private let criterionClass: [String: String]
    /// Per audit year: the criteria that apply, and the first of them (catalogue order) in each class.
    private let applying: [Int: [Criterion]]
    private let firstOfClass: [Int: [String: Criterion]]

    init(workspace: Workspace, scorer: UnitScorer, answers: AnswerIndex, years: [YearScores]) {
        self.workspace = workspace
        self.scorer = scorer
        self.answers = answers
        self.years = years
        yearScores = Dictionary(years.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
        let catalogue = workspace.catalogue
        let classes = Graph.classes(nodes: catalogue.criteria.map(\.id), links: { catalogue.criterion($0)?.replaces ?? [] })
        criterionClass = classes
        var applying: [Int: [Criterion]] = [:]
        var firstOfClass: [Int: [String: Criterion]] = [:]
        for year in workspace.years {
            let criteria = catalogue.criteria(applyingIn: year)
            applying[year] = criteria
            var first: [String: Criterion] = [:]
            for criterion in criteria where first[classes[criterion.id]!] == nil { first[classes[criterion.id]!] = criterion }
            firstOfClass[year] = first
        }
        self.applying = applying
        self.firstOfClass = firstOfClass
    }

    func all() -> [Trend] {
        var auditedYears: [String: [Int]] = [:]
        for (year, units) in workspace.audited {
            for unit in units { auditedYears[unit, default: []].append(year) }
        }
        for unit in auditedYears.keys { auditedYears[unit]!.sort() }

        var trends: [Trend] = []
        for unit in auditedYears.keys.sorted() {
            let own = auditedYears[unit]!
            for (from, to) in zip(own, own.dropFirst()) {
                trends.append(compare(unitFrom: unit, yearFrom: from, unit: unit, yearTo: to))
            }
            guard let first = own.first, let replaced = workspace.unit(unit)?.replaces else { continue }
            for predecessor in replaced {
                guard let last = auditedYears[predecessor]?.last(where: { $0 < first }) else { continue }
                trends.append(compare(unitFrom: predecessor, yearFrom: last, unit: unit, yearTo: first))
            }
        }
        return trends.sorted { ($0.unit, $0.yearTo, $0.unitFrom) < ($1.unit, $1.yearTo, $1.unitFrom) }
    }

    private func compare(unitFrom: String, yearFrom: Int, unit: String, yearTo: Int) -> Trend {
        let catalogue = workspace.catalogue
        let before = applying[yearFrom] ?? catalogue.criteria(applyingIn: yearFrom)
        let after = applying[yearTo] ?? catalogue.criteria(applyingIn: yearTo)
        let classesBefore = Set(before.map { criterionClass[$0.id]! })
        let classesAfter = Set(after.map { criterionClass[$0.id]! })
        let counted = classesBefore.intersection(classesAfter)
        let answersBefore = answers.of(unit: unitFrom, year: yearFrom)
        let answersAfter = answers.of(unit: unit, year: yearTo)

        let scoreFrom = yearScores[yearFrom]?.unit(unitFrom)?.score
        let scoreTo = yearScores[yearTo]?.unit(unit)?.score
        let likeBefore = scorer.figures(criteria: before.filter { counted.contains(criterionClass[$0.id]!) }, answers: answersBefore).score
        let likeAfter = scorer.figures(criteria: after.filter { counted.contains(criterionClass[$0.id]!) }, answers: answersAfter).score

        var regressions: [CriterionChange] = []
        var improvements: [CriterionChange] = []
        for criterion in after {
            let key = criterionClass[criterion.id]!
            // One comparison per class: its first member of each year.
            guard counted.contains(key), let previous = firstOfClass[yearFrom]?[key], firstOfClass[yearTo]?[key]?.id == criterion.id
            else { continue }
            let from = answersBefore[previous.id]?.value ?? .unanswered
            let to = answersAfter[criterion.id]?.value ?? .unanswered
            guard let fromValue = from.value, let toValue = to.value, fromValue != toValue else { continue }
            let change = CriterionChange(criterion: criterion.id, previousCriterion: previous.id, from: from, to: to,
                                         fromValue: fromValue, toValue: toValue)
            if toValue < fromValue { regressions.append(change) } else { improvements.append(change) }
        }
        regressions = ordered(regressions)
        improvements = ordered(improvements)
        return Trend(unit: unit, unitFrom: unitFrom, yearFrom: yearFrom, yearTo: yearTo,
                     scoreFrom: scoreFrom, scoreTo: scoreTo, delta: difference(scoreTo, scoreFrom),
                     likeForLikeFrom: likeBefore, likeForLikeTo: likeAfter, deltaLikeForLike: difference(likeAfter, likeBefore),
                     regressions: regressions, improvements: improvements,
                     added: after.filter { !classesBefore.contains(criterionClass[$0.id]!) }.map(\.id),
                     removed: before.filter { !classesAfter.contains(criterionClass[$0.id]!) }.map(\.id))
    }

    /// Largest change first, then catalogue order.
    private func ordered(_ changes: [CriterionChange]) -> [CriterionChange] {
        let catalogue = workspace.catalogue
        return changes.sorted { a, b in
            let (da, db) = (abs(a.toValue - a.fromValue), abs(b.toValue - b.fromValue))
            if da != db { return da > db }
            return (catalogue.position(ofCriterion: a.criterion) ?? 0) < (catalogue.position(ofCriterion: b.criterion) ?? 0)
        }
    }

    private func difference(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b else { return nil }
        return a - b
    }
}
