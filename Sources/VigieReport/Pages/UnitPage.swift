import VigieCore

/// `<year>/<unit>.html`: a unit's audit year, from its score to every criterion.
enum UnitPage {
    static func context(_ model: ReportModel, unit: UnitScore) -> [String: Any] {
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
        var context = model.frame(title: "\(name) (\(unit.unit)) · \(yearText)", root: root, crumbs: crumbs, page: .unit, year: year)
        context["name"] = name
        context["id"] = unit.unit
        context["year"] = yearText
        var lead: [String] = []
        if let kind = model.units[unit.unit]?.kind, !kind.isEmpty { lead.append(kind) }
        if let department, department != unit.unit { lead.append(model.t(.unitLeadDepartment, ["department": model.name(of: department)])) }
        context["lead"] = lead.joined(separator: " · ")

        let years = (model.scores[unit.unit] ?? [:]).keys.sorted()
        context["hasOtherYears"] = years.count > 1
        context["otherYears"] = years.map { other -> [String: Any] in
            ["year": String(other), "href": "../" + model.unitPath(unit.unit, other), "current": other == year]
        }

        // Summary
        context["score"] = model.score(unit.score)
        context["incomplete"] = unit.status == .incomplete
        context["notStarted"] = unit.notStarted
        context["rating"] = model.rating(unit.rating)
        context["capped"] = unit.ratingCapped
        if let rank = unit.rank {
            context["rank"] = model.t(.rankOf, ["rank": format.ordinal(rank), "count": format.integer(unit.rankedCount)])
        } else {
            context["rank"] = unit.status == .incomplete ? model.t(.notRankedIncomplete) : model.t(.notRanked)
        }
        context["coverage"] = format.percent(unit.coverage)
        context["unanswered"] = format.integer(unit.unansweredCount)
        var notes: [String] = []
        let minimum = format.percent(model.results.options.minimumCoverage)
        switch unit.status {
        case .notStarted: notes.append(model.t(.notStartedNote, ["year": yearText]))
        case .incomplete: notes.append(model.t(.incompleteNote, ["coverage": format.percent(unit.coverage), "min": minimum]))
        case .complete: break
        }
        if unit.ratingCapped {
            notes.append(model.t(.cappedNote, ["rating": unit.rating?.label ?? "", "uncapped": unit.uncappedRating?.label ?? "",
                                               "criteria": model.criteriaList(unit.criticalFailures)]))
        } else if !unit.criticalFailures.isEmpty {
            notes.append(model.t(.criticalNote, ["criteria": model.criteriaList(unit.criticalFailures)]))
        }
        context["notes"] = notes
        // What moved since the previous comparable audit, first (PRODUCT.md, Revision 2, "Reports lead with change").
        if !unit.notStarted, let change = UnitChange(unit, model: model) { context["change"] = change.templateValues }

        // Domains
        let means = model.cantonDomainMeans[year] ?? [:]
        // Strongest and weakest among the domains with answers: an unanswered domain reads "not answered", not 0.
        let defined = unit.domains.filter { $0.score != nil && ReportModel.isAnswered($0) }
        let domainSentence: String
        if let best = defined.max(by: { ($0.score!, -(model.catalogue.position(ofDomain: $0.domain) ?? 0)) < ($1.score!, -(model.catalogue.position(ofDomain: $1.domain) ?? 0)) }),
           let worst = defined.min(by: { ($0.score!, model.catalogue.position(ofDomain: $0.domain) ?? 0) < ($1.score!, model.catalogue.position(ofDomain: $1.domain) ?? 0) }) {
            domainSentence = model.t(.domainSentence, ["best": model.domainTitle(best.domain), "bestScore": format.number(best.score!),
                                                       "worst": model.domainTitle(worst.domain), "worstScore": format.number(worst.score!)])
        } else {
            domainSentence = model.t(.domainSentenceNone)
        }
        context["domainSentence"] = domainSentence
        context["domainCaption"] = model.t(.domainCaption, ["year": yearText])
        context["domains"] = unit.domains.map { domain -> [String: Any] in
            let mean = means[domain.domain]
            let answered = ReportModel.isAnswered(domain)
            let difference = answered ? domain.score.flatMap { score in mean.map { score - $0 } } : nil
            return ["anchor": "d-" + Slug.make(domain.domain), "title": model.domainTitle(domain.domain), "score": model.domainScore(domain),
                    "mean": model.score(mean), "difference": model.signed(difference), "coverage": model.percent(domain.coverage)]
        }
        context["domainChart"] = BarChart(
            id: "chart-domains", title: model.t(.domainChartTitle, ["unit": name, "year": yearText]), summary: domainSentence,
            rows: unit.domains.map { domain in
                let answered = ReportModel.isAnswered(domain)
                return .init(label: model.domainTitle(domain.domain), value: answered ? domain.score : nil,
                             valueText: answered ? domain.score.map { format.number($0) } ?? "—" : model.t(.notAnswered),
                             reference: means[domain.domain])
            },
            referenceLabel: model.t(.cantonMean)
        ).svg()

        // Actions: the first five in "Que corriger d'abord", the full list further down, each recorded action shown
        // once (beside its gap in the full list, or below it when its criterion has no gain left).
        let actions = unit.actionList
        context["hasActions"] = !actions.isEmpty
        context["actionsSentence"] = unit.notStarted ? model.t(.actionsNotStarted)
            : actions.isEmpty ? model.t(.noActions) : model.t(.actionsSentence, ["count": format.integer(actions.count)])
        context["actionsCaption"] = model.t(.actionsCaption, ["unit": name, "year": yearText])
        // The long tables (first priorities, action list, changes, criteria) are written by Vigie for the built-in
        // template, which reads only `topRows`, `actionRows`, `changeRows` and `criteriaRows`; with user templates their
        // rows are also given as values (`top`, `actions`, `changes`, `criteria`).
        let priorities = actions.enumerated().map { PriorityRow($1, position: $0 + 1, unit: unit, model: model) }
        let top = Array(priorities.prefix(Self.topCount))
        context["topRows"] = PriorityRow.html(top, strings: model.strings, brief: true)
        context["topCaption"] = model.t(.topCaption, ["unit": name, "year": yearText])
        context["hasMoreActions"] = priorities.count > top.count
        context["moreActions"] = model.t(.moreActions, ["count": format.integer(priorities.count)])
        context["actionRows"] = PriorityRow.html(priorities, strings: model.strings)
        if model.templates.hasOverrides {
            context["actions"] = priorities.map(\.templateValues)
            context["top"] = top.map(\.templateValues)
        }
        if priorities.contains(where: \.sharesGuidance) { context["sharedGuidance"] = model.sharedGuidance.text }
        let recorded = model.actions(of: unit.unit, upTo: year)
        let overdue = recorded.filter(model.isOverdue)
        context["hasRecordedActions"] = !recorded.isEmpty
        if let date = model.date {
            let day = format.date(date)
            context["overdueSentence"] = overdue.isEmpty ? model.t(.overdueNone, ["date": day])
                : model.t(.overdueSentence, ["date": day, "count": format.integer(overdue.count)])
        } else {
            context["overdueSentence"] = model.t(.overdueNoDate)
        }
        context["hasOverdueInList"] = !actions.isEmpty && overdue.contains { action in actions.contains { $0.criterion == action.criterion } }
        let listed = Set(actions.map(\.criterion))
        let elsewhere = overdue.filter { !listed.contains($0.criterion) }
        context["overdue"] = elsewhere.map { model.actionItem($0).templateValues }
        context["hasOverdue"] = !elsewhere.isEmpty

        // Trend
        let trends = (model.trends[unit.unit] ?? []).filter { $0.yearTo <= year }
        context["hasTrends"] = !trends.isEmpty
        context["trendCaption"] = model.t(.trendCaption)
        context["trends"] = trends.map { trend -> [String: Any] in
            let (delta, likeForLike) = model.deltas(trend)
            var row: [String: Any] = [
                "period": "\(trend.yearFrom) → \(trend.yearTo)", "from": model.score(trend.scoreFrom), "to": model.score(trend.scoreTo),
                "delta": delta, "likeForLike": likeForLike,
                "improvements": format.integer(trend.improvements.count), "regressions": format.integer(trend.regressions.count),
            ]
            if trend.isBridge { row["bridge"] = model.t(.bridgeFrom, ["unit": model.name(of: trend.unitFrom)]) }
            if let reason = model.notComparable(trend) { row["notComparableReason"] = reason }
            return row
        }
        if let first = trends.first {
            var points: [LineChart.Point] = [.init(label: String(first.yearFrom), value: first.scoreFrom,
                                                   valueText: first.scoreFrom.map { format.number($0) } ?? "—")]
            for trend in trends {
                points.append(.init(label: String(trend.yearTo), value: trend.scoreTo, valueText: trend.scoreTo.map { format.number($0) } ?? "—"))
            }
            let sentence = model.t(.trendSentence, ["firstYear": String(first.yearFrom), "first": first.scoreFrom.map { format.number($0) } ?? "—",
                                                    "last": trends.last!.scoreTo.map { format.number($0) } ?? "—"])
            context["trendSentence"] = sentence
            context["trendChart"] = LineChart(id: "chart-trend", title: model.t(.trendChartTitle, ["unit": name, "years": "\(first.yearFrom)–\(year)"]), summary: sentence, points: points).svg()
        } else {
            context["trendSentence"] = model.t(.trendSentenceFirst, ["year": yearText])
            context["trendChart"] = ""
        }
        if let last = trends.last, last.yearTo == year {
            context["last"] = lastTrend(last, unit: unit, model: model)
        }
        context["trendsHref"] = "../trends.html#" + model.unitAnchor(unit.unit)

        // Criteria
        context["criteriaSentence"] = model.t(.criteriaSentence)
        var byDomain: [String: [CriterionScore]] = [:]
        for row in unit.criteria { byDomain[row.domain, default: []].append(row) }
        context["criteriaDomains"] = unit.domains.map { domain -> [String: Any] in
            let description = model.catalogue.domain(domain.domain)?.description ?? ""
            let rows = (byDomain[domain.domain] ?? []).map { CriterionRow($0, model: model) }
            var values: [String: Any] = [
                "anchor": "d-" + Slug.make(domain.domain), "title": model.domainTitle(domain.domain), "score": model.domainScore(domain),
                "hasDescription": !description.isEmpty, "description": description,
                "caption": model.t(.criteriaCaption, ["domain": model.domainTitle(domain.domain), "year": yearText]),
                "criteriaRows": CriterionRow.html(rows, strings: model.strings),
            ]
            if model.templates.hasOverrides { values["criteria"] = rows.map(\.templateValues) }
            return values
        }
        return context
    }

    /// How many priorities "Que corriger d'abord" shows before the full list.
    static let topCount = 5

    static func lastTrend(_ trend: Trend, unit: UnitScore, model: ReportModel) -> [String: Any] {
        var comments: [String: String] = [:]
        for row in unit.criteria { comments[row.criterion] = row.source?.comment ?? "" }
        let changes = trend.regressions.map { ChangeRow($0, improved: false, comment: comments[$0.criterion] ?? "", model: model) }
            + trend.improvements.map { ChangeRow($0, improved: true, comment: comments[$0.criterion] ?? "", model: model) }
        var values: [String: Any] = [
            "heading": model.t(.sinceLastAudit, ["year": String(trend.yearFrom)]),
            "hasChanges": !changes.isEmpty, "changeRows": ChangeRow.html(changes, strings: model.strings),
            // A pair that is not comparable lists no changes, and says why instead of "no answer changed".
            "changesNote": model.notComparable(trend) ?? model.t(.noChanges),
            "changesCaption": model.t(.changesCaption, ["from": String(trend.yearFrom), "to": String(trend.yearTo)]),
            "hasAdded": !trend.added.isEmpty, "added": trend.added.map { ["id": $0, "title": model.criterionTitle($0)] },
            "hasRemoved": !trend.removed.isEmpty, "removed": trend.removed.map { ["id": $0, "title": model.criterionTitle($0)] },
        ]
        if model.templates.hasOverrides { values["changes"] = changes.map(\.templateValues) }
        return values
    }
}
