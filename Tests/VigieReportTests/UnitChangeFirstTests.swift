import Foundation
import Testing
@testable import VigieReport

/// The unit page leads with change (PRODUCT.md, Revision 2): "En bref" gives the Δ since the previous comparable
/// audit naming its year, the rating and rank then, the criteria that moved (critical first); the first five
/// priorities come next with a link to the full list; each overdue action shows once; changed answers show their
/// new comment; the level scale's shared guidance is said once.
///
/// The fixture's SEN, by hand (domain weights REC 2, ACC 1, FOR 1):
/// 2025: REC (REC-01 met, REC-02 met) 100; ACC (ACC-01 met, ACC-03 partial) 75; FOR (FOR-01 level 3 = 0,75,
///       FOR-02 met) 87,5 → S = (2·100 + 75 + 87,5) / 4 = 90,625.
/// 2026: REC (REC-01, REC-02 met, REC-03 level 4) 100; ACC (ACC-02 partial, ACC-03 not met) 25; FOR (FOR-01 level 2,
///       FOR-02 met) 75 → S = (200 + 25 + 75) / 4 = 75,0. Δ = 75 − 90,625 = −15,625 → "−15,6".
/// Answers that fell: ACC-03 (critical) partial → not met, FOR-01 3 → 2, ACC-02 (replaces ACC-01) met → partial.
@Suite("unit page: change first")
struct UnitChangeFirstTests {
    static func section(_ html: String, from start: String, to end: String) throws -> String {
        let lower = try #require(html.range(of: start)).upperBound
        let upper = try #require(html.range(of: end, range: lower..<html.endIndex)).lowerBound
        return String(html[lower..<upper])
    }

    static func summary(_ language: ReportLanguage) throws -> String {
        let page = try #require(try Fixture.render(language)["2026/SEN.html"])
        return try section(page, from: "id=\"s-summary\"", to: "id=\"s-actions\"")
    }

    @Test("En bref gives the Δ since the previous audit with its year, the rating and rank then")
    func delta() throws {
        let fr = try Self.summary(.fr)
        #expect(fr.contains("<small class=\"chg down\"><span class=\"sym\" aria-hidden=\"true\">▼</span>−15,6 depuis 2025 (alors 90,6)</small>"))
        // 2025: 90,625 ≥ 85 and ACC-03 (critical) partial, which does not cap: Exemplaire.
        #expect(fr.contains("en 2025\u{00A0}: Exemplaire"))
        #expect(fr.contains("<dt>Rang</dt><dd>") && fr.contains("<small>en 2025\u{00A0}: "))
        let de = try Self.summary(.de)
        #expect(de.contains("−15.6 seit 2025 (damals 90.6)"))
        let en = try Self.summary(.en)
        #expect(en.contains("−15.6 since 2025 (then 90.6)"))
        let it = try Self.summary(.it)
        #expect(it.contains("−15,6 dal 2025 (allora 90,6)"))
    }

    @Test("En bref names the criteria whose answer fell, critical first, with their answers then and now")
    func moved() throws {
        let fr = try Self.summary(.fr)
        let list = try Self.section(fr, from: "<ul class=\"moved\">", to: "</ul>")
        let links = try NSRegularExpression(pattern: ##"<a href="#c-[^"]+">([A-Z]+-[0-9]+)</a>"##)
        let ids = links.matches(in: list, range: NSRange(list.startIndex..., in: list)).map { match in
            String(list[Range(match.range(at: 1), in: list)!])
        }
        // ACC-03 is critical: it comes first; then the others in the order of the fall, largest first.
        #expect(ids.first == "ACC-03")
        #expect(Set(ids) == ["ACC-03", "ACC-02", "FOR-01"])
        #expect(list.contains("partiel → non rempli"))
        #expect(fr.contains("<dt>Critères en recul</dt><dd><a href=\"#s-changes\">3</a>"))
        #expect(fr.contains("<dt>Critères améliorés</dt><dd><a href=\"#s-changes\">0</a>"))
    }

    @Test("a first audit has no change to show")
    func firstAudit() throws {
        let page = try #require(try Fixture.render(.fr)["2025/SEN.html"])
        let summary = try Self.section(page, from: "id=\"s-summary\"", to: "id=\"s-actions\"")
        #expect(!summary.contains("class=\"chg"))
        #expect(!summary.contains("Critères en recul"))
    }

    @Test("each overdue action shows once on the page, and En bref counts it")
    func overdueOnce() throws {
        let page = try #require(try Fixture.render(.fr)["2026/SEN.html"])
        // ACC-03's action (due 30.06.2026, in progress) is overdue on 27.11.2026; ACC-03 is on the action list.
        let text = "Former les secrétariats d&#39;école à l&#39;accueil des familles allophones"
        #expect(page.components(separatedBy: text).count - 1 == 1)
        #expect(try Self.summary(.fr).contains("ni réalisées ni abandonnées)\u{00A0}: 1."))
        #expect(!page.contains("<ul class=\"overdue\">"))
    }

    @Test("the first priorities before the domains, the full list further down")
    func topFive() throws {
        let page = try #require(try Fixture.render(.fr)["2026/SEN.html"])
        let top = try Self.section(page, from: "id=\"s-actions\"", to: "id=\"s-domains\"")
        let full = try Self.section(page, from: "id=\"s-all-actions\"", to: "id=\"s-criteria\"")
        let topRows = top.components(separatedBy: "<tr><td class=\"num\"").count - 1
        let fullRows = full.components(separatedBy: "<tr><td class=\"num\"").count - 1
        #expect(topRows == min(UnitPageModel.topCount, fullRows))
        #expect(fullRows > 0)
        // The brief rows have neither guidance nor planned actions: each shows once, in the full list.
        #expect(!top.contains("data-label=\"Comment y parvenir\""))
        #expect(full.contains("data-label=\"Comment y parvenir\""))
    }

    @Test("a changed answer shows the comment given with the new answer")
    func changeComment() throws {
        let page = try #require(try Fixture.render(.fr)["2026/SEN.html"])
        let changes = try Self.section(page, from: "id=\"s-changes\"", to: "</table>")
        #expect(changes.contains("<th scope=\"col\">Commentaire</th>"))
        #expect(changes.contains("<td data-label=\"Commentaire\">Travaux prévus en 2027</td>"))
    }

    @Test("the guidance the level criteria share is said once")
    func sharedGuidance() {
        let scale = "Niveaux : 0 rien ; 4 tout."
        let texts = [scale + " Au niveau 2, les lettres.", scale + " Au niveau 3, les tests.", scale]
        #expect(SharedGuidance.sharedSentences(texts) == scale)
        let shared = SharedGuidance(text: scale)
        #expect(shared.own(texts[0], scale: .level) == "Au niveau 2, les lettres.")
        #expect(shared.own(texts[0], scale: .ternary) == texts[0])
        // An opening shared only up to the middle of a sentence is not cut.
        #expect(SharedGuidance.sharedSentences(["Niveaux : un.", "Niveaux : deux."]) == nil)
        #expect(SharedGuidance.sharedSentences(["A. B c.", "A. B d."]) == "A.")
    }

    @Test("the trend chart's title is a sentence naming the unit and its years", arguments: ReportLanguage.allCases)
    func chartTitle(_ language: ReportLanguage) throws {
        let page = try #require(try Fixture.render(language)["2026/SEN.html"])
        let expected: [ReportLanguage: String] = [
            .fr: "Service de l’enseignement\u{00A0}: score par année, 2025–2026", .de: "Service de l’enseignement: Punktzahl nach Jahr, 2025–2026",
            .en: "Service de l’enseignement: score by year, 2025–2026", .it: "Service de l’enseignement: punteggio per anno, 2025–2026",
        ]
        #expect(page.contains("<title id=\"chart-trend-t\">\(expected[language]!)</title>"))
    }
}
