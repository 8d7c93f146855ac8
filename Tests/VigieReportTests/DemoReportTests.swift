import Foundation
import Testing
import VigieCore
import VigieReport
import VigieWorkspace

/// The demo workspace's reports show what DEMO-DATA.md says they show.
@Suite("the demo's reports")
struct DemoReportTests {
    static let repository = Fixture.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test("OVJ 2026's En bref gives −12,9 since 2025; DFI has a department page for 2024, 2025 and 2026")
    func demo() throws {
        let loaded = WorkspaceLoader.load(at: Self.repository)
        let workspace = try #require(loaded.workspace)
        let pages = try HTMLReport.render(Scoring.score(workspace), workspace: workspace,
                                          options: .init(language: .fr, date: Fixture.date, version: "test"))
        let ovj = try #require(pages["2026/OVJ.html"])
        let summary = try #require(ovj.range(of: "id=\"s-summary\"").map { String(ovj[$0.upperBound...].prefix(3000)) })
        #expect(summary.contains("Score</dt><dd>45,3<small class=\"chg down\"><span class=\"sym\" aria-hidden=\"true\">▼</span>−12,9 depuis 2025 (alors 58,1)</small>"))
        #expect(ovj.contains("<h1 data-status=\"complete\">Office des véhicules <span class=\"id\">OVJ</span> · 2026</h1>"))
        for year in 2024...2026 { #expect(pages["\(year)/departments/DFI.html"] != nil, "\(year)") }
        #expect(pages["2024/index.html"] != nil && pages["2025/index.html"] != nil)
    }
}
