import Testing
@testable import VigieCore
import VigieSource

/// A header's names are worked out once per distinct header (`HeaderNames`): every table gets the names the plain
/// path (`SourceTable.names(ofHeader:)`) gives for its own header, whatever was met before.
@Suite("Header names met once")
struct HeaderNamesTests {
    static func cells(_ header: [String]) -> SourceCells {
        SourceCells(rows: [header, header.map { _ in "x" }], lines: [1, 2])
    }

    @Test func everyTableGetsThePlainPathsNames() {
        let headers: [[String]] = [["Year", " Unit ", "Criterion"], ["Year", "Unit", "Criterion"], ["ab", "c"], ["a", "bc"],
                                   ["Unit", "unit", "UNIT"], ["Jahr", "Einheit"], [""], ["Année ", "Unité"]]
        // Twice through: the second time every header is known.
        for header in headers + headers {
            let cells = Self.cells(header)
            let plain = SourceTable.names(ofHeader: cells)
            let table = SourceTable(file: "a.csv", cells: cells)
            #expect(table.header == plain.header, "\(header)")
            for (name, position) in plain.index { #expect(table.columnIndex(name) == position, "\(name) in \(header)") }
        }
        // The same bytes split in other fields are another header; equal names keep the first position.
        #expect(SourceTable(file: "a.csv", cells: Self.cells(["ab", "c"])).header == ["ab", "c"])
        #expect(SourceTable(file: "a.csv", cells: Self.cells(["a", "bc"])).header == ["a", "bc"])
        #expect(SourceTable(file: "a.csv", cells: Self.cells(["Unit", "unit", "UNIT"])).columnIndex("unit") == 0)
        #expect(SourceTable(file: "a.csv", cells: Self.cells(["Year", " Unit ", "Criterion"])).header == ["Year", "Unit", "Criterion"])
    }

    /// The row's key tells fields apart: the same bytes in other fields give another key.
    @Test func rowKeysTellFieldsApart() {
        #expect(Self.cells(["ab", "c"]).key(ofRow: 0) != Self.cells(["a", "bc"]).key(ofRow: 0))
        #expect(Self.cells(["a", "b"]).key(ofRow: 0) == [0x61, 0xFF, 0x62, 0xFF])
    }
}
