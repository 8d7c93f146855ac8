import Testing
import VigieCore
import VigieWorkspace

@Suite("Warnings")
struct WarningTests {
    @Test("every kind of warning, at its cell; the workspace stays usable")
    func everyWarning() {
        let loaded = Fixture.load("warnings")
        #expect(loaded.findings == [
            "audits/2025/a.csv:2:3 warning na-without-comment",
            "audits/2025/a.csv:3:4 warning missing-evidence",
            "audits/2025/a.csv:3:7 warning bad-date",
            "audits/2025/a.csv:4:2 warning criterion-out-of-years",
            "audits/2025/a.csv:6:1 warning unit-out-of-years",
            "audits/2025/a.csv:6:1 warning missing-answers",
            "audits/2025/b.csv:1:1 warning empty-file",
            "audits/2025/c.csv:1:1 warning folder-skipped",
            "audits/2025/d.csv:1:1 warning windows-1252",
        ])
        #expect(!loaded.raw.diagnostics.hasErrors)
        #expect(loaded.workspace != nil)
        // domains, criteria, units, a, b (empty) and d; not c (a folder), ~$d.csv (Excel's lock file),
        // notes.txt, nor audits/brouillon/ (not a year).
        #expect(loaded.raw.filesRead == 6)
    }

    @Test("the messages of warnings")
    func warningMessages() {
        let loaded = Fixture.load("warnings")
        let a = "audits/2025/a.csv"
        loaded.expect("na-without-comment", at: "\(a):2:3", column: "answer", "'GOU-01' is answered not applicable without a comment")
        loaded.expect("missing-evidence", at: "\(a):3:4", column: "evidence", "'GOU-02' asks for evidence", "'oui' cites none")
        loaded.expect("bad-date", at: "\(a):3:7", column: "date", "'31.02.2025' is not a date", "dd.mm.yyyy or yyyy-mm-dd")
        loaded.expect("criterion-out-of-years", at: "\(a):4:2", column: "criterion", "'OLD-01' applies only until 2023", "ignored")
        loaded.expect("unit-out-of-years", at: "\(a):6:1", column: "unit", "'SPOP'", "from 2026 on", "scored all the same")
        loaded.expect("missing-answers", at: "\(a):6:1", column: "unit", "'SPOP' has no answer in 2025 for 1 criterion", "REC-01")
        loaded.expect("empty-file", at: "audits/2025/b.csv:1:1", "empty", "skipped")
        loaded.expect("folder-skipped", at: "audits/2025/c.csv:1:1", "folder", "skipped")
        loaded.expect("windows-1252", at: "audits/2025/d.csv:1:1", "Windows-1252", "CSV UTF-8")
    }

    @Test("an answer to a criterion outside its years is ignored; a unit outside its years is still scored")
    func outOfYears() throws {
        let loaded = Fixture.load("warnings")
        let answers = loaded.answers
        #expect(answers["DEP/OLD-01"] == nil)
        #expect(answers["SPOP/GOU-01"]?.value == .met)
        #expect(loaded.workspace?.audited[2025] == ["DEP", "SPOP"])
        #expect(answers.count == 5)
    }

    @Test("a Windows-1252 file is read with its accents")
    func windows1252() throws {
        let answer = try #require(Fixture.load("warnings").answers["SPOP/GOU-02"])
        #expect(answer.comment == "Pas de référent désigné")
        #expect(answer.value == .notMet)
    }

    @Test("dates: dd.mm.yyyy, d.m.yyyy and yyyy-mm-dd are understood")
    func datesInSheets() throws {
        let loaded = Fixture.load("valid")
        #expect(loaded.answers["DEP/GOU-01"]?.date == "15.03.2025")
        #expect(loaded.answers["DEP/GOU-01"]?.isoDate == "2025-03-15")
        #expect(loaded.answers["DEP/REC-01"]?.isoDate == "2025-03-15")
        #expect(loaded.answers["SPOP/GOU-02"]?.isoDate == "2025-04-01")
        #expect(Fixture.load("warnings").answers["DEP/GOU-02"]?.isoDate == nil, "31.02.2025 is no day")
    }

    @Test("dates", arguments: [
        ("15.03.2025", "2025-03-15"), ("1.4.2025", "2025-04-01"), ("2025-03-15", "2025-03-15"), ("2025-3-5", "2025-03-05"),
        ("29.02.2024", "2024-02-29"), ("31.12.2025", "2025-12-31"),
    ])
    func readableDates(text: String, iso: String) {
        #expect(ValueParsing.isoDate(text) == iso)
    }

    @Test("unreadable dates", arguments: [
        "31.02.2025", "29.02.2025", "31.04.2025", "00.01.2025", "15.13.2025", "15.03.25", "15/03/2025", "2025-02-30",
        "+1.3.2025", "1.-3.2025", "2025-03-15T10:00", "mars 2025", "15.03.2025.", "",
    ])
    func unreadableDates(text: String) {
        #expect(ValueParsing.isoDate(text) == nil)
    }
}
