import Foundation
import Testing
import VigieCore
@testable import VigieReport

@Suite("HTML report")
struct HTMLReportTests {
    @Test("golden pages: index and a unit page in French, English and German", arguments: [ReportLanguage.fr, .en, .de])
    func goldens(_ language: ReportLanguage) throws {
        let pages = try Fixture.render(language)
        #expect(try assertGolden(pages["index.html"] ?? "", "\(language.rawValue)/index.html"))
        #expect(try assertGolden(pages["2026/SEN.html"] ?? "", "\(language.rawValue)/2026/SEN.html"))
        if language == .fr {
            #expect(try assertGolden(pages["trends.html"] ?? "", "fr/trends.html"))
        }
    }

    @Test("golden pages: every other page kind in French (year overview, departments, domains, method, an incomplete unit and one first audited), and a department page and year overview in German")
    func goldensOfEveryKind() throws {
        let french = try Fixture.render(.fr)
        for name in ["2025/index.html", "2025/departments/DFC.html", "2026/departments/DIN.html", "domains.html", "method.html",
                     "2026/SAM.html", "2026/OCC.html", "2025/OCU.html"] {
            #expect(try assertGolden(french[name] ?? "", "fr/\(name)"))
        }
        let german = try Fixture.render(.de)
        for name in ["2025/index.html", "2026/departments/DFC.html"] {
            #expect(try assertGolden(german[name] ?? "", "de/\(name)"))
        }
    }

    @Test("the stylesheet: every page of every language inlines the same one, once, as in its golden")
    func stylesheet() throws {
        var styles: Set<Substring> = []
        for language in ReportLanguage.allCases {
            for (name, page) in try Fixture.render(language) where name.hasSuffix(".html") {
                let style = try #require(Stylesheet.of(page), "\(language.rawValue)/\(name) has no stylesheet")
                #expect(page.components(separatedBy: Stylesheet.open).count == 2, "\(language.rawValue)/\(name): one <style>")
                styles.insert(style)
            }
        }
        #expect(styles.count == 1, "\(styles.count) different stylesheets")
        if let style = styles.first { #expect(try assertGolden(String(style), "stylesheet.css")) }
    }

    @Test("the page set: one page per audited unit and year, per department and year, an overview per year, index, trends, domains and method")
    func pageSet() throws {
        let pages = try Fixture.render(.fr)
        #expect(pages.keys.sorted() == [
            "2025/OCU.html", "2025/SAM.html", "2025/SEN.html", "2025/SPOP.html",
            "2025/departments/DFC.html", "2025/departments/DIN.html", "2025/index.html",
            "2026/DIN.html", "2026/OCC.html", "2026/SAM.html", "2026/SEN.html", "2026/SPOP.html",
            "2026/departments/DFC.html", "2026/departments/DIN.html", "2026/index.html",
            "domains.html", "index.html", "method.html", "trends.html",
        ])
    }

    @Test("pages are handed on batch by batch in a fixed order, the same pages whatever the batch size")
    func streamed() throws {
        let (workspace, results) = try Fixture.load()
        let options = HTMLReport.Options(language: .de, date: Fixture.date, version: "test")
        for batchSize in [1, 3, HTMLReport.batchSize] {
            var order: [String] = []
            var pages: [String: String] = [:]
            try HTMLReport.render(results, workspace: workspace, options: options, batchSize: batchSize) { path, text in
                order.append(path)
                pages[path] = text
            }
            #expect(order == ["trends.html", "2025/OCU.html", "2025/SAM.html", "2025/SEN.html", "2025/SPOP.html",
                              "2026/DIN.html", "2026/OCC.html", "2026/SAM.html", "2026/SEN.html", "2026/SPOP.html",
                              "2025/index.html", "2026/index.html",
                              "2025/departments/DFC.html", "2025/departments/DIN.html",
                              "2026/departments/DFC.html", "2026/departments/DIN.html",
                              "index.html", "domains.html", "method.html"], "batches of \(batchSize)")
            #expect(pages == (try HTMLReport.render(results, workspace: workspace, options: options)))
        }
    }

    @Test("--year: later years are left out")
    func earlierYear() throws {
        let pages = try Fixture.render(.en, year: 2025)
        #expect(pages.keys.sorted() == ["2025/OCU.html", "2025/SAM.html", "2025/SEN.html", "2025/SPOP.html",
                                        "2025/departments/DFC.html", "2025/departments/DIN.html", "2025/index.html",
                                        "domains.html", "index.html", "method.html", "trends.html"])
        #expect(!pages["index.html"]!.contains("2026/"))
        #expect(!pages["2025/departments/DFC.html"]!.contains("2026/") && !pages["2025/departments/DFC.html"]!.contains(">2026<"))
        #expect(!pages["trends.html"]!.contains(">2026<"))
        #expect(throws: HTMLReport.RenderError.yearNotAudited(2019, audited: [2025, 2026])) { try Fixture.render(.en, year: 2019) }
    }

    @Test("identical input gives identical bytes", arguments: ReportLanguage.allCases)
    func deterministic(_ language: ReportLanguage) throws {
        let first = try Fixture.render(language)
        let second = try Fixture.render(language)
        #expect(first == second)
    }

    @Test("every page: lang, CSP, no script, no missing text, no outside reference", arguments: ReportLanguage.allCases)
    func everyPage(_ language: ReportLanguage) throws {
        for (path, page) in try Fixture.render(language) {
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.htmlLang)\">"), "\(path)")
            #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"), "\(path)")
            #expect(!page.contains("<script"), "\(path)")
            #expect(!page.contains("⟦"), "\(path): a text is missing")
            #expect(!page.contains(" src="), "\(path)")
            #expect(page.contains("Données fictives"), "\(path): the notice")
            #expect(page.contains(try Fixture.load().1.fingerprint), "\(path): the fingerprint")
            #expect(page.contains(LocaleFormat(language).date(Fixture.date)), "\(path): the date")
        }
    }

    @Test("without a date the pages carry none")
    func noDate() throws {
        let pages = try Fixture.render(.fr, date: nil)
        #expect(!pages["index.html"]!.contains("Généré le"))
        #expect(!pages["index.html"]!.contains("27.11.2026"))
    }
}
