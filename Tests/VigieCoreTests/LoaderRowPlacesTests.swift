import Testing
@testable import VigieCore

/// Where the answer loader says a row stands (its line) and which row answered a criterion first, now that it keeps
/// lines as runs (`SheetLines`) and first rows as a byte past their unit-year's first (`FirstRows`).
struct LoaderRowPlacesTests {
    @Test("SheetLines gives every row's sheet and line back, whatever the gaps, with sheets of no row in between")
    func sheetLinesAgainstAPlainList() {
        // Sheets by their rows' lines: one row a line; a comment on three lines then one a line again; blank rows
        // everywhere; no row at all (twice in a row); a single row far down.
        let sheets: [[Int32]] = [[2, 3, 4, 5], [2, 5, 6, 7, 9, 10], [], [], [2], [7, 8, 9, 40, 41, 300, 70_000, 70_001], [3]]
        var lines = SheetLines()
        var expected: [(sheet: Int, line: Int)] = []
        var sheetNumber = -1
        for sheet in sheets {
            if lines.beginSheet() { sheetNumber += 1 }
            for line in sheet {
                lines.append(line: line)
                expected.append((sheetNumber, Int(line)))
            }
        }
        // The two sheets of no row were taken over by the next: five sheets have rows, numbered 0…4.
        #expect(sheetNumber == 4)
        #expect(lines.count == expected.count)
        for (row, want) in expected.enumerated() {
            let sheet = lines.sheet(of: row)
            #expect(sheet == want.sheet, "row \(row)")
            #expect(lines.line(of: row, sheet: sheet) == want.line, "row \(row)")
        }
    }

    @Test("FirstRows keeps a row near its unit-year's first in a byte and a far one whole")
    func firstRowsNearAndFar() {
        var rows = FirstRows(criterionCount: 3)
        rows.appendGroup(at: 10)
        rows.appendGroup(at: 11)
        rows.set(group: 0, criterion: 0, row: 10)  // offset 0
        rows.set(group: 0, criterion: 2, row: 263)  // offset 253, the last a byte keeps
        rows.set(group: 1, criterion: 1, row: 265)  // offset 254: kept whole
        rows.set(group: 1, criterion: 2, row: 2_000_000)
        #expect(rows[0, 0] == 10)
        #expect(rows[0, 1] == nil)
        #expect(rows[0, 2] == 263)
        #expect(rows[1, 0] == nil)
        #expect(rows[1, 1] == 265)
        #expect(rows[1, 2] == 2_000_000)
    }

    /// One sheet of `units` units × C1, C2 sorted by criterion (every C1 row, then every C2 row), a blank line after
    /// the header, C1's rows with a comment on two lines; then U0's C1 again at the end (its first answer far above),
    /// and U1's C2 again right after its first (near). U(units-1) answers only C2.
    static func sortedByCriterion(units: Int) -> (sheet: AnswersLoader.Sheet, lines: [String: Int]) {
        var records: [SourceTable.Record] = []
        var lines: [String: Int] = [:]
        var line = 3  // header on 1, a blank row on 2
        for n in 0..<units - 1 {
            records.append(.init(line: line, fields: ["U\(n)", "C1", "oui", "ligne 1\nligne 2"]))
            lines["U\(n)/C1"] = line
            line += 2
        }
        for n in 0..<units {
            records.append(.init(line: line, fields: ["U\(n)", "C2", "non", ""]))
            lines["U\(n)/C2"] = line
            line += 1
            if n == 1 {
                records.append(.init(line: line, fields: ["U1", "C2", "oui", ""]))
                lines["U1/C2 again"] = line
                line += 1
            }
        }
        records.append(.init(line: line, fields: ["U0", "C1", "non", ""]))
        lines["U0/C1 again"] = line
        let table = SourceTable(file: "audits/2025/answers.csv", headerLine: 1, header: ["unit", "criterion", "answer", "comment"], records: records)
        return (AnswersLoader.Sheet(year: 2025, table: table), lines)
    }

    @Test("a sheet sorted by criterion: duplicates name their first answer's line, near it or 600 rows away")
    func duplicatesInASheetSortedByCriterion() throws {
        let units = 300
        let (sheet, lines) = Self.sortedByCriterion(units: units)
        let loaded = AnswersLoader.load([sheet], catalogue: AnswerBatchTests.catalogue, units: nil)
        let duplicates = loaded.diagnostics.filter { $0.code == "duplicate-answer" }.sorted { $0.location.line < $1.location.line }
        #expect(duplicates.count == 2)
        // U1's C2 again: on the row after its first (column 2, the criterion).
        #expect(duplicates.first?.location.description == "audits/2025/answers.csv:\(try #require(lines["U1/C2 again"])):2")
        #expect(duplicates.first?.related?.description == "audits/2025/answers.csv:\(try #require(lines["U1/C2"])):2")
        // U0's C1 again, on the last row: its first answer is the sheet's first row (line 3), 601 rows above.
        #expect(duplicates.last?.location.description == "audits/2025/answers.csv:\(try #require(lines["U0/C1 again"])):2")
        #expect(duplicates.last?.related?.description == "audits/2025/answers.csv:3:2")
        // The last unit has no C1: warned once, at the unit cell of its first row (its C2, near the end).
        let missing = loaded.diagnostics.filter { $0.code == "missing-answers" }
        #expect(missing.count == 1)
        #expect(missing.first?.location.description == "audits/2025/answers.csv:\(try #require(lines["U\(units - 1)/C2"])):1")
        // Two answers a unit, less the last unit's missing C1; the duplicates are left out.
        #expect(loaded.answers.count == 2 * units - 1)
    }
}
