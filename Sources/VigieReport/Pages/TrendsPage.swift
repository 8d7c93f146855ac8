import VigieCore

/// `trends.html`: every unit over every year, the biggest moves, the catalogue's changes.
enum TrendsPage {
    static let movesShown = 10

    static func context(_ model: ReportModel) -> [String: Any] {
        let format = model.format
        let years = model.results.years.map(\.year)
        let first = years.first.map(String.init) ?? ""
        let last = years.last.map(String.init) ?? ""
        let indexLabel = model.t(.indexTitle, ["year": String(model.current.year)])
        var context = model.frame(title: model.t(.trendsTitle), root: "",
                                  crumbs: [.init(label: indexLabel, href: "index.html"), .init(label: model.t(.trendsTitle), href: nil)],
                                  page: .trends)
        context["heading"] = model.t(.trendsHeading, ["first": first, "last": last])
        context["lead"] = model.t(.trendsLead, ["count": format.integer(model.allUnits.count), "years": format.integer(years.count)])
        context["tableSentence"] = model.t(.tableSentence)
        context["tableCaption"] = model.t(.tableCaption)
        context["years"] = years.map(String.init)

        context["groups"] = model.grouped(model.allUnits).map { group -> [String: Any] in
            var result: [String: Any] = ["hasName": group.department != nil, "colspan": String(years.count + 4)]
            if let department = group.department { result["name"] = model.name(of: department) }
            result["rows"] = group.units.map { row($0, years: years, model: model) }
            return result
        }

        // Biggest moves, like for like
        let measured = model.results.trends.filter { $0.deltaLikeForLike != nil }
        let improvements = measured.filter { $0.deltaLikeForLike! > 0 }
            .sorted { ($0.deltaLikeForLike!, $1.unit, $1.yearTo) > ($1.deltaLikeForLike!, $0.unit, $0.yearTo) }
        let regressions = measured.filter { $0.deltaLikeForLike! < 0 }
            .sorted { ($0.deltaLikeForLike!, $0.unit, $0.yearTo) < ($1.deltaLikeForLike!, $1.unit, $1.yearTo) }
        context["movesSentence"] = model.t(.movesSentence)
        context["moves"] = [
            ["caption": model.t(.biggestImprovements), "rows": improvements.prefix(movesShown).map { move($0, symbol: "▲", model: model) }],
            ["caption": model.t(.biggestRegressions), "rows": regressions.prefix(movesShown).map { move($0, symbol: "▼", model: model) }],
        ] as [[String: Any]]

        // Pairs with an incomplete end: listed, with no Δ.
        let notComparable = model.results.trends.filter { !$0.comparable }
        context["notComparableSentence"] = model.t(.notComparableSentence)
        context["notComparableCaption"] = model.t(.notComparableCaption)
        context["hasNotComparable"] = !notComparable.isEmpty
        context["notComparable"] = notComparable.map { trend -> [String: Any] in
            ["href": model.unitPath(trend.unit, trend.yearTo), "name": model.name(of: trend.unit), "id": trend.unit,
             "period": "\(trend.yearFrom) → \(trend.yearTo)", "reason": model.notComparable(trend) ?? ""]
        }

        context["catalogueSentence"] = model.t(.catalogueSentence)
        context["catalogueChanges"] = zip(years, years.dropFirst()).map { from, to in catalogueChange(from: from, to: to, model: model) }
        return context
    }

    static func row(_ unit: String, years: [Int], model: ReportModel) -> [String: Any] {
        let format = model.format
        let own = model.scores[unit] ?? [:]
        let name = model.name(of: unit)
        let latest = own.keys.max() ?? model.current.year
        let trends = model.trends[unit] ?? []
        // A unit that continues another shows its predecessor's years where it has none of its own.
        var scores = own
        var predecessors: [Int: String] = [:]
        for trend in trends where trend.isBridge && own[trend.yearFrom] == nil {
            if let earlier = model.scores[trend.unitFrom]?[trend.yearFrom] {
                scores[trend.yearFrom] = earlier
                predecessors[trend.yearFrom] = trend.unitFrom
            }
        }
        let values = years.map { scores[$0]?.score }
        let defined = zip(years, values).compactMap { year, value in value.map { "\(year): \(format.number($0))" } }
        let sparkline = Sparkline(id: "spark-" + Slug.make(unit), title: model.t(.sparklineTitle, ["unit": name]),
                                  summary: defined.joined(separator: "; "), values: values)
        let cells = years.map { year -> [String: Any] in
            guard let score = scores[year] else {
                var cell = model.figure(nil)
                cell["linked"] = false
                cell["incomplete"] = false
                return cell
            }
            var cell = model.score(score.score)
            cell["linked"] = true
            cell["href"] = model.unitPath(score.unit, year)
            cell["incomplete"] = score.status == .incomplete
            cell["notStarted"] = score.notStarted
            if let predecessor = predecessors[year] { cell["predecessor"] = predecessor }
            return cell
        }
        let lastTrend = trends.last { $0.yearTo == latest }
        let (delta, likeForLike) = model.deltas(lastTrend)
        var result: [String: Any] = [
            "anchor": model.unitAnchor(unit), "href": model.unitPath(unit, latest), "name": name, "id": unit,
            "sparkline": sparkline.svg(), "cells": cells, "delta": delta, "likeForLike": likeForLike,
        ]
        if let reason = lastTrend.flatMap(model.notComparable) { result["notComparableReason"] = reason }
        if let bridge = trends.first(where: \.isBridge) {
            result["bridge"] = model.t(.bridgeFrom, ["unit": model.name(of: bridge.unitFrom)])
        }
        return result
    }

    static func move(_ trend: Trend, symbol: String, model: ReportModel) -> [String: Any] {
        [
            "href": model.unitPath(trend.unit, trend.yearTo), "name": model.name(of: trend.unit), "id": trend.unit,
            "period": "\(trend.yearFrom) → \(trend.yearTo)", "symbol": symbol,
            "likeForLike": model.signed(trend.deltaLikeForLike), "delta": model.signed(trend.delta),
            "criteria": model.t(.movesCriteria, ["improved": model.format.integer(trend.improvements.count),
                                                 "regressed": model.format.integer(trend.regressions.count)]),
        ]
    }

    /// Criteria that apply in `to` but not in `from` (added) and the reverse (removed), in catalogue order.
    static func catalogueChange(from: Int, to: Int, model: ReportModel) -> [String: Any] {
        let criteria = model.catalogue.criteria
        var replacedBy: [String: [String]] = [:]
        for criterion in criteria where criterion.applies(in: to) {
            for old in criterion.replaces { replacedBy[old, default: []].append(criterion.id) }
        }
        var rows: [[String: Any]] = []
        for criterion in criteria where criterion.applies(in: to) && !criterion.applies(in: from) {
            rows.append(["id": criterion.id, "title": criterion.title, "kind": model.t(.added),
                         "remark": criterion.replaces.isEmpty ? "" : model.t(.replacesNote, ["ids": criterion.replaces.joined(separator: ", ")])])
        }
        for criterion in criteria where criterion.applies(in: from) && !criterion.applies(in: to) {
            let successors = replacedBy[criterion.id] ?? []
            rows.append(["id": criterion.id, "title": criterion.title, "kind": model.t(.removed),
                         "remark": successors.isEmpty ? "" : model.t(.replacedBy, ["ids": successors.joined(separator: ", ")])])
        }
        return [
            "period": "\(from) → \(to)", "hasAny": !rows.isEmpty, "rows": rows,
            "caption": model.t(.catalogueChangeCaption, ["from": String(from), "to": String(to)]),
        ]
    }
}
