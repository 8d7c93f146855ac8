import Testing
@testable import VigieCore

/// How a diagnostic reads: `file:line:column` first, then the cell as a spreadsheet shows it, then the criterion.
struct DiagnosticTextTests {
    @Test func aCellOfAnAnswerRow() {
        let location = Location(file: "audits/2026/SPOP.csv", line: 12, column: 7, columnName: "answer", row: 11)
        let diagnostic = Diagnostic.error("unknown-answer", at: location, "'peut-être' is not an answer", criterion: "REC-03")
        #expect(diagnostic.description == "audits/2026/SPOP.csv:12:7: error: row 11, column G (answer), criterion REC-03: 'peut-être' is not an answer")
    }

    @Test func aWholeRowAColumnBeyondTheHeaderAndAFile() {
        let row = Diagnostic.error("mixed-delimiters", at: Location(file: "a.csv", line: 3, column: 0, row: 3), "m")
        #expect(row.description == "a.csv:3:1: error: row 3: m")
        let beyond = Diagnostic.warning("extra-fields", at: Location(file: "a.csv", line: 2, column: 28, row: 2), "m")
        #expect(beyond.description == "a.csv:2:28: warning: row 2, column AB: m")
        // No spreadsheet row known (a file as a whole, a table built in code): as before.
        let file = Diagnostic.warning("windows-1252", at: Location(file: "a.csv", line: 1, column: 1), "m")
        #expect(file.description == "a.csv:1:1: warning: m")
        let named = Diagnostic.error("bad-weight", at: Location(file: "c.csv", line: 4, column: 5, columnName: "weight"), "m")
        #expect(named.description == "c.csv:4:5: error: column 'weight': m")
    }

    @Test func aWorkbookCellIsNamedByItsReference() {
        let location = Location(file: "audits/2026/SPOP.xlsx", line: 13, column: 4, columnName: "answer", row: 13, sheet: "Feuille1")
        let diagnostic = Diagnostic.error("unknown-answer", at: location, "m", criterion: "REC-03")
        #expect(diagnostic.description == "audits/2026/SPOP.xlsx:Feuille1!D13: error: column 'answer', criterion REC-03: m")
    }

    @Test func notesComeAfterWarningsAndAreCountedApart() {
        let place = Location(file: "a.csv", line: 2, column: 2, row: 2)
        let diagnostics = [Diagnostic.note("not-started", at: place, "n"), .warning("w", at: place, "w"), .error("e", at: place, "e")]
            .sortedForOutput()
        #expect(diagnostics.map(\.severity) == [.error, .warning, .note])
        #expect((diagnostics.errorCount, diagnostics.warningCount, diagnostics.noteCount) == (1, 1, 1))
        #expect(!Diagnostic.note("x", at: place, "n").description.contains("warning"))
    }
}
