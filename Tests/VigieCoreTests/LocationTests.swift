import Testing
@testable import VigieCore

@Suite struct LocationTests {
    @Test(arguments: [(1, "A"), (4, "D"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA"), (16384, "XFD")])
    func columnLetters(column: Int, letters: String) {
        #expect(Location.columnLetters(column) == letters)
    }

    @Test func csvLocationPrintsLineAndColumn() {
        let location = Location(file: "audits/2026/SPOP.csv", line: 12, column: 7, columnName: "answer", row: 11)
        #expect(location.description == "audits/2026/SPOP.csv:12:7")
        #expect(location.columnLetter == "G")
    }

    @Test func workbookLocationPrintsTheCell() {
        #expect(Location(file: "SPOP.xlsx", line: 14, column: 8, row: 14, sheet: "Feuille1").description == "SPOP.xlsx:Feuille1!H14")
        #expect(Location(file: "a.xlsx", line: 2, column: 1, row: 2, sheet: "SPOP 2027").description == "a.xlsx:'SPOP 2027'!A2")
        #expect(Location(file: "a.xlsx", line: 2, column: 1, row: 2, sheet: "l'an").description == "a.xlsx:'l''an'!A2")
    }

    @Test func wholeFileLocationStandsAtOneOne() {
        #expect(Location(file: "a.csv").description == "a.csv:1:1")
        #expect(Location(file: "a.csv").columnLetter == nil)
    }
}
