import Testing
import VigieCore
@testable import VigieReport

/// The pages under PRODUCT.md, Revision 2: unanswered domains, comparisons not made, a campaign in progress.
struct CampaignPageTests {
    /// Domains A (A1, A2) and B (B1), weight 1 each. U: 2024 complete, 2025 incomplete, 2026 complete with B
    /// unanswered, 2027 a blank sheet. V: complete in 2025 and 2026.
    static func pages(year: Int? = nil) throws -> [String: String] {
        let catalogue = Catalogue(name: "t", domains: [Domain(id: "A", title: "Alpha"), Domain(id: "B", title: "Beta")],
                                  criteria: [Criterion(id: "A1", domain: "A"), Criterion(id: "A2", domain: "A"), Criterion(id: "B1", domain: "B")])
        var answers: [Answer] = []
        func sheet(_ year: Int, _ unit: String, _ values: [AnswerValue]) {
            for (criterion, value) in zip(["A1", "A2", "B1"], values) {
                answers.append(Answer(year: year, unit: unit, criterion: criterion, value: value))
            }
        }
        sheet(2024, "U", [.met, .met, .met])
        sheet(2025, "U", [.met, .unanswered, .unanswered])
        sheet(2026, "U", [.met, .partial, .unanswered])
        sheet(2027, "U", [.unanswered, .unanswered, .unanswered])
        sheet(2025, "V", [.met, .met, .met])
        sheet(2026, "V", [.met, .met, .notMet])
        var audited: [Int: Set<String>] = [:]
        for answer in answers { audited[answer.year, default: []].insert(answer.unit) }
        let workspace = Workspace(catalogue: catalogue, units: [OrgUnit(id: "U"), OrgUnit(id: "V")], hasUnitsFile: false,
                                  answers: answers, audited: audited)
        // A minimum coverage of 60 %: U 2026 answers 2 of 3 (66.7 %), complete; U 2025 1 of 3 (33.3 %), incomplete.
        let results = Scoring.score(workspace, options: ScoringOptions(minimumCoverage: 0.6))
        return try HTMLReport.render(results, workspace: workspace, options: .init(year: year, language: .en, version: "test"))
    }

    @Test func aDomainWithoutAnswersReadsNotAnsweredAndIsNeverTheWeakest() throws {
        let page = try #require(try Self.pages()["2026/U.html"])
        // U 2026: S(A) = 100 × (1 + 0.5) / 2 = 75; B unanswered: S(B) = 0 by the formula, coverage 0.
        #expect(page.contains("Strongest domain: Alpha (75.0); weakest: Alpha (75.0)."))
        #expect(!page.contains("Beta (0.0)"))
        #expect(page.contains(">not answered<"))
    }

    @Test func pairsWithAnIncompleteEndAreListedWithoutADeltaAndLeftOutOfTheMoves() throws {
        let trends = try #require(try Self.pages()["trends.html"])
        // U 2024→2025 and 2025→2026 have the incomplete 2025 at one end.
        #expect(trends.contains(#"<td data-label="Period">2024 → 2025</td><td data-label="Remarks">not comparable (incomplete in 2025)</td>"#))
        #expect(trends.contains(#"<td data-label="Period">2025 → 2026</td><td data-label="Remarks">not comparable (incomplete in 2025)</td>"#))
        // The moves hold only V 2025→2026: 2025 S = 100; 2026 S(A) = 100, S(B) = 0, S = (100 + 0) / 2 = 50: Δ = −50.
        let moves = String(trends[trends.range(of: "id=\"s-moves\"")!.lowerBound..<trends.range(of: "id=\"s-not-comparable\"")!.lowerBound])
        #expect(moves.contains("−50.0"))
        #expect(!moves.contains(">U</span>"))
    }

    @Test func aNotStartedUnitHasNoScoreAndNoActionList() throws {
        // The same sheets, rendered on the campaign's year itself: U's 2027 page.
        let page = try #require(try Self.pages(year: 2027)["2027/U.html"])
        #expect(page.contains("Not started: no answer is entered for 2027."))
        #expect(page.contains("No action list until the sheet is started."))
        #expect(!page.contains("Every criterion that counts is met"))
        #expect(page.contains("<span class=\"tag\">not started</span>"))
    }

    @Test func theIndexOpensOnTheLastCompleteYearWithTheCampaignInProgress() throws {
        let pages = try Self.pages()
        let index = try #require(pages["index.html"])
        #expect(index.contains("<h1>Non-discrimination audit 2026: overview</h1>"))
        #expect(index.contains("Campaign 2027 in progress"))
        #expect(index.contains("not started 1, in progress 0, complete 0 (of 1 units)"))
        // No page of the campaign's year: its figures are not results.
        #expect(!pages.keys.contains { $0.hasPrefix("2027/") })
    }
}
