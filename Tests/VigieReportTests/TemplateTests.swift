import Testing
import VigieCore
@testable import VigieReport

/// `--templates DIR`: a user's page template renders that page kind from the page's model; a user's partial is
/// called in its place by the built-in pages, written by Swift or by Mustache; everything else stays built in.
@Suite("templates")
struct TemplateTests {
    static func render(_ overrides: [String: String]) throws -> [String: String] {
        let templates = try ReportTemplates(overrides: overrides)
        let (workspace, results) = try Fixture.load()
        return try HTMLReport.render(results, workspace: workspace,
                                     options: .init(language: .en, date: Fixture.date, version: "test", templates: templates))
    }

    @Test("an override replaces one template; the others stay built in")
    func override() throws {
        let pages = try Self.render(["figure": "{{#defined}}[{{text}}]{{/defined}}{{^defined}}n/a{{/defined}}"])
        #expect(pages["index.html"]!.contains("[78.0]"))
        #expect(pages["index.html"]!.contains("<!DOCTYPE html>"))
    }

    @Test("a user's unit template reads the page's model by name: the unit, its domains and criteria, priorities, figures, texts and frame")
    func unitTemplate() throws {
        let template = "{{name}} {{id}} {{year}}|{{#criteriaDomains}}{{title}}:{{#criteria}}{{id}},{{/criteria}};{{/criteriaDomains}}"
            + "|{{#top}}{{position}}.{{id}} {{/top}}|{{#score}}{{text}}{{/score}}|{{t.score}}|{{pageTitle}}|{{#change}}{{since}}{{/change}}"
        let pages = try Self.render(["unit": template])
        // SEN 2026 (golden en/2026/SEN.html): score 75.0, criteria by domain as the golden's tables list them,
        // the first priorities ACC-03, ACC-02, FOR-01, audited in 2025 too.
        #expect(pages["2026/SEN.html"] == "Service de l’enseignement SEN 2026|Recrutement:REC-01,REC-02,REC-03,;Accueil du public:ACC-02,ACC-03,;"
            + "Formation:FOR-01,FOR-02,;|1.ACC-03 2.ACC-02 3.FOR-01 |75.0|Score|Service de l’enseignement (SEN) · 2026"
            + "|since 2025")
        // Every unit page through the template, every other page built in.
        for (path, page) in pages {
            let unit = !path.hasSuffix("index.html") && !path.contains("/departments/") && path.contains("/")
            #expect(page.hasPrefix("<!DOCTYPE html>") != unit, "\(path)")
        }
    }

    @Test("a priority row gives a template every field docs/templates.md names, and none of the built-in page's parts")
    func priorityRowFields() throws {
        let template = "{{#actions}}{{position}}|{{anchor}}|{{id}}|{{title}}|{{#critical}}critical{{/critical}}|{{domain}}|{{answer}}"
            + "|{{answerClass}}|{{symbol}}|{{gain}}|{{guidance}}|{{#sharesGuidance}}shared{{/sharesGuidance}}"
            + "|{{#plans}}{{text}}{{/plans}}|{{criterionParts}}{{answerHTML}}{{answerText}}¶{{/actions}}"
        let page = try #require(try Self.render(["unit": template])["2026/SEN.html"])
        // SEN 2026's full action list as the golden en/2026/SEN.html shows it: ACC-03 first (not met, +12.5, critical,
        // one planned action), then ACC-02 (partial, +6.3), then FOR-01 (level 2 of 4, +6.3). No row of the
        // fixture shares the level-scale guidance opening.
        // Texts escaped as Mustache's {{…}} does; the row's parts are not readable (empty after the plans' "|").
        let rows = page.split(separator: "¶").map(String.init)
        #expect(rows.count == 3)
        #expect(rows[0] == "1|c-ACC-03|ACC-03|Locaux accessibles|critical|Accueil du public|not met|not-met|✗|+12.5"
            + "|Faire évaluer les locaux et planifier les travaux.||Former les secrétariats d&#39;école à l&#39;accueil des familles allophones|")
        #expect(rows[1].hasPrefix("2|c-ACC-02|ACC-02|Interprétariat et langue facile||Accueil du public|partial|partial|◐|+6.3|"))
        #expect(rows[2] == "3|c-FOR-01|FOR-01|Formation anti-racisme||Formation|level 2 of 4|partial|◐|+6.3"
            + "|Inscrire chaque nouvelle personne à la formation dans l’année.||Module d&#39;induction sur la non-discrimination|")
    }

    @Test("a unit page's template reads its documented names, not the parts the built-in writer keeps for itself")
    func unitPageHidesItsParts() throws {
        let template = "{{id}}|{{rowSources}}|{{unitParts}}|{{#criteriaDomains}}{{anchor}}:{{rowPositions}}:{{#criteria}}{{id}} {{/criteria}};{{/criteriaDomains}}"
        let page = try #require(try Self.render(["unit": template])["2026/SEN.html"])
        // SEN 2026's criteria domain by domain, as the golden en/2026/SEN.html lists them (ids d-REC, c-REC-01…03,
        // d-ACC, c-ACC-02, c-ACC-03, d-FOR, c-FOR-01, c-FOR-02); nothing between the bars nor the colons.
        #expect(page == "SEN|||d-REC::REC-01 REC-02 REC-03 ;d-ACC::ACC-02 ACC-03 ;d-FOR::FOR-01 FOR-02 ;")
    }

    @Test("a user's figure and footer partials appear in the Swift-written unit pages and in the other pages; the rest stays built in")
    func partials() throws {
        let pages = try Self.render([
            "figure": "{{#defined}}[{{text}}]{{/defined}}{{^defined}}({{t.notDefined}}){{/defined}}",
            "footer": "<footer>{{catalogue}} · {{pageTitle}}</footer>\n",
        ])
        let unit = try #require(pages["2026/SEN.html"])
        #expect(unit.contains("<div><dt>Score</dt><dd>[75.0]"))
        #expect(unit.contains("data-label=\"Difference\">[+14.3]</td>"))
        #expect(unit.hasSuffix("</section>\n<footer>egalite · Service de l’enseignement (SEN) · 2026</footer>\n"))
        #expect(unit.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        #expect(unit.contains("<h2 id=\"s-summary\">"))
        // SAM 2026 has not answered its ACC domain: no difference to the canton's mean, through the partial's `t`.
        #expect(try #require(pages["2026/SAM.html"]).contains("data-label=\"Difference\">(not defined)</td>"))
        #expect(try #require(pages["index.html"]).contains("<footer>egalite · "))
    }

    @Test("a user's page template calling the built-in partials gets the same header, figures and footer as the built-in page")
    func builtInPartials() throws {
        let builtIn = try #require(try Self.render([:])["2026/SAM.html"])
        let page = try #require(try Self.render(["unit": "{{> header}}|{{#score}}{{> figure}}{{/score}}|{{#domains}}{{#difference}}{{> figure}}{{/difference}};{{/domains}}|{{> years}}{{> footer}}"])["2026/SAM.html"])
        let header = try #require(builtIn.range(of: "</nav><h1")).lowerBound
        let footer = try #require(builtIn.range(of: "</main>\n<footer")).lowerBound
        let years = try #require(builtIn.range(of: "<nav aria-label=\"Other years\""))
        let yearsEnd = try #require(builtIn.range(of: "</ul></nav>\n", range: years.upperBound..<builtIn.endIndex)).upperBound
        // SAM 2026 (golden fr/2026/SAM.html, here in English): score 20.5; differences to the canton −57.1, none (ACC not answered), −40.6.
        #expect(page == builtIn[..<header] + "</nav>|20.5|−57.1;<span class=\"undef\" aria-hidden=\"true\">—</span><span class=\"vh\">not defined</span>;−40.6;|"
            + builtIn[years.lowerBound..<yearsEnd] + builtIn[footer...])
    }

    @Test("an unknown template name or a broken template is an error")
    func errors() {
        #expect(throws: ReportTemplates.TemplateError.unknownName("indx")) { try ReportTemplates(overrides: ["indx": "x"]) }
        #expect(throws: ReportTemplates.TemplateError.self) { try ReportTemplates(overrides: ["unit": "{{#a}}"]) }
    }

    /// The line of a syntax error is the line of the user's file, in a page template (which Vigie prefixes with a
    /// pragma line of its own) as in a partial (which it does not).
    @Test("a syntax error names the line of the user's file", arguments: ["unit", "index", "header"])
    func syntaxErrorLine(_ name: String) {
        do {
            _ = try ReportTemplates(overrides: [name: "<p>one</p>\n<p>two</p>\n<p>{{#a}}three{{/b}}</p>\n"])
            Issue.record("a section closed with another name is an error")
        } catch {
            guard case .syntax(let reported, let line, _, _) = error else {
                Issue.record("not a syntax error: \(error)")
                return
            }
            #expect(reported == name)
            #expect(line == 3)
        }
    }
}
