import Foundation
import Testing
import VigieCore
@testable import VigieReport

/// `method.html`: the scope and method of the audit, in every language (issue 19).
@Suite("Method page")
struct MethodPageTests {
    @Test("every method text exists in every language, with the French text's placeholders",
          arguments: ReportLanguage.allCases)
    func everyKey(_ language: ReportLanguage) {
        let table = MethodStrings.table(for: language)
        let french = MethodStrings.table(for: .fr)
        func names(_ text: String) -> Set<String> {
            Set(TextTable<MethodKey>.pieces(text).compactMap { if case .placeholder(let name) = $0 { name } else { nil } })
        }
        for key in MethodKey.allCases {
            let text = table[key] ?? ""
            #expect(!text.isEmpty, "\(language.rawValue) '\(key.rawValue)' is missing")
            #expect(names(text) == names(french[key] ?? ""), "\(language.rawValue) '\(key.rawValue)'")
        }
        #expect(table.count == MethodKey.allCases.count)
    }

    @Test("French typography: no plain space before a colon, a semicolon or a closing guillemet")
    func frenchSpaces() {
        for (key, text) in MethodStrings.table(for: .fr) {
            for mark in [" :", " ;", " ?", " !", "« ", " »"] {
                #expect(!text.contains(mark), "'\(key.rawValue)' has a breaking space in '\(mark)'")
            }
        }
    }

    @Test("the page names the catalogue's fingerprint, the year, the coverage minimum, every unit and every term",
          arguments: ReportLanguage.allCases)
    func content(_ language: ReportLanguage) throws {
        let (_, results) = try Fixture.load()
        let pages = try Fixture.render(language)
        let page = try #require(pages[MethodPage.path])
        let texts = MethodStrings(language)
        #expect(page.contains("<code>\(results.fingerprint)</code>"), "the full fingerprint")
        #expect(page.contains(texts.format(.heading, ["year": "2026"])))
        #expect(page.contains(LocaleFormat(language).percent(results.options.minimumCoverage)))
        for unit in results.year(2026)!.units {
            #expect(page.contains("href=\"2026/\(unit.unit).html\""), "a link to \(unit.unit)")
        }
        for key in [MethodKey.termIncomplete, .termCapped, .termNotComparable, .termNotStarted, .termNotAnswered] {
            #expect(page.contains(HTMLText.escape(texts.text(key))), "\(key.rawValue)")
        }
        #expect(!page.contains("⟦"), "no missing text")
        #expect(!page.contains("<script"), "no script")
    }

    @Test("the capped and incomplete states and the cap's level come from the results and the catalogue")
    func states() throws {
        let (workspace, results) = try Fixture.load(showing: .en)
        let page = try #require(try Fixture.render(.en)[MethodPage.path])
        let year = results.year(2026)!
        let texts = MethodStrings(.en)
        if year.units.contains(where: { !$0.complete }) { #expect(page.contains(texts.text(.stateIncomplete))) }
        if year.units.contains(where: { $0.complete && $0.ratingCapped }) { #expect(page.contains(texts.text(.stateCapped))) }
        let cap = workspace.catalogue.levels[2].label
        #expect(cap == "In progress", "the English page names the English label of the built-in level")
        #expect(page.contains(HTMLText.escape(texts.format(.termCappedText, ["cap": cap]))))
    }

    @Test("the index page links to the method page")
    func linkedFromIndex() throws {
        let pages = try Fixture.render(.fr)
        #expect(pages["index.html"]!.contains("<a href=\"method.html\">\(MethodStrings(.fr).text(.linkLabel))</a>"))
    }
}
