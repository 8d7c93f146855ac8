/// Builds the organisation from `audits/units.csv` and reports what is wrong in it.
public enum UnitsLoader {
    public static func load(_ table: SourceTable) -> (units: [OrgUnit], diagnostics: [Diagnostic]) {
        var diagnostics = table.headerDiagnostics(required: ["unit"])
        guard table.hasColumn("unit") else { return ([], diagnostics) }
        var units: [OrgUnit] = []
        units.reserveCapacity(table.records.count)
        // Each id's record (for its places, made only when a message needs one): a million rows keep no Location
        // and no cell of their own beside the unit.
        var seen: [String: Int] = [:]
        var parentRecords: [String: Int] = [:]
        var replacesRecords: [String: Int] = [:]
        let unitColumn = table.columnIndex("unit"), parentColumn = table.columnIndex("parent"), replacesColumn = table.columnIndex("replaces")
        let nameColumn = table.columnIndex("name"), kindColumn = table.columnIndex("kind")
        let sinceColumn = table.columnIndex("since"), untilColumn = table.columnIndex("until")
        func cell(_ record: SourceTable.Record, _ column: Int?) -> SourceTable.Cell? {
            column.map { SourceTable.Cell(text: table.text(record, at: $0), location: table.location(record, column: $0)) }
        }
        for (number, record) in table.records.enumerated() {
            guard let idCell = cell(record, unitColumn), CatalogueLoader.checkID(idCell, kind: .unit, &diagnostics) else { continue }
            if let first = seen[idCell.text] {
                let firstLocation = table.location(table.records[first], column: unitColumn ?? 0)
                diagnostics.append(.error(.duplicateUnit(id: idCell.text, first: firstLocation), at: idCell.location, related: firstLocation))
                continue
            }
            seen[idCell.text] = number
            let parent = table.text(record, at: parentColumn)
            if !parent.isEmpty { parentRecords[idCell.text] = number }
            let replaces = table.text(record, at: replacesColumn)
            if !replaces.isEmpty { replacesRecords[idCell.text] = number }
            let since = CatalogueLoader.readYear(cell(record, sinceColumn), &diagnostics)
            let until = CatalogueLoader.readYear(cell(record, untilColumn), &diagnostics)
            if let since, let until, since > until, let untilColumn {
                diagnostics.append(.error(.unitYearsInverted(since: since, until: until), at: table.location(record, column: untilColumn)))
            }
            units.append(OrgUnit(id: idCell.text, name: table.text(record, at: nameColumn),
                                 parent: parent.isEmpty ? nil : parent, kind: table.text(record, at: kindColumn),
                                 since: since, until: until, replaces: replaces.isEmpty ? [] : ValueParsing.idList(replaces),
                                 location: idCell.location))
        }
        func place(_ records: [String: Int], _ id: String, _ column: Int?) -> Location? {
            records[id].map { table.location(table.records[$0], column: column ?? 0) }
        }
        let ids = units.map(\.id)
        let known = Set(ids)
        for unit in units {
            if let parent = unit.parent, let parentLocation = place(parentRecords, unit.id, parentColumn) {
                if parent == unit.id {
                    diagnostics.append(.error(.ownParent(id: unit.id), at: parentLocation))
                } else if !known.contains(parent) {
                    diagnostics.append(.error(.unknownParent(id: parent, suggestion: Suggestion.closest(to: parent, among: ids)), at: parentLocation))
                }
            }
            for target in unit.replaces where !known.contains(target) || target == unit.id {
                diagnostics.append(.error(target == unit.id ? .unitReplacesItself(id: unit.id)
                                              : .unknownReplacedUnit(id: target, suggestion: Suggestion.closest(to: target, among: ids)),
                                          at: place(replacesRecords, unit.id, replacesColumn) ?? unit.location ?? table.headerLocation))
            }
        }
        // Positions, not copies of the units: ids are unique here (duplicates were left out above).
        let position = Dictionary(units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for cycle in Graph.cycles(nodes: ids, edges: { node in
            position[node].flatMap { units[$0].parent }.flatMap { $0 != node && known.contains($0) ? [$0] : nil } ?? []
        }) {
            let location = place(parentRecords, cycle[0], parentColumn) ?? table.headerLocation
            diagnostics.append(.error(.parentCycle(ids: cycle), at: location))
        }
        for cycle in Graph.cycles(nodes: ids, edges: { node in
            position[node].map { units[$0].replaces.filter { $0 != node && known.contains($0) } } ?? []
        }) {
            let location = place(replacesRecords, cycle[0], replacesColumn) ?? table.headerLocation
            diagnostics.append(.error(.replacesCycle(ids: cycle), at: location))
        }
        return (units, diagnostics)
    }
}
