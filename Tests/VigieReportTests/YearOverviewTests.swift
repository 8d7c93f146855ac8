import Foundation
import Testing
@testable import VigieReport

/// An overview per audited year (`<year>/index.html`; `index.html` is the current year's) and every page linking to
/// its own year's overview and departments (PRODUCT.md, Revision 2). The fixture is audited in 2025 and 2026.
@Suite("year overviews")
struct YearOverviewTests {
    @Test("an earlier year's overview shows that year only, its links one folder up", arguments: ReportLanguage.allCases)
    func earlierYear(_ language: ReportLanguage) throws {
        let pages = try Fixture.render(language)
        let overview = try #require(pages["2025/index.html"])
        #expect(!overview.contains("⟦"))
        #expect(overview.contains("<a href=\"../2025/SEN.html\">"))
        #expect(overview.contains("<a href=\"../2025/departments/DFC.html\">"))
        #expect(!overview.contains("2026/"), "no link to a later year's page but the current overview")
        #expect(overview.contains("<a href=\"../index.html\">2026</a>"))
        #expect(overview.contains("<a href=\"../2025/index.html\" aria-current=\"page\">2025</a>"))
        // The current year's overview at its year's place is the index, its links one folder up.
        let current = try #require(pages["2026/index.html"])
        #expect(current.contains("<a href=\"../2026/SEN.html\">"))
    }

    @Test("a page links to its own year's overview and departments, never to another year's")
    func ownYear() throws {
        let pages = try Fixture.render(.fr)
        let unit = try #require(pages["2025/SEN.html"])
        #expect(unit.contains("<a href=\"../2025/index.html\">Vue d’ensemble 2025</a>"))
        #expect(unit.contains("<a href=\"../2025/index.html#s-departments\">Départements 2025</a>"))
        #expect(!unit.contains("Vue d’ensemble 2026"))
        let department = try #require(pages["2025/departments/DFC.html"])
        #expect(department.contains("<a href=\"../../2025/index.html\">Vue d’ensemble 2025</a>"))
        #expect(!department.contains("Vue d’ensemble 2026"))
        let latest = try #require(pages["2026/SEN.html"])
        #expect(latest.contains("<a href=\"../index.html\">Vue d’ensemble 2026</a>"))
        #expect(try #require(pages["index.html"]).contains("<a href=\"2025/index.html\">2025</a>"))
    }

    @Test("the ranking shows each unit's rank at its previous audit; the departments' remarks stand under their names")
    func rankChange() throws {
        let index = try #require(try Fixture.render(.fr)["index.html"])
        // SEN: 1st of 4 in 2025 (90,625), 3rd of 4 in 2026 (75,0): it fell.
        #expect(index.contains("<td class=\"rankchg down\" data-label=\"Rang à l’audit précédent\"><span class=\"sym\" aria-hidden=\"true\">▼</span>en 2025\u{00A0}: 1er</td><th scope=\"row\"><a href=\"2026/SEN.html\">"))
        #expect(!index.contains(">Remarques<"))
        let earliest = try #require(try Fixture.render(.fr)["2025/index.html"])
        #expect(earliest.contains("pas classée à l’audit précédent"))
    }
}
