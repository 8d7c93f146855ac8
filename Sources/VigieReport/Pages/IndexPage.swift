import VigieCore

/// `index.html`: the canton's score, the departments, the heat map, the ranking, the incomplete units, the years.
enum IndexPage {
    typealias Model = IndexPageModel

    /// `root`: the way from the page to the report's root ("" for `index.html`, "../" for `<year>/index.html`).
    static func model(_ model: ReportModel, root: String = "") -> IndexPageModel {
        let year = model.current
        let yearText = String(year.year)
        let format = model.format
        let frame = model.pageFrame(title: model.t(.indexTitle, ["year": yearText]), root: root,
                                    crumbs: [.init(label: model.t(.indexTitle, ["year": yearText]), href: nil)], page: .index)
        let ranked = year.units.filter { $0.rank != nil }
        let incomplete = year.units.filter { $0.status == .incomplete }
        let notStarted = year.units.filter(\.notStarted)
        // A unit whose sheet is not started is not audited that year.
        let audited = format.integer(year.units.count - notStarted.count)
        let hasDepartments = model.workspace.hasUnitsFile
        let cantonSentence: String
        if let score = year.canton.score {
            let key: TextKey = hasDepartments ? .cantonSentenceDepartments : .cantonSentenceUnits
            cantonSentence = model.t(key, ["score": format.number(score), "rating": year.canton.rating?.label ?? "",
                                           "count": format.integer(year.canton.members.count)])
        } else {
            cantonSentence = model.t(.cantonSentenceUndefined)
        }
        let departments = year.departments.map { department in
            let id = department.unit ?? ""
            return rollUp(department, id: id, name: model.name(of: id), anchor: model.departmentAnchor(id),
                          href: root + model.departmentPath(id, year.year), model: model)
        }

        // Heat map
        let domains = model.catalogue.domains.filter { domain in year.units.contains { $0.domain(domain.id) != nil } }
        let byUnit = Dictionary(year.units.map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first })
        let heatGroups = model.rowGroups(year.units.map(\.unit), columns: domains.count + 2) { id -> Model.HeatRow? in
            guard let unit = byUnit[id] else { return nil }
            // The unit-year's figures made once for its row (worked out from its answers at each read).
            let figures = unit.notStarted ? [] : unit.domains
            var cells = domains.map { domain in cell(figures.first { $0.domain == domain.id }, label: domain.id, model: model) }
            cells.append(cell(unit.score, label: model.t(.score), model: model))
            return Model.HeatRow(name: model.name(of: unit.unit), href: root + model.unitPath(unit.unit, year.year),
                                 incomplete: unit.status == .incomplete, notStarted: unit.notStarted, cells: cells)
        }

        // Ranking
        let ranking = ranked.sorted { ($0.rank!, $0.unit) < ($1.rank!, $1.unit) }.map { unit in
            let (previous, symbol, move) = rankChange(unit, model: model)
            return Model.Ranked(rank: format.ordinal(unit.rank!), href: root + model.unitPath(unit.unit, year.year), name: model.name(of: unit.unit),
                                id: unit.unit, department: model.department(of: unit.unit).map(model.name(of:)) ?? "",
                                score: model.scoreFigure(unit.score), rating: model.ratingFigure(unit.rating), capped: unit.ratingCapped,
                                coverage: format.percent(unit.coverage), previousRank: previous, rankSymbol: symbol, rankMove: move)
        }

        // Incomplete
        let minimum = format.percent(model.results.options.minimumCoverage)
        let incompleteRows = incomplete.map { unit in
            Model.Incomplete(href: root + model.unitPath(unit.unit, year.year), name: model.name(of: unit.unit), id: unit.unit,
                             department: model.department(of: unit.unit).map(model.name(of:)) ?? "", coverage: format.percent(unit.coverage),
                             score: model.scoreFigure(unit.score), unanswered: format.integer(unit.unansweredCount))
        }

        // Remediation actions: open and overdue per unit of the year (those with any recorded), most overdue first.
        let remediation = year.units.compactMap { unit -> (Model.Remediation, Int)? in
            let recorded = model.actions(of: unit.unit, upTo: year.year)
            guard !recorded.isEmpty else { return nil }
            let open = recorded.filter(\.status.isOpen).count
            let overdue = recorded.filter(model.isOverdue).count
            return (Model.Remediation(href: root + model.unitPath(unit.unit, year.year), name: model.name(of: unit.unit), id: unit.unit,
                                      open: format.integer(open), overdue: format.integer(overdue), hasOverdue: overdue > 0), overdue)
        }.sorted { $0.1 > $1.1 }.map(\.0)

        // Years
        let years = model.results.years
        let (yearsSentence, yearsChart) = yearsChart(model)
        return IndexPageModel(
            frame: frame, hasOtherYears: model.overviewYears.count > 1,
            otherYears: model.overviewYears.map { .init(year: String($0), href: root + model.overviewPath($0), current: $0 == year.year) },
            heading: model.t(.indexHeading, ["year": yearText]),
            lead: model.t(.indexLead, ["audited": audited, "year": yearText, "ranked": format.integer(ranked.count),
                                       "incomplete": format.integer(incomplete.count)]),
            method: MethodPage.link(model, root: root),
            counts: .init(audited: audited, ranked: format.integer(ranked.count), incomplete: format.integer(incomplete.count)),
            campaigns: model.campaigns.map { CampaignSection($0, model: model) }, hasDepartments: hasDepartments,
            canton: rollUp(year.canton, id: "", name: "", anchor: "", href: "", model: model), cantonSentence: cantonSentence,
            departmentsCaption: model.t(.departmentsCaption, ["year": yearText]), departments: departments,
            // Columns headed by the domain's id (a key below the table gives the titles; screen readers get the titles).
            domains: domains.map { .init(code: $0.id, title: $0.title.isEmpty ? $0.id : $0.title) },
            heatmapCaption: model.t(.heatmapCaption, ["year": yearText]), heatmapSentence: model.t(.heatmapSentence), legend: legend(model),
            heatGroups: heatGroups, hasRanking: !ranked.isEmpty,
            // "the 1 complete units" would be wrong in every language: one unit has its own sentence.
            rankingCaption: ranked.count == 1 ? model.t(.rankingCaptionOne, ["year": yearText])
                : model.t(.rankingCaption, ["count": format.integer(ranked.count), "year": yearText]),
            ranking: ranking, hasIncomplete: !incomplete.isEmpty,
            incompleteSentence: incomplete.isEmpty ? model.t(.incompleteNone, ["min": minimum])
                : model.t(.incompleteSentence, ["count": format.integer(incomplete.count), "min": minimum]),
            incompleteCaption: model.t(.incompleteCaption, ["year": yearText]),
            notStartedSentence: notStarted.isEmpty ? nil
                : model.t(.notStartedSentence, ["year": yearText, "count": format.integer(notStarted.count), "units": model.unitList(notStarted.map(\.unit))]),
            incomplete: incompleteRows, hasRemediation: !remediation.isEmpty,
            remediationSentence: remediation.isEmpty ? model.t(.remediationNone)
                : [model.t(.remediationSentence, ["year": yearText]), model.date == nil ? model.t(.overdueNoDate) : nil].compactMap { $0 }.joined(separator: " "),
            remediationCaption: model.t(.remediationCaption, ["year": yearText]), remediation: remediation,
            years: years.map { scores in
                .init(year: String(scores.year), score: model.scoreFigure(scores.canton.score), rating: model.ratingFigure(scores.canton.rating),
                      audited: format.integer(scores.units.count { !$0.notStarted }), incomplete: format.integer(scores.units.count { $0.status == .incomplete }))
            },
            yearsSentence: yearsSentence, yearsCaption: model.t(.yearsCaption), yearsChart: yearsChart, trendsHref: root + "trends.html")
    }

    /// The canton over the years: its sentence and line chart.
    static func yearsChart(_ model: ReportModel) -> (String, String) {
        let format = model.format
        let years = model.results.years
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
        let span = years.count > 1 ? "\(years.first!.year)–\(years.last!.year)" : String(model.current.year)
        let chart = LineChart(
            id: "chart-years", title: model.t(.yearsChartTitle, ["years": span]), summary: sentence,
            points: years.map { .init(label: String($0.year), value: $0.canton.score, valueText: $0.canton.score.map { format.number($0) } ?? "—") }
        ).svg()
        return (sentence, chart)
    }

    /// A ranked unit's place at its previous audit ("en 2025 : 13e", with ▲ when it climbed, ▼ when it fell: the
    /// arrows of change), or "new" without a ranked previous audit: (text, symbol, move).
    static func rankChange(_ unit: UnitScore, model: ReportModel) -> (String, String?, String) {
        guard let trend = model.trends(of: unit.unit).last(where: { $0.yearTo == unit.year }),
              let previous = model.score(of: trend.unitFrom, in: trend.yearFrom), let before = previous.rank, let now = unit.rank else {
            return (model.t(.notRankedBefore), nil, "same")
        }
        let text = model.t(.inYear, ["year": String(trend.yearFrom), "value": model.format.ordinal(before)])
        if before == now { return (text, "=", "same") }
        return (text, now < before ? "▲" : "▼", now < before ? "up" : "down")
    }

    static func rollUp(_ rollUp: RollUp, id: String, name: String, anchor: String, href: String, model: ReportModel) -> IndexPageModel.RollUpRow {
        var remarks: [String] = []
        if !rollUp.leftOut.isEmpty {
            remarks.append(model.t(.remarkLeftOut, ["count": model.format.integer(rollUp.leftOut.count), "units": model.unitList(rollUp.leftOut)]))
        }
        if !rollUp.cappedMembers.isEmpty {
            remarks.append(model.t(.remarkCapped, ["units": model.unitList(rollUp.cappedMembers)]))
        }
        return .init(id: id, name: name, anchor: anchor, href: href, score: model.scoreFigure(rollUp.score), rating: model.ratingFigure(rollUp.rating),
                     coverage: model.percentFigure(rollUp.coverage), members: model.format.integer(rollUp.members.count), remarks: remarks)
    }

    /// A unit's heat-map cell: its score's band, "not answered" for a domain without answers; `label` (its column's
    /// domain id) heads it where the map is shown as one card per unit.
    static func cell(_ domain: DomainScore?, label: String, model: ReportModel) -> IndexPageModel.Cell {
        guard let domain, !ReportModel.isAnswered(domain) else { return cell(domain?.score, label: label, model: model) }
        let figure = model.domainFigure(domain)
        return .init(defined: figure.defined, text: figure.text, label: label, band: "bn", symbol: "")
    }

    static func cell(_ value: Double?, label: String, model: ReportModel) -> IndexPageModel.Cell {
        let figure = model.scoreFigure(value)
        let (band, symbol) = model.band(value)
        return .init(defined: figure.defined, text: figure.text, label: label, band: band, symbol: symbol)
    }

    static func legend(_ model: ReportModel) -> [IndexPageModel.LegendItem] {
        let levels = model.catalogue.levels
        var items: [IndexPageModel.LegendItem] = []
        for (index, level) in levels.enumerated() {
            let band = ReportModel.band(index: index, count: levels.count)
            let label: String
            if index == levels.count - 1, index > 0, level.minScore <= 0 {
                label = model.t(.legendBelow, ["label": level.label, "min": model.plain(levels[index - 1].minScore)])
            } else {
                label = model.t(.legendFrom, ["label": level.label, "min": model.plain(level.minScore)])
            }
            items.append(.init(band: "b\(band)", symbol: ReportModel.bandSymbols[band], label: label))
        }
        items.append(.init(band: "bn", symbol: "—", label: model.t(.legendUndefined)))
        return items
    }
}

extension IndexPage {
    /// The overview of the model's year at `path` (`root`: the way from it to the report's root), in parts when it
    /// would weigh more than the report's limit (`PageParts`): then the page links to its parts, `<year>/overview/
    /// <stem>.html`, written with it when `withParts` (`index.html` links to the parts that `<year>/index.html` writes).
    /// Each page (path, HTML) is handed to `emit` in order as soon as it is written: one part at a time is held.
    static func pages(_ model: ReportModel, path: String, root: String, withParts: Bool,
                      emit: (_ path: String, _ text: String) throws -> Void) rethrows {
        var page = Self.model(model, root: root)
        if let whole = IndexPageHTML.write(page, model: model, within: model.splitAbove) { return try emit(path, whole) }
        let year = model.current
        let ids = year.units.map(\.unit)
        let parts = PageParts.cut(ids, model: model)
        guard parts.count > 1 else { return try emit(path, IndexPageHTML.write(page, model: model)) }
        let yearText = String(year.year)
        let partPath = { (part: PageParts.Part) in "\(year.year)/overview/\(part.stem).html" }
        let partRoot = "../../"
        // The built-in writer reads only a part's heat map and ranking: the page's own rows serve, their links taken
        // from `<year>/overview/`, rather than a second model of every unit made for its links. A template of the
        // user's (the page's, or a header, footer… given the page) may read any name, so it gets the whole year's
        // model made from there, as the part's other links must be.
        let templated = !model.templates.overridden.isEmpty
        let whole = templated ? Self.model(model, root: partRoot) : page
        // A row's link is `root + unitPath(…)`: the same path from the part's folder.
        func rerooted<Row>(_ row: Row, _ href: WritableKeyPath<Row, String>) -> Row {
            guard !templated else { return row }
            assert(row[keyPath: href].hasPrefix(root), "a row's link starts at the page's root")
            var row = row
            row[keyPath: href] = partRoot + row[keyPath: href].dropFirst(root.count)
            return row
        }
        page.heatGroups = []
        page.ranking = []
        page.parts = PageParts.links(parts, root: root, model: model, path: partPath)
        page.partsSentence = model.t(.indexPartsSentence, ["count": model.format.integer(ids.count)])
        try emit(path, IndexPageHTML.write(page, model: model))
        guard withParts else { return }
        let overview = model.t(.indexTitle, ["year": yearText])
        let rankings = PageParts.split(whole.ranking, into: parts) { $0.id }
        for ((part, groups), partRanking) in zip(zip(parts, PageParts.slice(whole.heatGroups, into: parts)), rankings) {
            var partPage = whole
            partPage.isPart = true
            partPage.hasOtherYears = false
            partPage.otherYears = []
            partPage.frame = model.pageFrame(title: "\(part.name) · \(overview)", root: partRoot,
                                             crumbs: [.init(label: overview, href: partRoot + model.overviewPath(year.year)), .init(label: part.name, href: nil)],
                                             page: .part)
            partPage.heading = "\(part.name) · \(overview)"
            partPage.lead = model.t(.indexPartLead, ["part": part.name, "year": yearText])
            partPage.heatGroups = groups.map { $0.map { rerooted($0, \.href) } }
            partPage.heatmapCaption = "\(part.name) · \(whole.heatmapCaption)"
            partPage.ranking = partRanking.map { rerooted($0, \.href) }
            partPage.hasRanking = !partPage.ranking.isEmpty
            partPage.rankingCaption = "\(part.name) · " + (partPage.ranking.count == 1 ? model.t(.rankingCaptionOne, ["year": yearText])
                : model.t(.rankingCaption, ["count": model.format.integer(partPage.ranking.count), "year": yearText]))
            try emit(partPath(part), IndexPageHTML.write(partPage, model: model))
        }
    }
}
