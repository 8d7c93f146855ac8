import Mustache
import VigieCore

/// What `<year>/departments/<id>.html` shows: a department's year — its roll-up over the years (chart and table),
/// its members with their score, change and status, the capped members and why. Its property names (with the
/// frame's, see `PageFrame`) are the names a `department.mustache` template reads.
struct DepartmentPageModel: MustacheModel {
    /// One member of the department, as its row shows it.
    struct Member {
        var name, id, href: String
        var score, delta: Figure
        /// "depuis 2025", or why there is no Δ; empty on a first audit.
        var deltaNote: String
        var rating: Figure
        var capped: Bool
        var status, statusClass: String
    }

    /// The change of the department's score since its previous year with one.
    struct Change {
        var direction, symbol, text: String
    }

    /// One year of the department's roll-up.
    struct Year {
        var year, href: String
        var current: Bool
        var score, rating: Figure
        var counted, leftOut: String
    }

    /// A member whose rating a critical criterion caps, and why.
    struct CappedMember {
        var name, href, reason: String
    }

    var frame: PageFrame
    var name, id, year, lead: String
    var score, rating, coverage: Figure
    var counted: String
    var hasOtherYears: Bool
    var otherYears: [UnitPageModel.OtherYear]
    var change: Change?
    var yearsSentence, yearsCaption, yearsChart: String
    var years: [Year]
    var membersCaption, membersSentence: String
    var members: [Member]
    var hasCapped: Bool
    var capped: [CappedMember]
    var cappedNone, indexHref: String
}

/// `<year>/departments/<id>.html`: the pages, their models, and the page as the built-in writer writes it.
enum DepartmentPage {
    /// Every department page up to the current year: (path, department, year).
    static func pages(_ model: ReportModel) -> [(path: String, department: RollUp)] {
        guard model.workspace.hasUnitsFile else { return [] }
        return model.results.years.flatMap { year in
            year.departments.compactMap { department in department.unit.map { (model.departmentPath($0, year.year), department) } }
        }
    }

    static func model(_ model: ReportModel, department: RollUp) -> DepartmentPageModel {
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
        let frame = model.pageFrame(title: "\(name) (\(id)) · \(yearText)", root: root, crumbs: crumbs, page: .department, year: year)
        let audited = department.members.count + department.leftOut.count
        let lead = model.t(.departmentLead, ["year": yearText, "count": format.integer(audited),
                                             "counted": format.integer(department.members.count)])

        // The roll-up over the years, up to this one.
        let history = model.results.years.filter { $0.year <= year }.compactMap { $0.department(id) }
        let otherYears = model.results.years.compactMap { $0.department(id) }.map(\.year)
        let others = otherYears.map { UnitPageModel.OtherYear(year: String($0), href: root + model.departmentPath(id, $0), current: $0 == year) }
        let defined = history.filter { $0.score != nil }
        // The change since the department's previous year with a score.
        var change: DepartmentPageModel.Change?
        if let now = department.score, let before = defined.last(where: { $0.year < year }), let then = before.score {
            let (direction, symbol) = UnitChange.sign(of: now - then, format)
            change = .init(direction: direction, symbol: symbol,
                           text: model.t(.changeSince, ["delta": format.signed(now - then), "year": String(before.year), "score": format.number(then)]))
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
        let span = history.count > 1 ? "\(history.first!.year)–\(history.last!.year)" : yearText
        let chart = LineChart(
            id: "chart-department", title: model.t(.departmentYearsCaption, ["department": name, "years": span]), summary: sentence,
            points: history.map { .init(label: String($0.year), value: $0.score, valueText: $0.score.map { format.number($0) } ?? "—") }
        ).svg()
        let years = history.map { rollUp in
            DepartmentPageModel.Year(year: String(rollUp.year), href: root + model.departmentPath(id, rollUp.year), current: rollUp.year == year,
                                     score: model.scoreFigure(rollUp.score), rating: model.ratingFigure(rollUp.rating),
                                     counted: format.integer(rollUp.members.count), leftOut: format.integer(rollUp.leftOut.count + rollUp.notStarted.count))
        }

        // Members, best score first (units without a score last, by id).
        let scores = model.results.year(year)
        let members = department.members + department.leftOut + department.notStarted
        let rows = members.compactMap { scores?.unit($0) }
            .sorted { ($0.score ?? -1, $1.unit) > ($1.score ?? -1, $0.unit) }
            .map { member(of: $0, model: model, root: root) }

        // Capped members, and the critical criteria that cap them.
        let capped = department.cappedMembers.compactMap { scores?.unit($0) }
        return DepartmentPageModel(
            frame: frame, name: name, id: id, year: yearText, lead: lead, score: model.scoreFigure(department.score),
            rating: model.ratingFigure(department.rating), coverage: model.percentFigure(department.coverage),
            counted: format.integer(department.members.count), hasOtherYears: otherYears.count > 1, otherYears: others, change: change,
            yearsSentence: sentence, yearsCaption: model.t(.departmentYearsCaption, ["department": name, "years": span]), yearsChart: chart,
            years: years, membersCaption: model.t(.membersCaption, ["department": name, "year": yearText]),
            membersSentence: model.t(.membersSentence, ["year": yearText]), members: rows, hasCapped: !capped.isEmpty,
            capped: capped.map { unit in
                .init(name: model.name(of: unit.unit), href: root + model.unitPath(unit.unit, year),
                      reason: model.t(.cappedMember, ["rating": unit.rating?.label ?? "", "uncapped": unit.uncappedRating?.label ?? "",
                                                      "criteria": model.criteriaList(unit.criticalFailures)]))
            },
            cappedNone: model.t(.cappedNone), indexHref: root + model.overviewPath(year) + "#s-departments")
    }

    static func member(of unit: UnitScore, model: ReportModel, root: String) -> DepartmentPageModel.Member {
        let trend = model.trends(of: unit.unit).last { $0.yearTo == unit.year }
        let note: String
        if let trend { note = model.notComparable(trend) ?? model.t(.sinceYear, ["year": String(trend.yearFrom)]) } else { note = "" }
        let status: (TextKey, String) = switch unit.status {
        case .complete: (.completeStatus, "complete")
        case .incomplete: (.incomplete, "incomplete")
        case .notStarted: (.notStarted, "not-started")
        }
        return DepartmentPageModel.Member(name: model.name(of: unit.unit), id: unit.unit, href: root + model.unitPath(unit.unit, unit.year),
                      score: model.scoreFigure(unit.score), delta: model.signedFigure(trend?.delta), deltaNote: unit.notStarted ? "" : note,
                      rating: model.ratingFigure(unit.rating), capped: unit.ratingCapped, status: model.t(status.0), statusClass: status.1)
    }
}
