import Foundation
import Testing
@testable import VigieReport

/// `<year>/departments/<id>.html`: a page per department and year (PRODUCT.md, Revision 2). The fixture has two
/// departments, DIN (SPOP, SAM) and DFC (SEN, OCU renamed OCC in 2026), audited in 2025 and 2026; SEN's 2026
/// rating is capped by ACC-03 (critical, not met).
@Suite("department pages")
struct DepartmentPageTests {
    @Test("a page per department and year, in every language", arguments: ReportLanguage.allCases)
    func pages(_ language: ReportLanguage) throws {
        let pages = try Fixture.render(language)
        let departments = pages.keys.filter { $0.contains("/departments/") }.sorted()
        #expect(departments == ["2025/departments/DFC.html", "2025/departments/DIN.html",
                                "2026/departments/DFC.html", "2026/departments/DIN.html"])
        for path in departments {
            let page = try #require(pages[path])
            #expect(!page.contains("⟦"), "\(path): a text is missing")
            #expect(page.contains("<svg"), "\(path): the chart")
            #expect(page.contains("<html lang=\"\(language.htmlLang)\""), "\(path)")
        }
    }

    @Test("members link to their pages, with score, Δ naming its year, rating and status; the capped one says why")
    func members() throws {
        let pages = try Fixture.render(.fr)
        let page = try #require(pages["2026/departments/DFC.html"])
        #expect(page.contains("<a href=\"../../2026/SEN.html\">Service de l’enseignement</a>"))
        #expect(page.contains("<span class=\"q\">depuis 2025</span>"))
        // SEN 2026: 75,0, Δ −15,6 (see UnitChangeFirstTests for the arithmetic).
        #expect(page.contains("<td class=\"num\" data-label=\"Score\">75,0</td><td class=\"num\" data-label=\"Δ depuis l’audit précédent\">−15,6<span class=\"q\">depuis 2025</span></td>"))
        #expect(page.contains("<span class=\"tag crit\">plafonnée</span>"))
        let capped = try #require(page.range(of: "<h3>Appréciations plafonnées</h3>"))
        let list = page[capped.upperBound...].prefix(600)
        #expect(list.contains("<a href=\"../../2026/SEN.html\">Service de l’enseignement</a>\u{00A0}: appréciation plafonnée"))
        #expect(list.contains("ACC-03 (Locaux accessibles)"))
        // The years: one row per year up to the page's, the other year linked.
        #expect(page.contains("<th scope=\"row\"><a href=\"../../2025/departments/DFC.html\">2025</a></th>"))
        let earlier = try #require(pages["2025/departments/DFC.html"])
        #expect(!earlier.contains(">2026</th>"))
    }

    @Test("the index's departments and a unit's breadcrumb link to the department's page of the year")
    func links() throws {
        let pages = try Fixture.render(.fr)
        #expect(try #require(pages["index.html"]).contains("<th scope=\"row\"><a href=\"2026/departments/DFC.html\">"))
        #expect(try #require(pages["2025/SEN.html"]).contains("<a href=\"../2025/departments/DFC.html\">"))
    }
}
