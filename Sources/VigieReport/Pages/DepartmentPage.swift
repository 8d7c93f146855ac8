import VigieCore

/// `<year>/departments/<id>.html`: a department's year — its roll-up over the years (chart and table), its members
/// with their score, change and status, the capped members and why.
enum DepartmentPage {
    /// One member of the department, as its row shows it.
    struct Member {
        var name: String
        var id: String
        var href: String
        var score: [String: Any]
        var delta: [String: Any]
        /// "depuis 2025", or why there is no Δ; empty on a first audit.
        var deltaNote: String
        var rating: [String: Any]
        var capped: Bool
        var status: String
        var statusClass: String

        var templateValues: [String: Any] {
            ["name": name, "id": id, "href": href, "score": score, "delta": delta, "deltaNote": deltaNote, "rating": rating,
             "capped": capped, "status": status, "statusClass": statusClass]
        }
    }

    /// Every department page up to the current year: (path, department, year).
    static func pages(_ model: ReportModel) -> [(path: String, department: RollUp)] {
        guard model.workspace.hasUnitsFile else { return [] }
        return model.results.years.flatMap { year in
            year.departments.compactMap { department in department.unit.map { (model.departmentPath($0, year.year), department) } }
        }
    }

    static func context(_ model: ReportModel, department: RollUp) -> [String: Any] {
        let format = model.format
        let id = department.unit ?? ""
        let year = department.year
        let yearText = String(year)
        let name = model.name(of: id)
        let root = "../../"
        let crumbs: [ReportModel.Crumb] = [
            .init(label: model.t(.indexTitle, ["year": yearText]), href: root + model.overviewPath(year)),
            .init(label: "\(name) · \(yearText)", href: nil),
        ]
        var context = model.frame(title: "\(name) (\(id)) · \(yearText)", root: root, crumbs: crumbs, page: .department, year: year)
        context["name"] = name
        context["id"] = id
        context["year"] = yearText
        let audited = department.members.count + department.leftOut.count
        context["lead"] = model.t(.departmentLead, ["year": yearText, "count": format.integer(audited),
                                                    "counted": format.integer(department.members.count)])
        context["score"] = model.score(department.score)
        context["rating"] = model.rating(department.rating)
        context["coverage"] = model.percent(department.coverage)
        context["counted"] = format.integer(department.members.count)

        // The roll-up over the years, up to this one.
        let history = model.results.years.filter { $0.year <= year }.compactMap { $0.department(id) }
        let otherYears = model.results.years.compactMap { $0.department(id) }.map(\.year)
        context["hasOtherYears"] = otherYears.count > 1
        context["otherYears"] = otherYears.map { other -> [String: Any] in
            ["year": String(other), "href": root + model.departmentPath(id, other), "current": other == year]
        }
        let defined = history.filter { $0.score != nil }
        // The change since the department's previous year with a score.
        if let now = department.score, let before = defined.last(where: { $0.year < year }), let then = before.score {
            let (direction, symbol) = UnitChange.sign(of: now - then, format)
            context["change"] = ["direction": direction, "symbol": symbol,
                                 "text": model.t(.changeSince, ["delta": format.signed(now - then), "year": String(before.year),
                                                                "score": format.number(then)])]
        }
        let sentence: String
        if let first = defined.first, let last = defined.last, first.year != last.year {
            sentence = model.t(.departmentYearsSentence, ["first": format.number(first.score!), "firstYear": String(first.year),
                                                          "last": format.number(last.score!), "lastYear": String(last.year)])
        } else if let only = defined.first {
            sentence = model.t(.yearsSentenceSingle, ["score": format.number(only.score!), "year": String(only.year)])
        } else {
            sentence = model.t(.departmentUndefined)
        }
        context["yearsSentence"] = sentence
        let span = history.count > 1 ? "\(history.first!.year)–\(history.last!.year)" : yearText
        context["yearsCaption"] = model.t(.departmentYearsCaption, ["department": name, "years": span])
        context["yearsChart"] = LineChart(
            id: "chart-department", title: model.t(.departmentYearsCaption, ["department": name, "years": span]), summary: sentence,
            points: history.map { .init(label: String($0.year), value: $0.score, valueText: $0.score.map { format.number($0) } ?? "—") }
        ).svg()
        context["years"] = history.map { rollUp -> [String: Any] in
            ["year": String(rollUp.year), "href": root + model.departmentPath(id, rollUp.year), "current": rollUp.year == year,
             "score": model.score(rollUp.score), "rating": model.rating(rollUp.rating),
             "counted": format.integer(rollUp.members.count), "leftOut": format.integer(rollUp.leftOut.count + rollUp.notStarted.count)]
        }

        // Members, best score first (units without a score last, by id).
        let scores = model.results.year(year)
        let members = department.members + department.leftOut + department.notStarted
        let rows = members.compactMap { scores?.unit($0) }
            .sorted { ($0.score ?? -1, $1.unit) > ($1.score ?? -1, $0.unit) }
            .map { member(of: $0, model: model, root: root) }
        context["membersCaption"] = model.t(.membersCaption, ["department": name, "year": yearText])
        context["membersSentence"] = model.t(.membersSentence, ["year": yearText])
        context["members"] = rows.map(\.templateValues)

        // Capped members, and the critical criteria that cap them.
        let capped = department.cappedMembers.compactMap { scores?.unit($0) }
        context["hasCapped"] = !capped.isEmpty
        context["capped"] = capped.map { unit -> [String: Any] in
            ["name": model.name(of: unit.unit), "href": root + model.unitPath(unit.unit, year),
             "reason": model.t(.cappedMember, ["rating": unit.rating?.label ?? "", "uncapped": unit.uncappedRating?.label ?? "",
                                               "criteria": model.criteriaList(unit.criticalFailures)])]
        }
        context["cappedNone"] = model.t(.cappedNone)
        context["indexHref"] = root + model.overviewPath(year) + "#s-departments"
        return context
    }

    static func member(of unit: UnitScore, model: ReportModel, root: String) -> Member {
        let trend = (model.trends[unit.unit] ?? []).last { $0.yearTo == unit.year }
        let note: String
        if let trend { note = model.notComparable(trend) ?? model.t(.sinceYear, ["year": String(trend.yearFrom)]) } else { note = "" }
        let status: (TextKey, String) = switch unit.status {
        case .complete: (.completeStatus, "complete")
        case .incomplete: (.incomplete, "incomplete")
        case .notStarted: (.notStarted, "not-started")
        }
        return Member(name: model.name(of: unit.unit), id: unit.unit, href: root + model.unitPath(unit.unit, unit.year),
                      score: model.score(unit.score), delta: model.signed(trend?.delta), deltaNote: unit.notStarted ? "" : note,
                      rating: model.rating(unit.rating), capped: unit.ratingCapped, status: model.t(status.0), statusClass: status.1)
    }
}
