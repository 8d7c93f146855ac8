import Mustache
import VigieCore

/// What `domains.html` shows. Its property names (with the frame's, see `PageFrame`) are the names a
/// `domains.mustache` template reads.
struct DomainsPageModel: MustacheModel {
    /// A domain's distribution over the complete units.
    struct Row {
        var title, id: String
        var canton: Figure
        var count: String
        var q1, median, q3, min, max: Figure
        var lowestUnit: String?
    }

    struct Cell {
        var year: String
        var score: Figure
    }

    /// A domain's canton score over the years.
    struct YearRow {
        var title: String
        var cells: [Cell]
        var delta: Figure
    }

    var frame: PageFrame
    var heading, lead, sentence, chart, distributionCaption: String
    var rows: [Row]
    var years: [String]
    var yearsCaption: String
    var deltaHeading: String?
    var hasDelta: Bool
    var yearRows: [YearRow]
    var indexHref: String
}

/// `domains.html`: the administration domain by domain — the distribution of the complete units' domain scores in
/// the current year (weakest domain first, by the canton's score) and the canton's domain scores over the years.
enum DomainsPage {
    static let path = "domains.html"

    /// One domain's figures in the current year.
    struct Domain {
        var id, title: String
        var canton: Double?
        /// The complete units' scores in the domain (units with no answered criterion in it left out), sorted.
        var scores: [(unit: String, score: Double)]

        var values: [Double] { scores.map(\.score) }
    }

    static func domains(_ model: ReportModel) -> [Domain] {
        let year = model.current
        let canton = Dictionary(year.canton.domains.map { ($0.domain, $0.score) }, uniquingKeysWith: { first, _ in first })
        // Each complete unit's figures made once (worked out from its answers at each read).
        let complete = year.units.filter { $0.status == .complete }.map { ($0.unit, $0.domains) }
        let list = model.catalogue.domains.compactMap { domain -> Domain? in
            let scores = complete.compactMap { unit, domains -> (String, Double)? in
                guard let row = domains.first(where: { $0.domain == domain.id }), ReportModel.isAnswered(row),
                      let score = row.score else { return nil }
                return (unit, score)
            }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            guard !scores.isEmpty || canton[domain.id] != nil else { return nil }
            return Domain(id: domain.id, title: model.domainTitle(domain.id), canton: canton[domain.id] ?? nil, scores: scores)
        }
        // Weakest first; undefined last; catalogue order among equals (the sort is stable).
        return list.enumerated().sorted { a, b in
            (a.element.canton ?? 1000, a.offset) < (b.element.canton ?? 1000, b.offset)
        }.map(\.element)
    }

    static func model(_ model: ReportModel) -> DomainsPageModel {
        let format = model.format
        let yearText = String(model.current.year)
        let title = model.t(.domainsTitle)
        let crumbs: [ReportModel.Crumb] = [.init(label: model.t(.indexTitle, ["year": yearText]), href: "index.html"),
                                           .init(label: title, href: nil)]
        let frame = model.pageFrame(title: title, root: "", crumbs: crumbs, page: .domains)
        let domains = domains(model)
        let complete = model.current.units.count { $0.status == .complete }
        let defined = domains.filter { $0.canton != nil }
        let sentence: String
        if let weakest = defined.first, let strongest = defined.last, defined.count > 1 {
            sentence = model.t(.domainsSentence, ["weakest": weakest.title, "weakestScore": format.number(weakest.canton!),
                                                  "strongest": strongest.title, "strongestScore": format.number(strongest.canton!)])
        } else {
            sentence = model.t(.cantonSentenceUndefined)
        }
        let chart = StripChart(
            id: "chart-distribution", title: model.t(.distributionCaption, ["year": yearText]), summary: sentence,
            rows: domains.map { domain in
                .init(label: domain.title, values: domain.values, reference: domain.canton,
                      valueText: StripChart.quartiles(domain.values).map { format.number($0.1) } ?? "—")
            }
        ).svg()
        let rows = domains.map { domain in
            let quartiles = StripChart.quartiles(domain.values)
            return DomainsPageModel.Row(
                title: domain.title, id: domain.id, canton: model.scoreFigure(domain.canton), count: format.integer(domain.scores.count),
                q1: model.scoreFigure(quartiles?.0), median: model.scoreFigure(quartiles?.1), q3: model.scoreFigure(quartiles?.2),
                min: model.scoreFigure(domain.scores.first?.score), max: model.scoreFigure(domain.scores.last?.score),
                lowestUnit: domain.scores.first.map { model.name(of: $0.unit) })
        }

        // The canton's domain scores over the years, weakest domain (this year) first.
        let years = model.results.years.filter { $0.canton.score != nil || $0.units.contains { !$0.notStarted } }
        let span = years.count > 1 ? "\(years.first!.year)–\(years.last!.year)" : yearText
        let previous = years.dropLast().last
        let yearRows = domains.map { domain in
            let scores = years.map { year in year.canton.domains.first { $0.domain == domain.id }?.score }
            let before = previous.flatMap { year in year.canton.domains.first { $0.domain == domain.id }?.score }
            let delta = domain.canton.flatMap { now in before.map { now - $0 } }
            return DomainsPageModel.YearRow(title: domain.title, cells: zip(years, scores).map { year, score in
                .init(year: String(year.year), score: model.scoreFigure(score))
            }, delta: model.signedFigure(delta))
        }
        return DomainsPageModel(
            frame: frame, heading: model.t(.domainViewHeading, ["year": yearText]),
            lead: model.t(.domainsLead, ["year": yearText, "count": format.integer(complete)]), sentence: sentence, chart: chart,
            distributionCaption: model.t(.distributionCaption, ["year": yearText]), rows: rows, years: years.map { String($0.year) },
            yearsCaption: model.t(.domainYearsCaption, ["years": span]),
            deltaHeading: previous.map { model.t(.deltaYears, ["from": String($0.year), "to": yearText]) }, hasDelta: previous != nil,
            yearRows: yearRows, indexHref: "index.html")
    }
}
