import Foundation
import Testing
import VigieCore
import VigieWorkspace

@Suite("Reading CSV as users produce it")
struct ReadingTests {
    @Test("an unterminated quote is an error at the line and field where the quote opened; other files are still read")
    func unterminatedQuote() {
        let loaded = Fixture.load("csv-syntax")
        #expect(loaded.findings == [
            "audits/2025/a.csv:3:4 error csv-syntax",
            "audits/2025/b.csv:2:1 warning missing-answers",
            "audits/2025/b.csv:2:3 error unknown-answer",
        ])
        let syntax = loaded.diagnostic("csv-syntax", at: "audits/2025/a.csv:3:4")
        #expect(syntax?.message.contains("never closed") == true)
        #expect(syntax?.message.contains("line 3") == false, "the location is said once, by file:line:column")
        #expect(loaded.workspace?.answers.isEmpty == true, "a file that cannot be parsed gives no answer")
    }

    @Test("Excel (BOM, ';', CRLF), commas and LF, and TAB; headers in any case, spaces and order; unknown columns")
    func dialects() throws {
        let loaded = Fixture.load("dialects")
        #expect(loaded.findings == [
            "audits/2025/excel.csv:5:4 error unknown-answer",
            "audits/2025/plain.csv:8:1 error unknown-answer",
        ])
        // The header name is shown as written, trimmed.
        loaded.expect("unknown-answer", at: "audits/2025/excel.csv:5:4", column: "Answer", "'bof'", "yes / no / not applicable")
        loaded.expect("unknown-answer", at: "audits/2025/plain.csv:8:1", column: "answer", "'peut-être'", "0 to 4")

        let workspace = try #require(loaded.workspace)
        let catalogue = workspace.catalogue
        #expect(catalogue.domains.map(\.id) == ["GOU", "REC"])
        #expect(catalogue.domain("GOU")?.title == "Gouvernance")
        #expect(catalogue.domain("REC")?.weight == 1.5)
        #expect(catalogue.criteria.map(\.id) == ["GOU-01", "GOU-02", "REC-01"])
        #expect(catalogue.criterion("GOU-01")?.weight == 1.5, "\"1,5\" quoted in a comma file")
        #expect(catalogue.criterion("GOU-02")?.scale == .binary)
        #expect(catalogue.criterion("REC-01")?.weight == 1, "a short record reads its missing fields as empty")
        #expect(workspace.unit("SPOP")?.parent == "DEP", "units.csv is TAB-delimited")

        let answers = loaded.answers
        let multiLine = try #require(answers["DEP/GOU-01"])
        #expect(multiLine.value == .met)
        #expect(multiLine.comment.contains("ligne deux; avec point-virgule"))
        #expect(multiLine.comment.contains("ligne \"trois\""))
        #expect(multiLine.location.line == 2)
        #expect(answers["DEP/REC-01"]?.value == .level(2), "a short record")
        #expect(answers["DEP/REC-01"]?.comment == "")
        #expect(answers["SPOP/GOU-01"]?.value == .met)
        #expect(answers["SPAJ/GOU-01"]?.value == .partial)
        #expect(answers["SPAJ/GOU-02"]?.value == .notMet, "\"Non⏎Atteint\": a line break is a space")
        #expect(answers["SPAJ/GOU-02"]?.location.line == 5)
        #expect(answers["SPOP/GOU-02"]?.value == .notMet)
        #expect(answers["SPOP/REC-01"]?.value == .level(4))
        #expect(workspace.answers.count == 7, "rows made of delimiters only are skipped")
    }

    @Test("the same workspace as Excel writes it and as a script does reads the same, findings at the same places")
    func excelAndPlainReadTheSame() throws {
        let excel = Fixture.load("dialect-excel")
        let plain = Fixture.load("dialect-plain")
        #expect(excel.findings == plain.findings)
        #expect(excel.findings == [
            "audits/2025/sheet.csv:5:3 error answer-off-scale",
            "audits/2025/sheet.csv:6:3 error answer-off-scale",
            "audits/2025/sheet.csv:7:1 warning missing-answers",
        ], "line numbers stay exact after a quoted field over three lines")
        #expect(excel.diagnostics.map(\.message) == plain.diagnostics.map(\.message))

        let excelWorkspace = try #require(excel.workspace)
        let plainWorkspace = try #require(plain.workspace)
        #expect(excelWorkspace.catalogue.criterion("GOU-02")?.title == "Référent; désigné")
        #expect(plainWorkspace.catalogue.criterion("GOU-02")?.title == "Référent; désigné")
        #expect(excelWorkspace.catalogue.criteria.map(\.weight) == [1.5, 2, 1])
        #expect(excelWorkspace.catalogue.criteria.map(\.weight) == plainWorkspace.catalogue.criteria.map(\.weight))
        #expect(excelWorkspace.catalogue.domains.map(\.weight) == plainWorkspace.catalogue.domains.map(\.weight))
        // "the same criteria give the same fingerprint whatever the file's encoding, delimiter or line ends"
        #expect(excelWorkspace.catalogue.fingerprint == plainWorkspace.catalogue.fingerprint)

        func summary(_ workspace: Workspace) -> [String] {
            workspace.answers.map { "\($0.unit)/\($0.criterion) \($0.value.code) line \($0.location.line) \($0.comment.debugDescription)" }
        }
        #expect(summary(excelWorkspace) == summary(plainWorkspace))
        #expect(summary(plainWorkspace) == [
            "DEP/GOU-01 met line 2 \"Première ligne\\nseconde ligne, avec virgule\\ntroisième \\\"citée\\\"\"",
            "SPOP/GOU-01 not_met line 7 \"\"",
        ])
    }

    @Test("diagnostics are sorted by file, then line, then column, errors before warnings")
    func sorted() {
        let loaded = Fixture.load("sorting")
        #expect(loaded.findings == [
            "audits/2024/z.csv:2:1 warning missing-answers",
            "audits/2024/z.csv:2:3 error unknown-answer",
            "audits/2024/z.csv:3:3 error answer-off-scale",
            "audits/2025/a.csv:2:1 warning missing-answers",
            "audits/2025/a.csv:2:2 error unknown-criterion",
            "audits/2025/a.csv:3:1 error unknown-unit",
            "audits/2025/a.csv:4:3 error answer-off-scale",
            "audits/2025/b.csv:2:1 warning missing-answers",
            "audits/2025/b.csv:2:3 error unknown-answer",
        ])
        #expect(loaded.raw.diagnostics == loaded.raw.diagnostics.sortedForOutput())
        loaded.expect("unknown-criterion", at: "audits/2025/a.csv:2:2", "'GOU-9'", "did you mean 'GOU-01'?")
    }

    @Test("which files of a year folder are answer sheets")
    func answerSheetNames() {
        #expect(WorkspaceLayout.isAnswerSheetName("SPOP.csv"))
        #expect(WorkspaceLayout.isAnswerSheetName("SPOP.CSV"))
        #expect(!WorkspaceLayout.isAnswerSheetName("~$SPOP.csv"), "Excel's lock file beside an open sheet")
        #expect(!WorkspaceLayout.isAnswerSheetName(".SPOP.csv"))
        #expect(WorkspaceLayout.isAnswerSheetName("SPOP.xlsx"))
        #expect(WorkspaceLayout.isAnswerSheetName("SPOP.XLSX"))
        #expect(!WorkspaceLayout.isAnswerSheetName("~$SPOP.xlsx"), "Excel's lock file beside an open workbook")
        #expect(!WorkspaceLayout.isAnswerSheetName("SPOP.xls"))
        #expect(!WorkspaceLayout.isAnswerSheetName("SPOP.ods"))
        #expect(WorkspaceLayout.isYearFolder("2025"))
        #expect(!WorkspaceLayout.isYearFolder("brouillon"))
        #expect(!WorkspaceLayout.isYearFolder("2025-old"))
    }

    @Test("CSVFile reports the header line and each record's physical line")
    func csvFileLines() throws {
        let path = Fixture.path("dialects") + "/audits/2025/excel.csv"
        let read = CSVFile.read(path: path, displayPath: "excel.csv")
        #expect(read.diagnostics.isEmpty)
        let table = try #require(read.table)
        #expect(table.header == ["Year", "UNIT", "Criterion", "Answer", "Comment", "Remarque interne"])
        #expect(table.headerLine == 1)
        #expect(table.records.map(\.line) == [2, 5, 6])
        #expect(table.hasColumn("answer"))
        #expect(table.columnIndex("remarque interne") == 5)
    }
}
