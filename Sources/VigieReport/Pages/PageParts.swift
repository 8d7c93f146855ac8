import VigieCore

/// A link from an overview that is written in parts to one of its parts: the part's name, page and unit count
/// ("21 unités"). A template reads `name`, `id`, `href`, `units`.
struct PagePart {
    var name, id, href, units: String
}

/// A page that would weigh more than `HTMLReport.Options.splitAbove` bytes (a year overview, the trends page, on an
/// administration of thousands of units) is written in parts, one per department: the page keeps what is about the
/// whole canton and links to the parts, each part holds its department's rows. Without units.csv, the parts are runs
/// of `unitsWithoutDepartments` units in id order.
enum PageParts {
    /// One part: the department (nil for a run of units), its name as the links show it, its file stem and units.
    struct Part {
        var department: String?
        var name, stem: String
        var units: [String]
    }

    static let unitsWithoutDepartments = 500

    /// The parts of a page about the units `ids`, in the order of its groups.
    static func cut(_ ids: [String], model: ReportModel) -> [Part] {
        model.grouped(ids).flatMap { group -> [Part] in
            if let department = group.department {
                return [Part(department: department, name: model.name(of: department),
                             stem: model.fileStems[department] ?? FileNames.stem(department), units: group.units)]
            }
            return stride(from: 0, to: group.units.count, by: unitsWithoutDepartments).map { start in
                let units = Array(group.units[start..<min(start + unitsWithoutDepartments, group.units.count)])
                let name = "\(units.first!) – \(units.last!)"
                return Part(department: nil, name: name, stem: model.fileStems[units.first!] ?? FileNames.stem(units.first!), units: units)
            }
        }
    }

    /// The row groups of a page cut as `cut` cut its units (the groups of `ReportModel.rowGroups` over the same ids,
    /// a row for each unit): each part's groups.
    static func slice<Row>(_ groups: [RowGroup<Row>], into parts: [Part]) -> [[RowGroup<Row>]] {
        var sliced: [[RowGroup<Row>]] = []
        for group in groups {
            guard !group.hasName else { sliced.append([group]); continue }
            for start in stride(from: 0, to: group.rows.count, by: unitsWithoutDepartments) {
                var run = group
                run.rows = Array(group.rows[start..<min(start + unitsWithoutDepartments, group.rows.count)])
                sliced.append([run])
            }
        }
        precondition(sliced.count == parts.count, "the parts of a page are cut from the same groups as its rows")
        return sliced
    }

    /// The rows (in their order) of each part's units, a row's unit being `unit(row)`: one pass over the rows, not
    /// one a part.
    static func split<Row>(_ rows: [Row], into parts: [Part], unit: (Row) -> String) -> [[Row]] {
        var partOf: [String: Int] = [:]
        for (index, part) in parts.enumerated() { for id in part.units { partOf[id] = index } }
        var split = Array(repeating: [Row](), count: parts.count)
        for row in rows { if let index = partOf[unit(row)] { split[index].append(row) } }
        return split
    }

    /// The links to the parts, from a page at `root`, each part's page at `path(part)` from the report's root.
    static func links(_ parts: [Part], root: String, model: ReportModel, path: (Part) -> String) -> [PagePart] {
        parts.map { part in
            PagePart(name: part.name, id: part.department ?? "", href: root + path(part),
                     units: part.units.count == 1 ? model.t(.partUnitsOne) : model.t(.partUnits, ["count": model.format.integer(part.units.count)]))
        }
    }
}

extension PageHTML {
    /// A part page's list of links, after its sentence: where a table of a page written in parts stands.
    mutating func parts(_ sentence: String, _ parts: [PagePart]) {
        raw("<p class=\"summary\">"); text(sentence); raw("</p>\n<ul class=\"parts\" aria-label=\""); t(.partsLabel); raw("\">\n")
        for part in parts {
            raw("<li><a href=\""); text(part.href); raw("\">"); text(part.name); raw("</a>")
            if !part.id.isEmpty { raw(" <span class=\"id\">"); text(part.id); raw("</span>") }
            raw(" · "); text(part.units); raw("</li>\n")
        }
        raw("</ul>\n")
    }
}
