/// Builds the organisation from `audits/units.csv` and reports what is wrong in it.
public enum UnitsLoader {
    public static func load(_ table: SourceTable) -> (units: [OrgUnit], diagnostics: [Diagnostic]) {
        var diagnostics = table.headerDiagnostics(required: ["unit"])
        guard table.hasColumn("unit") else { return ([], diagnostics) }
        var units: [OrgUnit] = []
        units.reserveCapacity(table.records.count)
        // Positions, not copies: each kept unit's position by id, and its record (for its places, made only when a
        // message needs one). A million rows keep no Location and no cell of their own beside the unit.
        var position: [String: Int32] = [:]
        position.reserveCapacity(table.records.count)
        var records: [Int32] = []
        records.reserveCapacity(table.records.count)
        let unitColumn = table.columnIndex("unit"), parentColumn = table.columnIndex("parent"), replacesColumn = table.columnIndex("replaces")
        let nameColumn = table.columnIndex("name"), kindColumn = table.columnIndex("kind")
        let sinceColumn = table.columnIndex("since"), untilColumn = table.columnIndex("until")
        func cell(_ record: SourceTable.Record, _ column: Int?) -> SourceTable.Cell? {
            column.map { SourceTable.Cell(text: table.text(record, at: $0), location: table.location(record, column: $0)) }
        }
        func place(_ unit: Int, _ column: Int?) -> Location {
            table.location(table.records[Int(records[unit])], column: column ?? 0)
        }
        for (number, record) in table.records.enumerated() {
            guard let idCell = cell(record, unitColumn), CatalogueLoader.checkID(idCell, kind: .unit, &diagnostics) else { continue }
            if let first = position[idCell.text] {
                let firstLocation = place(Int(first), unitColumn)
                diagnostics.append(.error(.duplicateUnit(id: idCell.text, first: firstLocation), at: idCell.location, related: firstLocation))
                continue
            }
            position[idCell.text] = Int32(units.count)
            records.append(Int32(number))
            let parent = table.text(record, at: parentColumn)
            let replaces = table.text(record, at: replacesColumn)
            let since = CatalogueLoader.readYear(cell(record, sinceColumn), &diagnostics)
            let until = CatalogueLoader.readYear(cell(record, untilColumn), &diagnostics)
            if let since, let until, since > until, let untilColumn {
                diagnostics.append(.error(.unitYearsInverted(since: since, until: until), at: table.location(record, column: untilColumn)))
            }
            units.append(OrgUnit(id: idCell.text, name: table.text(record, at: nameColumn),
                                 parent: parent.isEmpty ? nil : parent, kind: table.text(record, at: kindColumn),
                                 since: since, until: until, replaces: replaces.isEmpty ? [] : ValueParsing.idList(replaces)))
        }
        // Suggestions are searched among the ids only when an id is unknown (the list is made then, once).
        var candidates: [String]?
        func suggestion(_ id: String) -> String? {
            if candidates == nil { candidates = units.map(\.id) }
            return Suggestion.closest(to: id, among: candidates ?? [])
        }
        for (index, unit) in units.enumerated() {
            if let parent = unit.parent {
                if parent == unit.id {
                    diagnostics.append(.error(.ownParent(id: unit.id), at: place(index, parentColumn)))
                } else if position[parent] == nil {
                    diagnostics.append(.error(.unknownParent(id: parent, suggestion: suggestion(parent)), at: place(index, parentColumn)))
                }
            }
            for target in unit.replaces where position[target] == nil || target == unit.id {
                diagnostics.append(.error(target == unit.id ? .unitReplacesItself(id: unit.id)
                                              : .unknownReplacedUnit(id: target, suggestion: suggestion(target)),
                                          at: place(index, replacesColumn)))
            }
        }
        // The walks go over positions: ids are unique here (duplicates were left out above).
        func others(_ ids: [String], of node: Int) -> [Int] {
            ids.compactMap { id in position[id].map(Int.init).flatMap { $0 != node ? $0 : nil } }
        }
        for cycle in Graph.cycles(count: units.count, edges: { node in units[node].parent.map { others([$0], of: node) } ?? [] }) {
            diagnostics.append(.error(.parentCycle(ids: cycle.map { units[$0].id }), at: place(cycle[0], parentColumn)))
        }
        for cycle in Graph.cycles(count: units.count, edges: { node in others(units[node].replaces, of: node) }) {
            diagnostics.append(.error(.replacesCycle(ids: cycle.map { units[$0].id }), at: place(cycle[0], replacesColumn)))
        }
        return (units, diagnostics)
    }
}
