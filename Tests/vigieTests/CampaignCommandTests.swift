import Foundation
import Testing

/// PRODUCT.md, Revision 2, end to end on a copy of the `valid` workspace (DEP answers GOU-01, GOU-02, REC-01 and
/// REC-02 in 2025): the rows HR see, and a campaign that has just begun.
struct CampaignCommandTests {
    /// A sheet whose row 3 holds a comment on two lines and whose row 6 a word outside the vocabulary.
    static let sheet = """
        year;unit;criterion;answer;evidence;comment
        2025;SPOP;GOU-01;oui;Charte;
        2025;SPOP;GOU-02;non;;"Poste vacant,
        recrutement en cours"

        2025;SPOP;REC-01;3;;
        2025;SPOP;REC-02;peut-être;;

        """

    @Test func aDiagnosticNamesTheRowAndColumnHRSeeAndTheCriterion() throws {
        let workspace = try Fixture.copy("valid")
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
        try Self.sheet.write(to: workspace.appendingPathComponent("audits/2025/spop.csv"), atomically: true, encoding: .utf8)
        let run = try VigieBinary.run(["validate"], in: workspace)
        #expect(run.status == 1)
        // Physical line 7 for editors (the comment spans lines 3–4, line 5 is blank); row 6, column D for Excel.
        #expect(run.stderrLines.contains {
            $0.hasPrefix("audits/2025/spop.csv:7:4: error: row 6, column D (answer), criterion REC-02: 'peut-être' is not an answer")
        }, "\(run.stderr)")

        let json = try VigieBinary.run(["validate", "--format", "json"], in: workspace)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let bad = try #require(diagnostics.first { $0["code"] as? String == "unknown-answer" })
        #expect(bad["line"] as? Int == 7)
        #expect(bad["column"] as? Int == 4)
        #expect(bad["row"] as? Int == 6)
        #expect(bad["column_letter"] as? String == "D")
        #expect(bad["criterion"] as? String == "REC-02")
    }

    /// DEP's 2026 sheet as a fresh template leaves it: every criterion listed, no answer.
    static let blank = """
        year;unit;criterion;answer;evidence;comment
        2026;DEP;GOU-01;;;
        2026;DEP;GOU-02;;;
        2026;DEP;REC-01;;;
        2026;DEP;REC-02;?;;

        """

    @Test func aCampaignJustBegunIsNotedNeverScoredAndTheReportOpensOnTheLastCompleteYear() throws {
        let workspace = try Fixture.copy("valid")
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
        let folder = workspace.appendingPathComponent("audits/2026")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.blank.write(to: folder.appendingPathComponent("dep.csv"), atomically: true, encoding: .utf8)

        let validate = try VigieBinary.run(["validate"], in: workspace)
        #expect(validate.status == 0)
        #expect(validate.stderrLines == [
            "audits/2026/dep.csv:2:2: note: row 2, column B (unit): the sheet of the unit 'DEP' for 2026 is not started: no criterion is answered yet. Until one is, the unit has no score that year and stays out of ranks, roll-ups and trends",
            "0 errors, 0 warnings, 1 note in 5 files",
        ])

        let score = try VigieBinary.run(["score", "--year", "2026", "--format", "csv"], in: workspace)
        let dep = ScoreCommandTests.rows(score.stdout).first { $0["unit"] == "DEP" && $0["scope"] == "unit" && $0["domain"] == "*" }
        #expect(dep?["status"] == "not-started")
        #expect(dep?["score"] == "")
        #expect(dep?["rating"] == "")
        let trends = try VigieBinary.run(["score", "--trends", "--format", "csv"], in: workspace)
        #expect(!trends.stdout.contains(";2026;"))

        let out = workspace.appendingPathComponent("reports")
        let report = try VigieBinary.run(["report", "--lang", "en", "--out", out.path], in: workspace)
        #expect(report.status == 0, "\(report.stderr)")
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<h1>Non-discrimination audit 2025"), "\(index.prefix(600))")
        #expect(index.contains("Campaign 2026 in progress"))
        #expect(index.contains("not started 1, in progress 0, complete 0 (of 1 units)"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("2026").path))
    }
}
