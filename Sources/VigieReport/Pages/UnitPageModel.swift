import Mustache
import VigieCore

/// What `<year>/<unit>.html` shows, from its score to every criterion. Its property names (with the frame's, see
/// `PageFrame`) are the names a `unit.mustache` template reads.
struct UnitPageModel {
    struct OtherYear {
        var year, href: String
        var current: Bool
    }

    struct DomainRow {
        var anchor, title: String
        var score, mean, difference, coverage: Figure
    }

    struct TrendRow {
        var period: String
        var from, to, delta, likeForLike: Figure
        var improvements, regressions: String
        var bridge, notComparableReason: String?
    }

    struct Named {
        var id, title: String
    }

    /// The changes since the last audit, when the page's year ends a comparison.
    struct LastTrend {
        var heading: String
        var hasChanges: Bool
        var changes: [ChangeRow]
        var changesNote, changesCaption: String
        var hasAdded, hasRemoved: Bool
        var added, removed: [Named]
    }

    struct CriteriaDomain {
        var anchor, title: String
        var score: Figure
        var hasDescription: Bool
        var description, caption: String
        /// The rows as a template reads them: only made when the report has templates of its own (the built-in page
        /// writes each row from `rowSources` and the report's parts).
        var criteria: [CriterionRow]
        /// The positions in `rowSources` of the domain's rows.
        var rowPositions: [Int]
    }

    var frame: PageFrame
    var name, id, year, lead: String
    var hasOtherYears: Bool
    var otherYears: [OtherYear]
    // Summary
    var score: Figure
    var incomplete, notStarted: Bool
    var rating: Figure
    var capped: Bool
    var rank, coverage, unanswered: String
    var notes: [String]
    var change: UnitChange?
    // Domains
    var domainSentence, domainCaption: String
    var domains: [DomainRow]
    var domainChart: String
    // Actions
    var hasActions: Bool
    var actionsSentence, actionsCaption, topCaption: String
    var top: [PriorityRow]
    var hasMoreActions: Bool
    var moreActions: String
    var actions: [PriorityRow]
    var sharedGuidance: String?
    var hasRecordedActions: Bool
    var overdueSentence: String
    var hasOverdueInList, hasOverdue: Bool
    var overdue: [ReportModel.ActionItem]
    // Trend
    var hasTrends: Bool
    var trendCaption: String
    var trends: [TrendRow]
    var trendSentence, trendChart: String
    var last: LastTrend?
    var trendsHref: String
    // Criteria
    var criteriaSentence: String
    var criteriaDomains: [CriteriaDomain]
    /// The unit-year's rows and their answers' texts, and what every page of the report repeats.
    var rowSources: (rows: [CriterionScore], texts: [AnswerStore.Texts?])
    let unitParts: UnitPageParts

    /// How many priorities "Que corriger d'abord" shows before the full list.
    static let topCount = 5
}

/// The rows' sources and the report's parts are the built-in writer's: a template reads the names docs/templates.md
/// lists, not them.
extension UnitPageModel: MustacheModel {
    static var hiddenNames: Set<String> { ["rowSources", "unitParts"] }
}

/// A domain of the criteria as a template reads it: its rows (`criteria`), not their places in the page's sources.
extension UnitPageModel.CriteriaDomain: MustacheRecord {
    static var hiddenNames: Set<String> { ["rowPositions"] }
}

extension UnitPageModel {
    /// - Parameters: criteria, texts: the unit-year's rows and their answers' texts (`UnitScore.criteriaWithTexts`),
    ///   worked out once for the page.
    ///   parts: what every unit page of the report repeats, made once for the report.
    init(_ model: ReportModel, unit: UnitScore, criteria: [CriterionScore], texts: [AnswerStore.Texts?], parts: UnitPageParts) {
        let format = model.format
        let year = unit.year
        let yearText = String(year)
        let name = model.name(of: unit.unit)
        let root = "../"
        // The page's own year's overview, not the current year's.
        var crumbs: [ReportModel.Crumb] = [.init(label: model.t(.indexTitle, ["year": yearText]), href: root + model.overviewPath(year))]
        let department = model.department(of: unit.unit)
        if let department, department != unit.unit {
            // The department's page of the year, where it has one (a roll-up that year).
            let href = model.results.year(year)?.department(department) != nil ? root + model.departmentPath(department, year)
                : root + model.overviewPath(year) + "#" + model.departmentAnchor(department)
            crumbs.append(.init(label: model.name(of: department), href: href))
        }
        crumbs.append(.init(label: "\(name) · \(yearText)", href: nil))
        frame = model.pageFrame(title: "\(name) (\(unit.unit)) · \(yearText)", root: root, crumbs: crumbs, page: .unit, year: year)
        self.name = name
        id = unit.unit
        self.year = yearText
        var lead: [String] = []
        if let kind = model.unit(unit.unit)?.kind, !kind.isEmpty { lead.append(kind) }
        if let department, department != unit.unit { lead.append(model.t(.unitLeadDepartment, ["department": model.name(of: department)])) }
        self.lead = lead.joined(separator: " · ")
        let years = model.years(of: unit.unit)
        hasOtherYears = years.count > 1
        otherYears = years.map { .init(year: String($0), href: "../" + model.unitPath(unit.unit, $0), current: $0 == year) }

        // Summary
        score = model.scoreFigure(unit.score)
        incomplete = unit.status == .incomplete
        notStarted = unit.notStarted
        rating = model.ratingFigure(unit.rating)
        capped = unit.ratingCapped
        if let rank = unit.rank {
            self.rank = model.t(.rankOf, ["rank": format.ordinal(rank), "count": format.integer(unit.rankedCount)])
        } else {
            self.rank = unit.status == .incomplete ? model.t(.notRankedIncomplete) : model.t(.notRanked)
        }
        coverage = format.percent(unit.coverage)
        unanswered = format.integer(criteria.count { $0.answer == .unanswered })
        notes = Self.notes(unit, model: model)
        // What moved since the previous comparable audit, first (PRODUCT.md, Revision 2, "Reports lead with change").
        change = unit.notStarted ? nil : UnitChange(unit, model: model)

        // Domains
        // Worked out from the unit-year's answers at each read: read once for the page.
        let unitDomains = unit.domains
        (domainSentence, domains, domainChart) = Self.domains(unit, unitDomains, name: name, model: model)
        domainCaption = model.t(.domainCaption, ["year": yearText])

        // Actions: the first five in "Que corriger d'abord", the full list further down, each recorded action shown
        // once (beside its gap in the full list, or below it when its criterion has no gain left).
        let list = UnitScore.actionList(criteria)
        hasActions = !list.isEmpty
        actionsSentence = unit.notStarted ? model.t(.actionsNotStarted)
            : list.isEmpty ? model.t(.noActions) : model.t(.actionsSentence, ["count": format.integer(list.count)])
        actionsCaption = model.t(.actionsCaption, ["unit": name, "year": yearText])
        // The unit's recorded actions read once, each row given its criterion's (in the same order as reading them by
        // criterion: the order of the actions is one total order, filtered afterwards).
        let recorded = model.actions(of: unit.unit, upTo: year)
        let plans = recorded.isEmpty ? [:] : Dictionary(grouping: recorded, by: \.criterion)
        actions = list.enumerated().map { position, row in
            PriorityRow(row, position: position + 1, plans: plans[row.criterion]?.map(model.actionItem) ?? [], model: model, parts: parts)
        }
        top = Array(actions.prefix(Self.topCount))
        topCaption = model.t(.topCaption, ["unit": name, "year": yearText])
        hasMoreActions = actions.count > top.count
        moreActions = model.t(.moreActions, ["count": format.integer(actions.count)])
        sharedGuidance = actions.contains(where: \.criterionParts.sharesGuidance) ? model.sharedGuidance.text : nil
        let overdue = recorded.filter(model.isOverdue)
        hasRecordedActions = !recorded.isEmpty
        if let date = model.date {
            let day = format.date(date)
            overdueSentence = overdue.isEmpty ? model.t(.overdueNone, ["date": day])
                : model.t(.overdueSentence, ["date": day, "count": format.integer(overdue.count)])
        } else {
            overdueSentence = model.t(.overdueNoDate)
        }
        hasOverdueInList = !list.isEmpty && overdue.contains { action in list.contains { $0.criterion == action.criterion } }
        let listed = Set(list.map(\.criterion))
        self.overdue = overdue.filter { !listed.contains($0.criterion) }.map(model.actionItem)
        hasOverdue = !self.overdue.isEmpty

        // Trend
        let trends = model.trends(of: unit.unit).filter { $0.yearTo <= year }
        hasTrends = !trends.isEmpty
        trendCaption = model.t(.trendCaption)
        self.trends = trends.map { trend in
            let (delta, likeForLike) = (model.signedFigure(trend.delta), model.signedFigure(trend.deltaLikeForLike))
            return TrendRow(period: "\(trend.yearFrom) → \(trend.yearTo)", from: model.scoreFigure(trend.scoreFrom),
                            to: model.scoreFigure(trend.scoreTo), delta: delta, likeForLike: likeForLike,
                            improvements: format.integer(trend.improvementCount), regressions: format.integer(trend.regressionCount),
                            bridge: trend.isBridge ? model.t(.bridgeFrom, ["unit": model.name(of: trend.unitFrom)]) : nil,
                            notComparableReason: model.notComparable(trend))
        }
        (trendSentence, trendChart) = Self.trendChart(trends, name: name, year: year, model: model)
        if let last = trends.last, last.yearTo == year { self.last = Self.lastTrend(last, criteria: criteria, texts: texts, model: model) }
        trendsHref = "../" + (model.trendsPart[unit.unit] ?? "trends.html") + "#" + model.unitAnchor(unit.unit)

        // Criteria
        criteriaSentence = model.t(.criteriaSentence)
        rowSources = (criteria, texts)
        unitParts = parts
        var byDomain: [String: [Int]] = [:]
        for (position, row) in criteria.enumerated() { byDomain[row.domain, default: []].append(position) }
        // A template of the user's may read the rows (the unit page's, or a partial's given the page).
        let withRows = !model.templates.overridden.isEmpty
        criteriaDomains = unitDomains.map { domain in
            let description = model.catalogue.domain(domain.domain)?.description ?? ""
            let positions = byDomain[domain.domain] ?? []
            return CriteriaDomain(anchor: "d-" + Slug.make(domain.domain), title: model.domainTitle(domain.domain),
                                  score: model.domainFigure(domain), hasDescription: !description.isEmpty, description: description,
                                  caption: model.t(.criteriaCaption, ["domain": model.domainTitle(domain.domain), "year": yearText]),
                                  criteria: withRows ? positions.map { CriterionRow(criteria[$0], texts: texts[$0], model: model) } : [],
                                  rowPositions: positions)
        }
    }

    /// Why the score reads as it does: not started, incomplete, capped by a critical criterion.
    static func notes(_ unit: UnitScore, model: ReportModel) -> [String] {
        let format = model.format
        var notes: [String] = []
        let minimum = format.percent(model.results.options.minimumCoverage)
        switch unit.status {
        case .notStarted: notes.append(model.t(.notStartedNote, ["year": String(unit.year)]))
        case .incomplete: notes.append(model.t(.incompleteNote, ["coverage": format.percent(unit.coverage), "min": minimum]))
        case .complete: break
        }
        if unit.ratingCapped {
            notes.append(model.t(.cappedNote, ["rating": unit.rating?.label ?? "", "uncapped": unit.uncappedRating?.label ?? "",
                                               "criteria": model.criteriaList(unit.criticalFailures)]))
        } else if !unit.criticalFailures.isEmpty {
            notes.append(model.t(.criticalNote, ["criteria": model.criteriaList(unit.criticalFailures)]))
        }
        return notes
    }

    /// The domains' sentence (strongest and weakest), table rows and bar chart.
    static func domains(_ unit: UnitScore, _ domains: [DomainScore], name: String, model: ReportModel) -> (String, [DomainRow], String) {
        let format = model.format
        let yearText = String(unit.year)
        let means = model.cantonDomainMeans[unit.year] ?? [:]
        // Strongest and weakest among the domains with answers: an unanswered domain reads "not answered", not 0.
        let defined = domains.filter { $0.score != nil && ReportModel.isAnswered($0) }
        let position = { (domain: DomainScore) in model.catalogue.position(ofDomain: domain.domain) ?? 0 }
        let sentence: String
        if let best = defined.max(by: { ($0.score!, -position($0)) < ($1.score!, -position($1)) }),
           let worst = defined.min(by: { ($0.score!, position($0)) < ($1.score!, position($1)) }) {
            sentence = model.t(.domainSentence, ["best": model.domainTitle(best.domain), "bestScore": format.number(best.score!),
                                                 "worst": model.domainTitle(worst.domain), "worstScore": format.number(worst.score!)])
        } else {
            sentence = model.t(.domainSentenceNone)
        }
        let rows = domains.map { domain in
            let mean = means[domain.domain]
            let difference = ReportModel.isAnswered(domain) ? domain.score.flatMap { score in mean.map { score - $0 } } : nil
            return DomainRow(anchor: "d-" + Slug.make(domain.domain), title: model.domainTitle(domain.domain), score: model.domainFigure(domain),
                             mean: model.scoreFigure(mean), difference: model.signedFigure(difference), coverage: model.percentFigure(domain.coverage))
        }
        let chart = BarChart(
            id: "chart-domains", title: model.t(.domainChartTitle, ["unit": name, "year": yearText]), summary: sentence,
            rows: domains.map { domain in
                let answered = ReportModel.isAnswered(domain)
                return .init(label: model.domainTitle(domain.domain), value: answered ? domain.score : nil,
                             valueText: answered ? domain.score.map { format.number($0) } ?? "—" : model.t(.notAnswered),
                             reference: means[domain.domain])
            },
            referenceLabel: model.t(.cantonMean)
        ).svg()
        return (sentence, rows, chart)
    }

    /// The trend's sentence and line chart (no chart on a first audit).
    static func trendChart(_ trends: [Trend], name: String, year: Int, model: ReportModel) -> (String, String) {
        let format = model.format
        guard let first = trends.first else { return (model.t(.trendSentenceFirst, ["year": String(year)]), "") }
        let text = { (score: Double?) in score.map { format.number($0) } ?? "—" }
        var points: [LineChart.Point] = [.init(label: String(first.yearFrom), value: first.scoreFrom, valueText: text(first.scoreFrom))]
        for trend in trends { points.append(.init(label: String(trend.yearTo), value: trend.scoreTo, valueText: text(trend.scoreTo))) }
        let sentence = model.t(.trendSentence, ["firstYear": String(first.yearFrom), "first": text(first.scoreFrom), "last": text(trends.last!.scoreTo)])
        let chart = LineChart(id: "chart-trend", title: model.t(.trendChartTitle, ["unit": name, "years": "\(first.yearFrom)–\(year)"]),
                              summary: sentence, points: points).svg()
        return (sentence, chart)
    }

    static func lastTrend(_ trend: Trend, criteria: [CriterionScore], texts: [AnswerStore.Texts?], model: ReportModel) -> LastTrend {
        // The comment of a changed criterion's row (its last row, as a table by id would keep): few criteria change, so
        // they are looked for among the rows rather than every row's comment put in a table for each page.
        let comment = { (id: String) in criteria.lastIndex { $0.criterion == id }.map { texts[$0]?.comment ?? "" } ?? "" }
        let changes = trend.regressions.map { ChangeRow($0, improved: false, comment: comment($0.criterion), model: model) }
            + trend.improvements.map { ChangeRow($0, improved: true, comment: comment($0.criterion), model: model) }
        let named = { (ids: [String]) in ids.map { Named(id: $0, title: model.criterionTitle($0)) } }
        return LastTrend(
            heading: model.t(.sinceLastAudit, ["year": String(trend.yearFrom)]), hasChanges: !changes.isEmpty, changes: changes,
            // A pair that is not comparable lists no changes, and says why instead of "no answer changed".
            changesNote: model.notComparable(trend) ?? model.t(.noChanges),
            changesCaption: model.t(.changesCaption, ["from": String(trend.yearFrom), "to": String(trend.yearTo)]),
            hasAdded: !trend.added.isEmpty, hasRemoved: !trend.removed.isEmpty, added: named(trend.added), removed: named(trend.removed))
    }
}
