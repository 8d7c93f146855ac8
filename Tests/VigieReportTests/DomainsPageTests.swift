import Foundation
import Testing
@testable import VigieReport

/// `domains.html`: per domain, the distribution of the complete units' scores (a strip and box plot with its numbers
/// in a table) and the canton's domain score over the years, the weakest domain first.
@Suite("domain view")
struct DomainsPageTests {
    @Test("quartiles interpolate between the closest ranks")
    func quartiles() throws {
        // [10, 20, 30, 40]: ranks 0.75, 1.5, 2.25 → 10 + 0.75·10 = 17.5, 20 + 0.5·10 = 25, 30 + 0.25·10 = 32.5.
        let four = try #require(StripChart.quartiles([10, 20, 30, 40]))
        #expect(four == (17.5, 25, 32.5))
        let one = try #require(StripChart.quartiles([5]))
        #expect(one == (5, 5, 5))
        #expect(StripChart.quartiles([]) == nil)
    }

    @Test("the page in every language, weakest domain first, with its chart and table", arguments: ReportLanguage.allCases)
    func page(_ language: ReportLanguage) throws {
        let (workspace, results) = try Fixture.load()
        let pages = try HTMLReport.render(results, workspace: workspace, options: .init(language: language, date: Fixture.date, version: "test"))
        let page = try #require(pages["domains.html"])
        #expect(!page.contains("⟦"))
        #expect(page.contains("<svg class=\"chart strip\""))
        // The table's rows follow the canton's 2026 domain scores, lowest first.
        let canton = try #require(results.year(2026)).canton.domains.filter { $0.score != nil }.sorted { $0.score! < $1.score! }
        let table = try #require(page.range(of: "<tbody>")).upperBound
        let ids = canton.map { domain in page.range(of: "<span class=\"id\">\(domain.domain)</span>", range: table..<page.endIndex)?.lowerBound }
        #expect(ids.allSatisfy { $0 != nil })
        #expect(ids.compactMap { $0 } == ids.compactMap { $0 }.sorted())
        // Every page's navigation links to it.
        #expect(try #require(pages["index.html"]).contains("<a href=\"domains.html\">"))
        #expect(try #require(pages["2025/SEN.html"]).contains("<a href=\"../domains.html\">"))
    }
}
