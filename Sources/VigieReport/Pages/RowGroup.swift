/// A department's rows in a table of units (the overview's heat map, the trends table), under a row that names the
/// department; without units.csv the table has one group and no name. Its names are a template's `hasName`, `name`,
/// `colspan` (the columns the naming row spans) and `rows`.
struct RowGroup<Row> {
    var hasName: Bool
    var name: String?
    var colspan: String
    var rows: [Row]

    /// The same group, with `transform` of each row as its rows.
    func map<Other>(_ transform: (Row) -> Other) -> RowGroup<Other> {
        RowGroup<Other>(hasName: hasName, name: name, colspan: colspan, rows: rows.map(transform))
    }
}

extension ReportModel {
    /// The units `ids` by department (`grouped`), each unit's row made by `row` (nil leaves it out).
    func rowGroups<Row>(_ ids: [String], columns: Int, row: (String) -> Row?) -> [RowGroup<Row>] {
        grouped(ids).map { group in
            RowGroup(hasName: group.department != nil, name: group.department.map { name(of: $0) }, colspan: String(columns),
                     rows: group.units.compactMap(row))
        }
    }
}
