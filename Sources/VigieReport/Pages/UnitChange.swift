import VigieCore

/// What moved since a unit's previous comparable audit, for its page's "En bref": the score's Δ naming the earlier
/// year, the rating and rank then, and the criteria that moved (critical ones first): those whose answer fell lose
/// the unit points (a met criterion now partial as much as a partial one now not met), those whose answer rose gain
/// them. `change` in the unit page's model, its names those a `unit.mustache` template reads.
struct UnitChange {
    /// A criterion whose answer changed: "partiel → non rempli".
    struct Criterion {
        var id, title: String
        var critical: Bool
        var anchor, answers: String
    }

    /// How many moved criteria "En bref" names of each kind; the changes table further down has them all.
    static let listed = 5

    /// The earlier year, and "depuis 2025".
    var fromYear, since: String
    /// "▲", "▼" or "=" (the text always says it too); nil without a Δ.
    var symbol: String?
    /// `direction`: `up`, `down` or `same`, for the colour; `score`: "−12,9 depuis 2025 (alors 58,1)", or why there
    /// is no Δ; `rating`: "en 2025 : En progrès"; `rank`: "en 2025 : 7e sur 21".
    var direction, score, rating, rank: String
    var comparable: Bool
    /// The answers that rose and those that fell, critical criteria first: the first `listed` of each, whether there
    /// are any, how many, whether the list is cut.
    var improved, regressed: [Criterion]
    var hasImproved, hasRegressed: Bool
    var improvedCount, regressedCount: String
    var improvedCut, regressedCut: Bool

    /// `up`/`down`/`same` and ▲/▼/= for a change, as the figure is written (one decimal): a fall of 0.04 reads
    /// "0,0", neither up nor down. Unit and department pages both sign their changes with it.
    static func sign(of delta: Double, _ format: LocaleFormat) -> (direction: String, symbol: String) {
        if format.number(delta) == format.number(0) { return ("same", "=") }
        return delta > 0 ? ("up", "▲") : ("down", "▼")
    }

    /// The change into the unit's year, from the last comparison that ends there; nil on a first audit.
    init?(_ unit: UnitScore, model: ReportModel) {
        guard let trend = model.trends(of: unit.unit).last(where: { $0.yearTo == unit.year }) else { return nil }
        let format = model.format
        let from = String(trend.yearFrom)
        fromYear = from
        since = model.t(.sinceYear, ["year": from])
        comparable = trend.comparable
        let previous = model.score(of: trend.unitFrom, in: trend.yearFrom)
        let then = trend.scoreFrom.map { format.number($0) } ?? "—"
        if let delta = trend.delta {
            let sign = Self.sign(of: delta, format)
            (direction, symbol) = (sign.direction, sign.symbol)
            score = model.t(.changeSince, ["delta": format.signed(delta), "year": from, "score": then])
        } else {
            (direction, symbol) = ("same", nil)
            score = model.notComparable(trend) ?? ""
        }
        rating = model.t(.inYear, ["year": from, "value": previous?.rating?.label ?? model.t(.notDefined)])
        let rankText: String
        if let previous, let rank = previous.rank {
            rankText = model.t(.rankOf, ["rank": format.ordinal(rank), "count": format.integer(previous.rankedCount)])
        } else {
            rankText = previous?.status == .incomplete ? model.t(.notRankedIncomplete) : model.t(.notRanked)
        }
        rank = model.t(.inYear, ["year": from, "value": rankText])
        // A criterion reworded through `replaces` counts under its new id.
        let criterion = { (change: CriterionChange) -> Criterion in
            let critical = model.catalogue.criterion(change.criterion)?.critical ?? false
            return Criterion(id: change.criterion, title: model.criterionTitle(change.criterion), critical: critical,
                             anchor: "c-" + Slug.make(change.criterion),
                             answers: model.answer(change.from).text + " → " + model.answer(change.to).text)
        }
        let criticalFirst = { (list: [Criterion]) in
            list.enumerated().sorted { ($0.element.critical ? 0 : 1, $0.offset) < ($1.element.critical ? 0 : 1, $1.offset) }.map(\.element)
        }
        let improved = criticalFirst(trend.improvements.map(criterion)), regressed = criticalFirst(trend.regressions.map(criterion))
        self.improved = Array(improved.prefix(Self.listed))
        hasImproved = !improved.isEmpty
        improvedCount = String(improved.count)
        improvedCut = improved.count > Self.listed
        self.regressed = Array(regressed.prefix(Self.listed))
        hasRegressed = !regressed.isEmpty
        regressedCount = String(regressed.count)
        regressedCut = regressed.count > Self.listed
        more = model.t(.moreChanges)
    }

    /// "Toutes les réponses changées" (the link to the changes table when a list is cut).
    var more: String
}
