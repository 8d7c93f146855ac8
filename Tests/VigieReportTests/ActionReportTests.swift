import Testing
import VigieReport

/// Remediation actions in the pages: beside each gap, overdue ones first, counted on the index — at the report
/// date given, never the clock. The fixture's SEN has three actions: ACC-03 due 30.06.2026 "en cours",
/// ACC-02 due 31.03.2027 "prévu", FOR-01 due 31.12.2025 "fait".
struct ActionReportTests {
    @Test func overdueDependsOnTheReportDateOnly() throws {
        // On 27.11.2026 the ACC-03 action (due 30.06.2026, in progress) is overdue; FOR-01 is done, ACC-02 not yet due.
        let late = try Fixture.render(.fr, date: ReportDate(iso: "2026-11-27")!)["2026/SEN.html"]!
        #expect(late.contains("ni réalisées ni abandonnées)\u{00A0}: 1."))
        // On 01.06.2026 nothing is overdue yet.
        let early = try Fixture.render(.fr, date: ReportDate(iso: "2026-06-01")!)["2026/SEN.html"]!
        #expect(early.contains("Aucune mesure en retard au 01.06.2026."))
        #expect(!early.contains("<span class=\"tag crit\">en retard</span>"))
        // Without a date, no overdue is claimed and the page says why.
        let undated = try Fixture.render(.fr, date: nil)["2026/SEN.html"]!
        #expect(undated.contains("les retards ne sont pas calculés"))
    }

    @Test func actionsStandBesideTheirGapAndTheIndexCountsThem() throws {
        let pages = try Fixture.render(.en, date: ReportDate(iso: "2026-11-27")!)
        let unit = pages["2026/SEN.html"]!
        #expect(unit.contains("Publish the") == false)  // texts are the workspace's own, not translated
        #expect(unit.contains("Publier le guide d&#39;accueil en langage simplifié"))
        #expect(unit.contains("due 31/03/2027 · planned"))
        // "En bref", before the table of gaps, counts the overdue action; the action itself stands beside its gap, once.
        let count = unit.range(of: "Overdue actions (due before 27/11/2026, neither done nor dropped): 1.")!
        let table = unit.range(of: "<th scope=\"col\">Planned actions</th>")!
        #expect(count.lowerBound < table.lowerBound)
        #expect(unit.contains("<p class=\"plan\"><span class=\"tag crit\">overdue</span> Former les secrétariats"))
        let index = pages["index.html"]!
        // SEN: 2 open (in progress, planned), 1 overdue.
        #expect(index.contains("<td class=\"num\" data-label=\"Open actions\">2</td><td class=\"num\" data-label=\"Overdue\">1 <span class=\"tag crit\">overdue</span></td>"))
    }
}
