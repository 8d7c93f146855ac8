import VigieCore

/// `index.html`: the canton's score, the departments, the heat map, the ranking, the incomplete units, the years.
enum IndexPage {
    /// `root`: the way from the page to the report's root ("" for `index.html`, "../" for `<year>/index.html`).
    static func context(_ model: ReportModel, root: String = "") -> [String: Any] {
        let year = model.current
        let yearText = String(year.year)
        let format = model.format
        var context = model.frame(title: model.t(.indexTitle, ["year": yearText]), root: root,
                                  crumbs: [.init(label: model.t(.indexTitle, ["year": yearText]), href: nil)], page: .index)
        context["hasOtherYears"] = model.overviewYears.count > 1
        context["otherYears"] = model.overviewYears.map { other -> [String: Any] in
            ["year": String(other), "href": root + model.overviewPath(other), "current": other == year.year]
        }
        let ranked = year.units.filter { $0.rank != nil }
        let incomplete = year.units.filter { $0.status == .incomplete }
        let notStarted = year.units.filter(\.notStarted)
        // A unit whose sheet is not started is not audited that year.
        let audited = format.integer(year.units.count - notStarted.count)
        context["heading"] = model.t(.indexHeading, ["year": yearText])
        context["method"] = MethodPage.link(model, root: root)
        context["lead"] = model.t(.indexLead, ["audited": audited, "year": yearText,
                                               "ranked": format.integer(ranked.count), "incomplete": format.integer(incomplete.count)])
        context["counts"] = ["audited": audited, "ranked": format.integer(ranked.count),
                             "incomplete": format.integer(incomplete.count)]
        context["campaigns"] = model.campaigns.map { CampaignSection.context($0, model: model) }
        let hasDepartments = model.workspace.hasUnitsFile
        context["hasDepartments"] = hasDepartments
        context["canton"] = rollUp(year.canton, model: model)
        if let score = year.canton.score {
            let key: TextKey = hasDepartments ? .cantonSentenceDepartments : .cantonSentenceUnits
            context["cantonSentence"] = model.t(key, ["score": format.number(score), "rating": year.canton.rating?.label ?? "",
                                                      "count": format.integer(year.canton.members.count)])
        } else {
            context["cantonSentence"] = model.t(.cantonSentenceUndefined)
        }
        context["departmentsCaption"] = model.t(.departmentsCaption, ["year": yearText])
        context["departments"] = year.departments.map { department -> [String: Any] in
            var row = rollUp(department, model: model)
            let id = department.unit ?? ""
            row["id"] = id
            row["name"] = model.name(of: id)
            row["anchor"] = model.departmentAnchor(id)
            row["href"] = root + model.departmentPath(id, year.year)
            return row
        }

        // Heat map
        let domains = model.catalogue.domains.filter { domain in year.units.contains { $0.domains.contains { $0.domain == domain.id } } }
        // Columns headed by the domain's id (a key below the table gives the titles; screen readers get the titles).
        context["domains"] = domains.map { ["code": $0.id, "title": $0.title.isEmpty ? $0.id : $0.title] }
        context["heatmapCaption"] = model.t(.heatmapCaption, ["year": yearText])
        context["heatmapSentence"] = model.t(.heatmapSentence)
        context["legend"] = legend(model)
        let byUnit = Dictionary(year.units.map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first })
        context["heatGroups"] = model.grouped(year.units.map(\.unit)).map { group -> [String: Any] in
            var result: [String: Any] = ["hasName": group.department != nil, "colspan": String(domains.count + 2)]
            if let department = group.department { result["name"] = model.name(of: department) }
            result["rows"] = group.units.compactMap { byUnit[$0] }.map { unit -> [String: Any] in
                let scores = Dictionary(unit.domains.map { ($0.domain, $0) }, uniquingKeysWith: { first, _ in first })
                var cells = domains.map { domain in cell(unit.notStarted ? nil : scores[domain.id], label: domain.id, model: model) }
                cells.append(cell(unit.score, label: model.t(.score), model: model))
                return ["name": model.name(of: unit.unit), "href": root + model.unitPath(unit.unit, year.year),
                        "incomplete": unit.status == .incomplete, "notStarted": unit.notStarted, "cells": cells]
            }
            return result
        }

        // Ranking
        context["hasRanking"] = !ranked.isEmpty
        // "the 1 complete units" would be wrong in every language: one unit has its own sentence.
        context["rankingCaption"] = ranked.count == 1 ? model.t(.rankingCaptionOne, ["year": yearText])
            : model.t(.rankingCaption, ["count": format.integer(ranked.count), "year": yearText])
        context["ranking"] = ranked.sorted { ($0.rank!, $0.unit) < ($1.rank!, $1.unit) }.map { unit -> [String: Any] in
            [
                "rank": format.ordinal(unit.rank!), "href": root + model.unitPath(unit.unit, year.year), "name": model.name(of: unit.unit),
                "id": unit.unit, "department": model.department(of: unit.unit).map(model.name(of:)) ?? "",
                "score": model.score(unit.score), "rating": model.rating(unit.rating), "capped": unit.ratingCapped,
                "coverage": format.percent(unit.coverage),
            ].merging(rankChange(unit, model: model)) { _, new in new }
        }

        // Incomplete
        let minimum = format.percent(model.results.options.minimumCoverage)
        context["hasIncomplete"] = !incomplete.isEmpty
        context["incompleteSentence"] = incomplete.isEmpty
            ? model.t(.incompleteNone, ["min": minimum])
            : model.t(.incompleteSentence, ["count": format.integer(incomplete.count), "min": minimum])
        context["incompleteCaption"] = model.t(.incompleteCaption, ["year": yearText])
        context["notStartedSentence"] = notStarted.isEmpty ? nil
            : model.t(.notStartedSentence, ["year": yearText, "count": format.integer(notStarted.count), "units": model.unitList(notStarted.map(\.unit))])
        context["incomplete"] = incomplete.map { unit -> [String: Any] in
            [
                "href": root + model.unitPath(unit.unit, year.year), "name": model.name(of: unit.unit), "id": unit.unit,
                "department": model.department(of: unit.unit).map(model.name(of:)) ?? "",
                "coverage": format.percent(unit.coverage), "score": model.score(unit.score),
                "unanswered": format.integer(unit.unansweredCount),
            ]
        }

        // Remediation actions: open and overdue per unit of the year (those with any recorded).
        let remediation = year.units.compactMap { unit -> [String: Any]? in
            let recorded = model.actions(of: unit.unit, upTo: year.year)
            guard !recorded.isEmpty else { return nil }
            let open = recorded.filter(\.status.isOpen).count
            let overdue = recorded.filter(model.isOverdue).count
            return ["href": root + model.unitPath(unit.unit, year.year), "name": model.name(of: unit.unit), "id": unit.unit,
                    "open": format.integer(open), "overdue": format.integer(overdue), "hasOverdue": overdue > 0,
                    "sortKey": overdue]
        }.sorted { ($0["sortKey"] as! Int) > ($1["sortKey"] as! Int) }
        context["hasRemediation"] = !remediation.isEmpty
        context["remediationSentence"] = remediation.isEmpty ? model.t(.remediationNone)
            : [model.t(.remediationSentence, ["year": yearText]), model.date == nil ? model.t(.overdueNoDate) : nil]
                .compactMap { $0 }.joined(separator: " ")
        context["remediationCaption"] = model.t(.remediationCaption, ["year": yearText])
        context["remediation"] = remediation

        // Years
        let years = model.results.years
        context["years"] = years.map { scores -> [String: Any] in
            [
                "year": String(scores.year), "score": model.score(scores.canton.score), "rating": model.rating(scores.canton.rating),
                "audited": format.integer(scores.units.count { !$0.notStarted }),
                "incomplete": format.integer(scores.units.count { $0.status == .incomplete }),
            ]
        }
        let defined = years.filter { $0.canton.score != nil }
        let sentence: String
        if let first = defined.first, let last = defined.last, first.year != last.year {
            sentence = model.t(.yearsSentence, ["first": format.number(first.canton.score!), "firstYear": String(first.year),
                                                "last": format.number(last.canton.score!), "lastYear": String(last.year)])
        } else if let only = defined.first {
            sentence = model.t(.yearsSentenceSingle, ["score": format.number(only.canton.score!), "year": String(only.year)])
        } else {
            sentence = model.t(.cantonSentenceUndefined)
        }
        context["yearsSentence"] = sentence
        context["yearsCaption"] = model.t(.yearsCaption)
        context["yearsChart"] = LineChart(
            id: "chart-years", title: model.t(.yearsChartTitle, ["years": years.count > 1 ? "\(years.first!.year)–\(years.last!.year)" : yearText]),
            summary: sentence,
            points: years.map { .init(label: String($0.year), value: $0.canton.score, valueText: $0.canton.score.map { format.number($0) } ?? "—") }
        ).svg()
        context["trendsHref"] = root + "trends.html"
        return context
    }

    /// A ranked unit's place at its previous audit ("en 2025 : 13e", with ▲ when it climbed, ▼ when it fell: the
    /// arrows of change), or "new" without a ranked previous audit.
    static func rankChange(_ unit: UnitScore, model: ReportModel) -> [String: Any] {
        guard let trend = (model.trends[unit.unit] ?? []).last(where: { $0.yearTo == unit.year }),
              let previous = model.scores[trend.unitFrom]?[trend.yearFrom], let before = previous.rank, let now = unit.rank else {
            return ["previousRank": model.t(.notRankedBefore), "rankMove": "same"]
        }
        let text = model.t(.inYear, ["year": String(trend.yearFrom), "value": model.format.ordinal(before)])
        if before == now { return ["previousRank": text, "rankSymbol": "=", "rankMove": "same"] }
        return ["previousRank": text, "rankSymbol": now < before ? "▲" : "▼", "rankMove": now < before ? "up" : "down"]
    }

    static func rollUp(_ rollUp: RollUp, model: ReportModel) -> [String: Any] {
        var remarks: [String] = []
        if !rollUp.leftOut.isEmpty {
            remarks.append(model.t(.remarkLeftOut, ["count": model.format.integer(rollUp.leftOut.count), "units": model.unitList(rollUp.leftOut)]))
        }
        if !rollUp.cappedMembers.isEmpty {
            remarks.append(model.t(.remarkCapped, ["units": model.unitList(rollUp.cappedMembers)]))
        }
        return [
            "score": model.score(rollUp.score), "rating": model.rating(rollUp.rating), "coverage": model.percent(rollUp.coverage),
            "members": model.format.integer(rollUp.members.count), "remarks": remarks,
        ]
    }

    /// A unit's heat-map cell: its score's band, "not answered" for a domain without answers; `label` (its column's
    /// domain id) heads it where the map is shown as one card per unit.
    static func cell(_ domain: DomainScore?, label: String, model: ReportModel) -> [String: Any] {
        guard let domain, !ReportModel.isAnswered(domain) else { return cell(domain?.score, label: label, model: model) }
        var cell = model.domainScore(domain)
        cell["label"] = label
        (cell["band"], cell["symbol"]) = ("bn", "")
        return cell
    }

    static func cell(_ value: Double?, label: String, model: ReportModel) -> [String: Any] {
        var cell = model.score(value)
        cell["label"] = label
        let (band, symbol) = model.band(value)
        cell["band"] = band
        cell["symbol"] = symbol
        return cell
    }

    static func legend(_ model: ReportModel) -> [[String: Any]] {
        let levels = model.catalogue.levels
        var items: [[String: Any]] = []
        for (index, level) in levels.enumerated() {
            let band = ReportModel.band(index: index, count: levels.count)
            let label: String
            if index == levels.count - 1, index > 0, level.minScore <= 0 {
                label = model.t(.legendBelow, ["label": level.label, "min": model.plain(levels[index - 1].minScore)])
            } else {
                label = model.t(.legendFrom, ["label": level.label, "min": model.plain(level.minScore)])
            }
            items.append(["band": "b\(band)", "symbol": ReportModel.bandSymbols[band], "label": label])
        }
        items.append(["band": "bn", "symbol": "—", "label": model.t(.legendUndefined)])
        return items
    }
}
