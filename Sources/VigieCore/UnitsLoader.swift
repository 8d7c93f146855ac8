/// Builds the organisation from `audits/units.csv` and reports what is wrong in it.
public enum UnitsLoader {
    public static func load(_ table: SourceTable) -> (units: [OrgUnit], diagnostics: [Diagnostic]) {
        var diagnostics = table.headerDiagnostics(required: ["unit"])
        guard table.hasColumn("unit") else { return ([], diagnostics) }
        var units: [OrgUnit] = []
        var seen: [String: Location] = [:]
        var parentCells: [String: SourceTable.Cell] = [:]
        var replacesCells: [String: SourceTable.Cell] = [:]
        for record in table.records {
            guard let idCell = table.cell(record, "unit"), CatalogueLoader.checkID(idCell, kind: .unit, &diagnostics) else { continue }
            if let first = seen[idCell.text] {
                diagnostics.append(.error(.duplicateUnit(id: idCell.text, first: first), at: idCell.location, related: first))
                continue
            }
            seen[idCell.text] = idCell.location
            let parent = table.cell(record, "parent")
            if let parent, !parent.isEmpty { parentCells[idCell.text] = parent }
            if let replaces = table.cell(record, "replaces"), !replaces.isEmpty { replacesCells[idCell.text] = replaces }
            let since = CatalogueLoader.readYear(table.cell(record, "since"), &diagnostics)
            let until = CatalogueLoader.readYear(table.cell(record, "until"), &diagnostics)
            if let since, let until, since > until, let cell = table.cell(record, "until") {
                diagnostics.append(.error(.unitYearsInverted(since: since, until: until), at: cell.location))
            }
            units.append(OrgUnit(id: idCell.text, name: table.text(record, "name"),
                                 parent: parent.flatMap { $0.isEmpty ? nil : $0.text }, kind: table.text(record, "kind"),
                                 since: since, until: until, replaces: ValueParsing.idList(table.text(record, "replaces")),
                                 location: idCell.location))
        }
        let ids = units.map(\.id)
        let known = Set(ids)
        for unit in units {
            if let parent = unit.parent, let cell = parentCells[unit.id] {
                if parent == unit.id {
                    diagnostics.append(.error(.ownParent(id: unit.id), at: cell.location))
                } else if !known.contains(parent) {
                    diagnostics.append(.error(.unknownParent(id: parent, suggestion: Suggestion.closest(to: parent, among: ids)), at: cell.location))
                }
            }
            for target in unit.replaces where !known.contains(target) || target == unit.id {
                let cell = replacesCells[unit.id]
                diagnostics.append(.error(target == unit.id ? .unitReplacesItself(id: unit.id)
                                              : .unknownReplacedUnit(id: target, suggestion: Suggestion.closest(to: target, among: ids)),
                                          at: cell?.location ?? unit.location ?? table.headerLocation))
            }
        }
        let byID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for cycle in Graph.cycles(nodes: ids, edges: { node in byID[node]?.parent.flatMap { $0 != node && known.contains($0) ? [$0] : nil } ?? [] }) {
            let location = parentCells[cycle[0]]?.location ?? table.headerLocation
            diagnostics.append(.error(.parentCycle(ids: cycle), at: location))
        }
        for cycle in Graph.cycles(nodes: ids, edges: { node in byID[node]?.replaces.filter { $0 != node && known.contains($0) } ?? [] }) {
            let location = replacesCells[cycle[0]]?.location ?? table.headerLocation
            diagnostics.append(.error(.replacesCycle(ids: cycle), at: location))
        }
        return (units, diagnostics)
    }
}
