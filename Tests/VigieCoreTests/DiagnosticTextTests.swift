import Testing
@testable import VigieCore

/// How a diagnostic reads: `file:line:column` first, then the cell as a spreadsheet shows it, then the criterion.
struct DiagnosticTextTests {
    /// Any message: the tests are about what stands around it.
    let m = DiagnosticMessage.missingAction
    var text: String { m.text(in: .en) }

    @Test func aCellOfAnAnswerRow() {
        let location = Location(file: "audits/2026/SPOP.csv", line: 12, column: 7, columnName: "answer", row: 11)
        let diagnostic = Diagnostic.error(.unknownAnswer(word: "peut-être", scale: nil), at: location, criterion: "REC-03")
        #expect(diagnostic.description == "audits/2026/SPOP.csv:12:7: error: row 11, column G (answer), criterion REC-03: 'peut-être' is not an answer Vigie understands; write yes, partial, no or not applicable (or oui, partiel, non, sans objet)")
    }

    @Test func aWholeRowAColumnBeyondTheHeaderAndAFile() {
        let row = Diagnostic(m, at: Location(file: "a.csv", line: 3, column: 0, row: 3))
        #expect(row.description == "a.csv:3:1: error: row 3: \(text)")
        let beyond = Diagnostic(.innerBOM, at: Location(file: "a.csv", line: 2, column: 28, row: 2))
        #expect(beyond.description == "a.csv:2:28: warning: row 2, column AB: \(DiagnosticMessage.innerBOM.text(in: .en))")
        // No spreadsheet row known (a file as a whole, a table built in code): as before.
        let file = Diagnostic(m, at: Location(file: "a.csv", line: 1, column: 1))
        #expect(file.description == "a.csv:1:1: error: \(text)")
        let named = Diagnostic(m, at: Location(file: "c.csv", line: 4, column: 5, columnName: "weight"))
        #expect(named.description == "c.csv:4:5: error: column 'weight': \(text)")
    }

    @Test func aWorkbookCellIsNamedByItsReference() {
        let location = Location(file: "audits/2026/SPOP.xlsx", line: 13, column: 4, columnName: "answer", row: 13, sheet: "Feuille1")
        let diagnostic = Diagnostic(m, at: location, criterion: "REC-03")
        #expect(diagnostic.description == "audits/2026/SPOP.xlsx:Feuille1!D13: error: column 'answer', criterion REC-03: \(text)")
    }

    @Test func notesComeAfterWarningsAndAreCountedApart() {
        let place = Location(file: "a.csv", line: 2, column: 2, row: 2)
        let diagnostics = [Diagnostic.note(.notStarted(unit: "U", year: 2025), at: place), .warning(.innerBOM, at: place), .error(m, at: place)]
            .sortedForOutput()
        #expect(diagnostics.map(\.severity) == [.error, .warning, .note])
        #expect((diagnostics.errorCount, diagnostics.warningCount, diagnostics.noteCount) == (1, 1, 1))
        #expect(!Diagnostic.note(.notStarted(unit: "U", year: 2025), at: place).description.contains("warning"))
    }

    @Test func thePlaceSpeaksTheLanguageAndTheSeverityWordStays() {
        let location = Location(file: "audits/2026/SPOP.csv", line: 12, column: 7, columnName: "answer", row: 11)
        let diagnostic = Diagnostic(m, at: location, criterion: "REC-03")
        #expect(diagnostic.rendered(in: .fr) == "audits/2026/SPOP.csv:12:7: error: ligne 11, colonne G (answer), critère REC-03\u{A0}: \(m.text(in: .fr))")
        #expect(diagnostic.rendered(in: .de) == "audits/2026/SPOP.csv:12:7: error: Zeile 11, Spalte G (answer), Kriterium REC-03: \(m.text(in: .de))")
        #expect(diagnostic.rendered(in: .it) == "audits/2026/SPOP.csv:12:7: error: riga 11, colonna G (answer), criterio REC-03: \(m.text(in: .it))")
    }
}
