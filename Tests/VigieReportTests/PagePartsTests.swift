import Foundation
import Testing
@testable import VigieReport

/// A year overview or the trends page heavier than the limit is written in parts, one per department (issue 18). The
/// fixture's pages are small, so these tests lower the limit to one byte: the fixture has two departments, DFC (SEN,
/// OCU renamed OCC in 2026) and DIN (SPOP, SAM), audited in 2025 and 2026.
@Suite("pages written in parts")
struct PagePartsTests {
    static func render(splitAbove: Int, language: ReportLanguage = .fr) throws -> [String: String] {
        let (workspace, results) = try Fixture.load(showing: language)
        return try HTMLReport.render(results, workspace: workspace,
                                     options: .init(language: language, date: Fixture.date, version: "test", splitAbove: splitAbove))
    }

    /// Every link of a page as a path from the report's root and a fragment (nil without one); links out of the
    /// report (`https:`, `mailto:`) are left out.
    static func links(of page: String, at path: String) -> [(path: String, fragment: String?)] {
        let hrefs = page.matches(of: /href="([^"]*)"/).map { String($0.output.1) }
        return hrefs.compactMap { href -> (String, String?)? in
            guard !href.contains(":") else { return nil }
            let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            var folders = path.split(separator: "/").dropLast().map(String.init)
            if parts[0].isEmpty { return (path, parts.count > 1 ? parts[1] : nil) }
            for component in parts[0].split(separator: "/") {
                if component == ".." { folders.removeLast() } else if component != "." { folders.append(String(component)) }
            }
            return (folders.joined(separator: "/"), parts.count > 1 ? parts[1] : nil)
        }
    }

    static func ids(of page: String) -> Set<String> { Set(page.matches(of: /\sid="([^"]*)"/).map { String($0.output.1) }) }

    @Test("over the limit, the overviews and the trends page link to one part per department instead of their tables")
    func split() throws {
        let pages = try Self.render(splitAbove: 1)
        for year in [2025, 2026] {
            for department in ["DFC", "DIN"] { #expect(pages["\(year)/overview/\(department).html"] != nil, "\(year) \(department)") }
        }
        #expect(pages["trends/DFC.html"] != nil && pages["trends/DIN.html"] != nil)
        let index = try #require(pages["index.html"])
        #expect(!index.contains("<table class=\"heat\">"))
        #expect(index.contains("<li><a href=\"2026/overview/DFC.html\">"))
        #expect(index.contains("<a href=\"#s-heat\">Le classement de chaque unité"))
        let trends = try #require(pages["trends.html"])
        #expect(trends.contains("<li><a href=\"trends/DIN.html\">"))
        #expect(!trends.contains("id=\"u-SEN\""))
        // A part holds its department's rows only, and the table's texts name it.
        let part = try #require(pages["2026/overview/DIN.html"])
        #expect(part.contains("<table class=\"heat\">") && part.contains("../../2026/SPOP.html") && !part.contains("../../2026/SEN.html"))
        #expect(!part.contains("⟦"))
        let trendsPart = try #require(pages["trends/DFC.html"])
        #expect(trendsPart.contains("id=\"u-SEN\"") && !trendsPart.contains("id=\"u-SPOP\""))
        // Under the limit (the default, 1 MB), nothing is cut.
        let whole = try Self.render(splitAbove: 1_000_000)
        #expect(!whole.keys.contains { $0.contains("/overview/") || $0.hasPrefix("trends/") })
    }

    /// The writer stops at the limit rather than writing a page whole to weigh it: a page of exactly the limit's
    /// bytes is still written whole, one byte over it is cut into parts.
    @Test("a page is cut when it weighs one byte more than the limit, not when it weighs the limit")
    func limitToTheByte() throws {
        let whole = try Self.render(splitAbove: 1_000_000)
        let index = try #require(whole["index.html"]), trends = try #require(whole["trends.html"])
        for (path, page) in [("index.html", index), ("trends.html", trends)] {
            let size = page.utf8.count
            #expect(try Self.render(splitAbove: size)[path] == page, "\(path) at \(size) bytes, the limit")
            let cut = try Self.render(splitAbove: size - 1)
            #expect(cut[path] != page && cut[path]!.utf8.count < size, "\(path) one byte over")
            #expect(cut.keys.contains { $0.hasPrefix(path == "index.html" ? "2026/overview/" : "trends/") })
        }
    }

    @Test("a ranked unit keeps its canton rank on its department's part")
    func ranks() throws {
        let whole = try #require(try Self.render(splitAbove: 1_000_000)["index.html"])
        let pages = try Self.render(splitAbove: 1)
        let row = /<tr><td class="num"[^>]*>([^<]+)<\/td>.*?<span class="id">([A-Z]+)<\/span>/
        let wholeRanks = Dictionary(uniqueKeysWithValues: whole.matches(of: row).map { (String($0.output.2), String($0.output.1)) })
        #expect(wholeRanks.count == 4, "the fixture ranks its four complete units in 2026")
        var partRanks: [String: String] = [:]
        for department in ["DFC", "DIN"] {
            for match in try #require(pages["2026/overview/\(department).html"]).matches(of: row) { partRanks[String(match.output.2)] = String(match.output.1) }
        }
        #expect(partRanks == wholeRanks)
    }

    @Test("every link the whole pages hold is on the cut pages, and every link of every page finds its page and anchor",
          arguments: ReportLanguage.allCases)
    func links(_ language: ReportLanguage) throws {
        let whole = try Self.render(splitAbove: 1_000_000, language: language)
        let cut = try Self.render(splitAbove: 1, language: language)
        func targets(_ pages: [String: String], _ paths: [String]) -> Set<String> {
            Set(paths.flatMap { path in Self.links(of: pages[path]!, at: path).filter { $0.fragment == nil || !$0.path.hasPrefix(path) }
                .map { $0.path } })
        }
        for (page, parts) in [("index.html", ["index.html"] + cut.keys.filter { $0.hasPrefix("2026/overview/") }),
                              ("trends.html", ["trends.html"] + cut.keys.filter { $0.hasPrefix("trends/") })] {
            let missing = targets(whole, [page]).subtracting(targets(cut, parts))
            #expect(missing.isEmpty, "\(page): \(missing.sorted())")
        }
        for pages in [whole, cut] {
            let ids = pages.mapValues(Self.ids(of:))
            var checked = 0
            for (path, page) in pages where path.hasSuffix(".html") {
                for link in Self.links(of: page, at: path) {
                    guard let target = ids[link.path] else { Issue.record("\(path) → \(link.path): no such page"); continue }
                    if let fragment = link.fragment { #expect(target.contains(fragment), "\(path) → \(link.path)#\(fragment)") }
                    checked += 1
                }
            }
            #expect(checked > 300, "the fixture’s pages hold hundreds of links")
        }
    }

    /// The templates of `templatedPart`: a page template, and a part of the built-in page given the page's model.
    static let partTemplates = [
        "index": "{{#ranking}}<a href=\"{{href}}\">{{id}}</a>{{/ranking}}<a href=\"{{trendsHref}}\">t</a>"
            + "<a href=\"{{method.href}}\">m</a>{{#departments}}<a href=\"{{href}}\">{{id}}</a>{{/departments}}",
        "footer": "<footer><a href=\"{{trendsHref}}\">t</a><a href=\"{{method.href}}\">m</a>"
            + "{{#departments}}<a href=\"{{href}}\">{{id}}</a>{{/departments}}</footer>",
    ]

    @Test("a part rendered with a user's template has every link made from its own folder, not only its rows'",
          arguments: ["index", "footer"])
    func templatedPart(template: String) throws {
        // The built-in writer's parts reuse the overview's rows; a template may read any link of the model.
        let (workspace, results) = try Fixture.load(showing: .fr)
        let templates = try ReportTemplates(overrides: [template: try #require(Self.partTemplates[template])])
        let pages = try HTMLReport.render(results, workspace: workspace,
                                          options: .init(language: .fr, date: Fixture.date, version: "test",
                                                         templates: templates, splitAbove: 1))
        let part = try #require(pages["2026/overview/DIN.html"])
        let targets = Self.links(of: part, at: "2026/overview/DIN.html").map(\.path)
        // DIN's part shows DIN's units, SPOP and DIN's own sheet, and none of DFC's; the template links the trends
        // page, the method and both departments' pages. The ranking leaves SAM out (its sheet is incomplete), the
        // built-in heat map around a footer does not.
        #expect(targets.contains("2026/SPOP.html") && targets.contains("2026/DIN.html"))
        #expect(!targets.contains("2026/SEN.html") && !targets.contains("2026/OCC.html"))
        #expect(targets.contains("2026/SAM.html") == (template == "footer"))
        #expect(targets.contains("trends.html") && targets.contains("method.html"))
        #expect(targets.contains("2026/departments/DFC.html") && targets.contains("2026/departments/DIN.html"))
        for target in targets { #expect(pages[target] != nil, "\(target): no such page") }
        if template == "index" { #expect(targets.count == 6, "\(targets)") }
    }

    /// The built-in writer makes each row of the trends table as it writes it; a template reads them as `groups`.
    @Test("a trends template reads the rows of its page or of its part, each linked from its own folder")
    func templatedTrends() throws {
        let (workspace, results) = try Fixture.load(showing: .fr)
        let templates = try ReportTemplates(overrides: [
            "trends": "{{#groups}}{{#rows}}<a href=\"{{href}}\">{{id}}</a>{{/rows}}{{/groups}}{{#parts}}<a href=\"{{href}}\">{{name}}</a>{{/parts}}",
        ])
        func render(_ limit: Int) throws -> [String: String] {
            try HTMLReport.render(results, workspace: workspace,
                                  options: .init(language: .fr, date: Fixture.date, version: "test", templates: templates, splitAbove: limit))
        }
        func ids(_ page: String?) -> [String] { (page ?? "").matches(of: /">([A-Z]+)<\/a>/).map { String($0.output.1) } }
        // Whole: a row per unit by department (DFC: OCC, OCU which it continues, SEN; DIN: its own sheet, SAM, SPOP),
        // linked from the root.
        let whole = try render(1_000_000)
        #expect(ids(whole["trends.html"]) == ["OCC", "OCU", "SEN", "DIN", "SAM", "SPOP"])
        #expect(try #require(whole["trends.html"]).contains("href=\"2026/SEN.html\""))
        // In parts: the page has no rows, only its links; each part its department's rows, linked from trends/.
        let cut = try render(1)
        #expect(ids(cut["trends.html"]).isEmpty && cut["trends.html"]!.contains("href=\"trends/DIN.html\""))
        #expect(ids(cut["trends/DFC.html"]) == ["OCC", "OCU", "SEN"] && ids(cut["trends/DIN.html"]) == ["DIN", "SAM", "SPOP"])
        #expect(try #require(cut["trends/DFC.html"]).contains("href=\"../2026/SEN.html\""))
    }

    @Test("a unit page links to its row on its department's part of the trends page")
    func unitLink() throws {
        let pages = try Self.render(splitAbove: 1)
        #expect(try #require(pages["2026/SEN.html"]).contains("href=\"../trends/DFC.html#u-SEN\""))
        let whole = try Self.render(splitAbove: 1_000_000)
        #expect(try #require(whole["2026/SEN.html"]).contains("href=\"../trends.html#u-SEN\""))
    }
}
