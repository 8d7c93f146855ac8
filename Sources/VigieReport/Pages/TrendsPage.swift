import Mustache
import VigieCore

/// What `trends.html` shows: every unit over every year, the biggest moves, the pairs that are not comparable, the
/// catalogue's changes. Its property names (with the frame's, see `PageFrame`) are the names a `trends.mustache`
/// template reads.
struct TrendsPageModel: MustacheModel {
    /// A unit's year: a figure (`defined`, `text`), linked to the unit's page of that year when it was audited.
    struct Cell {
        var defined: Bool
        var text: String?
        var year: String
        var linked: Bool
        var href: String?
        var incomplete: Bool
        var notStarted: Bool?
        /// The unit this year's score is of, when it is a predecessor's.
        var predecessor: String?
    }

    struct Row {
        var anchor, href, name, id, sparkline: String
        var cells: [Cell]
        var delta, likeForLike: Figure
        var notComparableReason, deltaPeriod, bridge: String?
    }

    typealias Group = RowGroup<Row>

    /// The table's rows as the built-in writer makes them: each unit's row made as it is written and let go, rather
    /// than every row (and its sparkline) held at once (megabytes at a canton's size). Groups of unit ids, and the row
    /// of a unit.
    struct UnitRows {
        var groups: [RowGroup<String>]
        var row: (String) -> Row
    }

    struct Move {
        var href, name, id, period, symbol: String
        var likeForLike, delta: Figure
        var criteria: String
    }

    struct Moves {
        var caption: String
        var rows: [Move]
    }

    struct NotComparable {
        var href, name, id, period, reason: String
    }

    struct CatalogueRow {
        var id, title, kind, remark: String
    }

    struct CatalogueChange {
        var period: String
        var hasAny: Bool
        var rows: [CatalogueRow]
        var caption: String
    }

    var frame: PageFrame
    /// The rows of the table when no template of the user's can read the page (then `groups` stays empty).
    var unitRows: UnitRows?
    var heading, lead, tableSentence, tableCaption, deltaHeading, likeForLikeHeading: String
    var years: [String]
    var groups: [Group]
    var movesSentence: String
    var moves: [Moves]
    var notComparableSentence, notComparableCaption: String
    var hasNotComparable: Bool
    var notComparable: [NotComparable]
    var catalogueSentence: String
    var catalogueChanges: [CatalogueChange]
    /// A part of the page written in parts (`PageParts`): its table of units only.
    var isPart = false
    /// On the page written in parts: the links to them, where the table of units stands otherwise.
    var parts: [PagePart] = []
    var partsSentence = ""
}

/// The rows made as they are written are the built-in writer's: a template reads `groups`.
extension TrendsPageModel {
    static var hiddenNames: Set<String> { ["unitRows"] }

    /// The table's groups for a page at `root`, from groups of unit ids: made now when a template of the user's may
    /// read them (`groups`), else made as they are written (`unitRows`).
    mutating func setRows(_ ids: [RowGroup<String>], root: String, model: ReportModel) {
        let years = model.results.years.map(\.year)
        let row = { (unit: String) in TrendsPage.row(unit, years: years, model: model, root: root) }
        if model.templates.overridden.isEmpty {
            (groups, unitRows) = ([], UnitRows(groups: ids, row: row))
        } else {
            (groups, unitRows) = (ids.map { $0.map(row) }, nil)
        }
    }

    /// The table's groups and their rows, as `setRows` left them (the rows made as they are asked for).
    var tableGroups: [(name: String?, colspan: String, rows: AnySequence<Row>)] {
        if let unitRows { return unitRows.groups.map { ($0.name, $0.colspan, AnySequence($0.rows.lazy.map(unitRows.row))) } }
        return groups.map { ($0.name, $0.colspan, AnySequence($0.rows)) }
    }
}

/// `trends.html`: every unit over every year, the biggest moves, the catalogue's changes.
enum TrendsPage {
    static let movesShown = 10

    static func model(_ model: ReportModel) -> TrendsPageModel {
        let format = model.format
        let years = model.results.years.map(\.year)
        let first = years.first.map(String.init) ?? ""
        let last = years.last.map(String.init) ?? ""
        let indexLabel = model.t(.indexTitle, ["year": String(model.current.year)])
        let frame = model.pageFrame(title: model.t(.trendsTitle), root: "",
                                  crumbs: [.init(label: indexLabel, href: "index.html"), .init(label: model.t(.trendsTitle), href: nil)],
                                  page: .trends)
        // The Δ columns compare the last two audited years (a row whose last change spans other years says which).
        let pair = ["from": years.dropLast().last.map(String.init) ?? first, "to": last]

        // Biggest moves, like for like
        // Sorted as places in the trends, not as copies of them (tens of megabytes at a canton's size).
        let trends = model.results.trends
        let measured = trends.indices.filter { trends[$0].deltaLikeForLike != nil }
        let improvements = measured.filter { trends[$0].deltaLikeForLike! > 0 }.sorted { i, j in
            let (a, b) = (trends[i], trends[j])
            return (a.deltaLikeForLike!, b.unit, b.yearTo) > (b.deltaLikeForLike!, a.unit, a.yearTo)
        }
        let regressions = measured.filter { trends[$0].deltaLikeForLike! < 0 }.sorted { i, j in
            let (a, b) = (trends[i], trends[j])
            return (a.deltaLikeForLike!, a.unit, a.yearTo) < (b.deltaLikeForLike!, b.unit, b.yearTo)
        }
        let moves: [TrendsPageModel.Moves] = [
            .init(caption: model.t(.biggestImprovements), rows: improvements.prefix(movesShown).map { move(trends[$0], symbol: "▲", model: model) }),
            .init(caption: model.t(.biggestRegressions), rows: regressions.prefix(movesShown).map { move(trends[$0], symbol: "▼", model: model) }),
        ]

        // Pairs with an incomplete end: listed, with no Δ.
        let notComparable = trends.filter { !$0.comparable }
        var page = TrendsPageModel(
            frame: frame, heading: model.t(.trendsHeading, ["first": first, "last": last]),
            lead: model.t(.trendsLead, ["count": format.integer(model.allUnits.count), "years": format.integer(years.count)]),
            tableSentence: model.t(.tableSentence), tableCaption: model.t(.tableCaption),
            deltaHeading: model.t(.deltaYears, pair), likeForLikeHeading: model.t(.deltaLikeForLikeYears, pair), years: years.map(String.init),
            groups: [],
            movesSentence: model.t(.movesSentence), moves: moves, notComparableSentence: model.t(.notComparableSentence),
            notComparableCaption: model.t(.notComparableCaption), hasNotComparable: !notComparable.isEmpty,
            notComparable: notComparable.map { trend in
                .init(href: model.unitPath(trend.unit, trend.yearTo), name: model.name(of: trend.unit), id: trend.unit,
                      period: "\(trend.yearFrom) → \(trend.yearTo)", reason: model.notComparable(trend) ?? "")
            },
            catalogueSentence: model.t(.catalogueSentence),
            catalogueChanges: zip(years, years.dropFirst()).map { from, to in catalogueChange(from: from, to: to, model: model) })
        page.setRows(unitIDs(model), root: "", model: model)
        return page
    }

    /// The table's groups as unit ids: every unit by department.
    static func unitIDs(_ model: ReportModel) -> [RowGroup<String>] {
        model.rowGroups(model.allUnits, columns: model.results.years.count + 4) { $0 }
    }

    /// `root`: the way from the row's page to the report's root ("../" on a part).
    static func row(_ unit: String, years: [Int], model: ReportModel, root: String = "") -> TrendsPageModel.Row {
        let format = model.format
        let own = model.scores(of: unit)
        let name = model.name(of: unit)
        let latest = own.keys.max() ?? model.current.year
        let trends = model.trends(of: unit)
        // A unit that continues another shows its predecessor's years where it has none of its own.
        var scores = own
        var predecessors: [Int: String] = [:]
        for trend in trends where trend.isBridge && own[trend.yearFrom] == nil {
            if let earlier = model.score(of: trend.unitFrom, in: trend.yearFrom) {
                scores[trend.yearFrom] = earlier
                predecessors[trend.yearFrom] = trend.unitFrom
            }
        }
        let values = years.map { scores[$0]?.score }
        let colon = model.t(.colon)
        let defined = zip(years, values).compactMap { year, value in value.map { "\(year)\(colon) \(format.number($0))" } }
        let sparkline = Sparkline(id: "spark-" + Slug.make(unit), title: model.t(.sparklineTitle, ["unit": name]),
                                  summary: defined.joined(separator: model.t(.semicolon) + " "), values: values)
        let cells = years.map { year in
            guard let score = scores[year] else {
                return TrendsPageModel.Cell(defined: false, text: nil, year: String(year), linked: false, incomplete: false)
            }
            let figure = model.scoreFigure(score.score)
            return TrendsPageModel.Cell(defined: figure.defined, text: figure.text, year: String(year), linked: true,
                                        href: root + model.unitPath(score.unit, year), incomplete: score.status == .incomplete,
                                        notStarted: score.notStarted, predecessor: predecessors[year])
        }
        let lastTrend = trends.last { $0.yearTo == latest }
        var deltaPeriod: String?
        if let lastTrend, lastTrend.yearFrom != years.dropLast().last || lastTrend.yearTo != years.last {
            deltaPeriod = "\(lastTrend.yearFrom)→\(lastTrend.yearTo)"
        }
        return TrendsPageModel.Row(
            anchor: model.unitAnchor(unit), href: root + model.unitPath(unit, latest), name: name, id: unit, sparkline: sparkline.svg(), cells: cells,
            delta: model.signedFigure(lastTrend?.delta), likeForLike: model.signedFigure(lastTrend?.deltaLikeForLike),
            notComparableReason: lastTrend.flatMap(model.notComparable), deltaPeriod: deltaPeriod,
            bridge: trends.first(where: \.isBridge).map { model.t(.bridgeFrom, ["unit": model.name(of: $0.unitFrom)]) })
    }

    static func move(_ trend: Trend, symbol: String, model: ReportModel) -> TrendsPageModel.Move {
        .init(href: model.unitPath(trend.unit, trend.yearTo), name: model.name(of: trend.unit), id: trend.unit,
              period: "\(trend.yearFrom) → \(trend.yearTo)", symbol: symbol, likeForLike: model.signedFigure(trend.deltaLikeForLike),
              delta: model.signedFigure(trend.delta),
              criteria: model.t(.movesCriteria, ["improved": model.format.integer(trend.improvementCount),
                                                 "regressed": model.format.integer(trend.regressionCount)]))
    }

    /// Criteria that apply in `to` but not in `from` (added) and the reverse (removed), in catalogue order.
    static func catalogueChange(from: Int, to: Int, model: ReportModel) -> TrendsPageModel.CatalogueChange {
        let criteria = model.catalogue.criteria
        var replacedBy: [String: [String]] = [:]
        for criterion in criteria where criterion.applies(in: to) {
            for old in criterion.replaces { replacedBy[old, default: []].append(criterion.id) }
        }
        var rows: [TrendsPageModel.CatalogueRow] = []
        for criterion in criteria where criterion.applies(in: to) && !criterion.applies(in: from) {
            rows.append(.init(id: criterion.id, title: criterion.title, kind: model.t(.added),
                              remark: criterion.replaces.isEmpty ? "" : model.t(.replacesNote, ["ids": criterion.replaces.joined(separator: ", ")])))
        }
        for criterion in criteria where criterion.applies(in: from) && !criterion.applies(in: to) {
            let successors = replacedBy[criterion.id] ?? []
            rows.append(.init(id: criterion.id, title: criterion.title, kind: model.t(.removed),
                              remark: successors.isEmpty ? "" : model.t(.replacedBy, ["ids": successors.joined(separator: ", ")])))
        }
        return .init(period: "\(from) → \(to)", hasAny: !rows.isEmpty, rows: rows,
                     caption: model.t(.catalogueChangeCaption, ["from": String(from), "to": String(to)]))
    }
}

extension TrendsPage {
    /// `trends.html`, in parts when it would weigh more than the report's limit (`PageParts`): then its table of units
    /// stands on `trends/<stem>.html`, one page per department, and the page links to them. Each page (path, HTML) is
    /// handed to `emit` in order as soon as it is written, so that one part at a time is held; returns the part of
    /// each unit's row (a unit page links to its row).
    static func pages(_ model: ReportModel, emit: (_ path: String, _ text: String) throws -> Void) rethrows -> [String: String] {
        var page = Self.model(model)
        if let whole = TrendsPageHTML.write(page, model: model, within: model.splitAbove) {
            try emit("trends.html", whole)
            return [:]
        }
        let parts = PageParts.cut(model.allUnits, model: model)
        guard parts.count > 1 else {
            try emit("trends.html", TrendsPageHTML.write(page, model: model))
            return [:]
        }
        let partPath = { (part: PageParts.Part) in "trends/\(part.stem).html" }
        let ids = page.unitRows?.groups ?? unitIDs(model)
        (page.groups, page.unitRows) = ([], nil)
        page.parts = PageParts.links(parts, root: "", model: model, path: partPath)
        page.partsSentence = model.t(.trendsPartsSentence, ["count": model.format.integer(model.allUnits.count)])
        try emit("trends.html", TrendsPageHTML.write(page, model: model))
        var partOf: [String: String] = [:]
        let years = model.results.years.map(\.year)
        let title = model.t(.trendsTitle)
        for (part, groups) in zip(parts, PageParts.slice(ids, into: parts)) {
            var partPage = page
            partPage.isPart = true
            partPage.frame = model.pageFrame(title: "\(part.name) · \(title)", root: "../",
                                             crumbs: [.init(label: title, href: "../trends.html"), .init(label: part.name, href: nil)], page: .part)
            partPage.heading = "\(part.name) · \(title)"
            partPage.lead = model.t(.trendsPartLead, ["part": part.name, "first": years.first.map(String.init) ?? "",
                                                      "last": years.last.map(String.init) ?? ""])
            partPage.tableCaption = "\(part.name) · \(page.tableCaption)"
            partPage.setRows(groups, root: "../", model: model)
            partPage.parts = []
            try emit(partPath(part), TrendsPageHTML.write(partPage, model: model))
            for unit in part.units { partOf[unit] = partPath(part) }
        }
        return partOf
    }
}
