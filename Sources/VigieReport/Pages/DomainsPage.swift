import VigieCore

/// `domains.html`: the administration domain by domain — the distribution of the complete units' domain scores in
/// the current year (weakest domain first, by the canton's score) and the canton's domain scores over the years.
enum DomainsPage {
    static let path = "domains.html"

    /// One domain's figures in the current year.
    struct Domain {
        var id: String
        var title: String
        var canton: Double?
        /// The complete units' scores in the domain (units with no answered criterion in it left out), sorted.
        var scores: [(unit: String, score: Double)]

        var values: [Double] { scores.map(\.score) }
    }

    static func domains(_ model: ReportModel) -> [Domain] {
        let year = model.current
        let canton = Dictionary(year.canton.domains.map { ($0.domain, $0.score) }, uniquingKeysWith: { first, _ in first })
        let complete = year.units.filter { $0.status == .complete }
        let list = model.catalogue.domains.compactMap { domain -> Domain? in
            let scores = complete.compactMap { unit -> (String, Double)? in
                guard let row = unit.domains.first(where: { $0.domain == domain.id }), ReportModel.isAnswered(row),
                      let score = row.score else { return nil }
                return (unit.unit, score)
            }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            guard !scores.isEmpty || canton[domain.id] != nil else { return nil }
            return Domain(id: domain.id, title: model.domainTitle(domain.id), canton: canton[domain.id] ?? nil, scores: scores)
        }
        // Weakest first; undefined last; catalogue order among equals (the sort is stable).
        return list.enumerated().sorted { a, b in
            (a.element.canton ?? 1000, a.offset) < (b.element.canton ?? 1000, b.offset)
        }.map(\.element)
    }

    static func context(_ model: ReportModel) -> [String: Any] {
        let format = model.format
        let yearText = String(model.current.year)
        let title = model.t(.domainsTitle)
        let crumbs: [ReportModel.Crumb] = [.init(label: model.t(.indexTitle, ["year": yearText]), href: "index.html"),
                                           .init(label: title, href: nil)]
        var context = model.frame(title: title, root: "", crumbs: crumbs, page: .domains)
        context["heading"] = model.t(.domainViewHeading, ["year": yearText])
        let domains = domains(model)
        let complete = model.current.units.count { $0.status == .complete }
        context["lead"] = model.t(.domainsLead, ["year": yearText, "count": format.integer(complete)])
        let defined = domains.filter { $0.canton != nil }
        let sentence: String
        if let weakest = defined.first, let strongest = defined.last, defined.count > 1 {
            sentence = model.t(.domainsSentence, ["weakest": weakest.title, "weakestScore": format.number(weakest.canton!),
                                                  "strongest": strongest.title, "strongestScore": format.number(strongest.canton!)])
        } else {
            sentence = model.t(.cantonSentenceUndefined)
        }
        context["sentence"] = sentence
        context["chart"] = StripChart(
            id: "chart-distribution", title: model.t(.distributionCaption, ["year": yearText]), summary: sentence,
            rows: domains.map { domain in
                .init(label: domain.title, values: domain.values, reference: domain.canton,
                      valueText: StripChart.quartiles(domain.values).map { format.number($0.1) } ?? "—")
            }
        ).svg()
        context["distributionCaption"] = model.t(.distributionCaption, ["year": yearText])
        context["rows"] = domains.map { domain -> [String: Any] in
            let quartiles = StripChart.quartiles(domain.values)
            var row: [String: Any] = [
                "title": domain.title, "id": domain.id, "canton": model.score(domain.canton), "count": format.integer(domain.scores.count),
                "q1": model.score(quartiles?.0), "median": model.score(quartiles?.1), "q3": model.score(quartiles?.2),
                "min": model.score(domain.scores.first?.score), "max": model.score(domain.scores.last?.score),
            ]
            if let lowest = domain.scores.first { row["lowestUnit"] = model.name(of: lowest.unit) }
            return row
        }

        // The canton's domain scores over the years, weakest domain (this year) first.
        let years = model.results.years.filter { $0.canton.score != nil || $0.units.contains { !$0.notStarted } }
        context["years"] = years.map { String($0.year) }
        let span = years.count > 1 ? "\(years.first!.year)–\(years.last!.year)" : yearText
        context["yearsCaption"] = model.t(.domainYearsCaption, ["years": span])
        let previous = years.dropLast().last
        if let previous { context["deltaHeading"] = model.t(.deltaYears, ["from": String(previous.year), "to": yearText]) }
        context["hasDelta"] = previous != nil
        context["yearRows"] = domains.map { domain -> [String: Any] in
            let scores = years.map { year in year.canton.domains.first { $0.domain == domain.id }?.score }
            let before = previous.flatMap { year in year.canton.domains.first { $0.domain == domain.id }?.score }
            let delta = domain.canton.flatMap { now in before.map { now - $0 } }
            return ["title": domain.title, "cells": zip(years, scores).map { year, score in
                        ["year": String(year.year), "score": model.score(score)] as [String: Any]
                    }, "delta": model.signed(delta)]
        }
        context["indexHref"] = "index.html"
        return context
    }
}
