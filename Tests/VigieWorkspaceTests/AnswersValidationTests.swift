import Testing
import VigieCore
import VigieWorkspace

@Suite("Answers validation")
struct AnswersValidationTests {
    @Test("every error of answer sheets, across two files, at its cell")
    func everyAnswerError() {
        let loaded = Fixture.load("answer-errors")
        #expect(loaded.findings == [
            "audits/2025/a.csv:2:2 warning missing-answers",
            "audits/2025/a.csv:2:3 error unknown-criterion",
            "audits/2025/a.csv:3:2 error unknown-unit",
            "audits/2025/a.csv:4:4 error unknown-answer",
            "audits/2025/a.csv:5:4 error answer-off-scale",
            "audits/2025/a.csv:6:4 error answer-off-scale",
            "audits/2025/a.csv:7:1 error year-mismatch",
            "audits/2025/a.csv:7:2 warning missing-answers",
            "audits/2025/a.csv:8:1 error bad-year",
            "audits/2025/a.csv:10:3 error unknown-criterion",
            "audits/2025/b.csv:2:1 warning missing-answers",
            "audits/2025/b.csv:2:3 error answer-off-scale",
            "audits/2025/b.csv:3:2 error duplicate-answer",
            "audits/2025/b.csv:4:1 error missing-unit",
            "audits/2025/b.csv:5:2 error missing-criterion",
            "audits/2025/b.csv:6:3 error answer-off-scale",
        ])
    }

    @Test("the messages of answer errors")
    func answerMessages() throws {
        let loaded = Fixture.load("answer-errors")
        let a = "audits/2025/a.csv", b = "audits/2025/b.csv"
        // A case-only difference gets the right id as its suggestion.
        loaded.expect("unknown-criterion", at: "\(a):2:3", column: "criterion", "unknown criterion 'gou-01'", "did you mean 'GOU-01'?")
        loaded.expect("unknown-criterion", at: "\(a):10:3", column: "criterion", "unknown criterion 'XYZ-42'", "the catalogue 'base'")
        #expect(loaded.diagnostic("unknown-criterion", at: "\(a):10:3")?.message.contains("did you mean") == false)
        loaded.expect("unknown-unit", at: "\(a):3:2", column: "unit", "unknown unit 'SPOQ'", "units.csv", "did you mean 'SPOP'?")
        loaded.expect("unknown-answer", at: "\(a):4:4", column: "answer", "'peut-être' is not an answer", "yes / partial / no / not applicable")
        #expect(loaded.diagnostic("unknown-answer", at: "\(a):4:4")?.finding.text(in: .fr).contains("oui / partiel / non / sans objet") == true)
        loaded.expect("answer-off-scale", at: "\(a):5:4", column: "answer", "'GOU-02'", "met or not met", "not 'partiel'")
        loaded.expect("answer-off-scale", at: "\(a):6:4", column: "answer", "'REC-01'", "level from 0 to 4", "not 'oui'")
        loaded.expect("answer-off-scale", at: "\(b):2:3", column: "answer", "'GOU-01'", "not the level '3'")
        loaded.expect("answer-off-scale", at: "\(b):6:3", column: "answer", "'GOU-02'", "not '2'")
        loaded.expect("year-mismatch", at: "\(a):7:1", column: "year", "says 2024", "folder 2025")
        loaded.expect("bad-year", at: "\(a):8:1", column: "year", "'25' is not a year")
        loaded.expect("missing-unit", at: "\(b):4:1", column: "unit", "the unit is empty")
        loaded.expect("missing-criterion", at: "\(b):5:2", column: "criterion", "the criterion is empty")

        // A duplicate names both places, across files: the second row (the location) and the first (the message and `related`).
        let duplicate = try #require(loaded.diagnostic("duplicate-answer", at: "\(b):3:2"))
        #expect(duplicate.location.columnName == "criterion")
        #expect(duplicate.message.contains("the unit 'DEP' answers 'REC-01' twice in 2025; the first answer is at \(a):9:3"))
        #expect(duplicate.related?.description == "\(a):9:3")
    }

    @Test("rows with an error are left out; an empty year means the folder's year")
    func onlyValidRowsCount() throws {
        let loaded = Fixture.load("answer-errors")
        let workspace = try #require(loaded.workspace)
        #expect(workspace.answers.count == 1)
        let answer = try #require(loaded.answers["DEP/REC-01"])
        #expect(answer.year == 2025)
        #expect(answer.value == .level(3))
        #expect(answer.location.description == "\(Fixture.path("answer-errors"))/audits/2025/a.csv:9:1")
        // An unknown unit is not audited.
        #expect(workspace.audited[2025] == ["DEP", "SPOP", "SPAJ"])
    }

    @Test("missing answers: one warning per unit and year, at the unit cell of its first row, none for unknown units")
    func missingAnswers() {
        let loaded = Fixture.load("answer-errors")
        loaded.expect("missing-answers", at: "audits/2025/a.csv:2:2", column: "unit",
                      "the unit 'SPOP' has no answer in 2025 for 1 criterion", "counted as unanswered", "REC-02")
        loaded.expect("missing-answers", at: "audits/2025/b.csv:2:1", column: "unit",
                      "the unit 'SPAJ' has no answer in 2025 for 2 criteria", "REC-01, REC-02")
        #expect(!loaded.diagnostics.contains { $0.code == "missing-answers" && $0.message.contains("SPOQ") })
    }

    @Test("without units.csv any unit is accepted, and the units come from the answers")
    func withoutUnitsFile() throws {
        let loaded = Fixture.load("no-units")
        #expect(!loaded.raw.diagnostics.hasErrors)
        #expect(loaded.findings("unknown-unit") == [])
        let workspace = try #require(loaded.workspace)
        #expect(!workspace.hasUnitsFile)
        #expect(workspace.units.map(\.id) == ["AUTRE", "N'IMPORTE"])
        #expect(workspace.units.allSatisfy { $0.parent == nil })
        #expect(workspace.answers.count == 2)
    }
}
