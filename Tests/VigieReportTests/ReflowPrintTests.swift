import Foundation
import Testing
@testable import VigieReport

/// The markup that reflow (WCAG 1.4.10), print and the signs rely on. The pages themselves are checked in a browser
/// by Scripts/validate_reports.py (axe at 320, 768 and 1280 px, no sideways scrolling, A4 page counts).
@Suite("reflow, print and signs")
struct ReflowPrintTests {
    static func count(_ pattern: String, in text: String) -> Int {
        (try? NSRegularExpression(pattern: pattern).numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))) ?? -1
    }

    static func unescape(_ html: String) -> String {
        html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("a running header's text is a CSS string whatever it holds")
    func cssString() {
        #expect(CSSText.string("Office A2 (OA)") == "Office A2 \\28 OA\\29 ")
        #expect(CSSText.string("a\"b\\c</style>") == "a\\22 b\\5c c\\3c \\2f style\\3e ")
        #expect(CSSText.string("é · 2026") == "\\e9  \\b7  2026")
        #expect(CSSText.string("\u{0}") == "\\fffd ")
    }

    @Test("every table sits in a labelled region that the keyboard reaches, and every cell names its column",
          arguments: ReportLanguage.allCases)
    func tables(_ language: ReportLanguage) throws {
        for (path, html) in try Fixture.render(language) {
            let wrappers = Self.count(#"<div class="table-wrap""#, in: html)
            #expect(wrappers > 0, "\(path)")
            #expect(Self.count(#"<div class="table-wrap" role="region" tabindex="0" aria-label="[^"]+">"#, in: html) == wrappers, "\(path)")
            // A row of one cell spanning the table ("none") needs no label.
            let cells = Self.count("<td[ >]", in: html) - Self.count("<td colspan=", in: html)
            #expect(Self.count(#"<td[^>]* data-label="[^"]+""#, in: html) == cells, "\(path)")
        }
    }

    @Test("every printed page names the page: an @page rule with the page's title", arguments: ReportLanguage.allCases)
    func runningHeader(_ language: ReportLanguage) throws {
        for (path, html) in try Fixture.render(language) {
            let title = try #require(html.firstRange(of: "<title>").map { String(html[$0.upperBound...].prefix { $0 != "<" }) })
            let own = Self.unescape(title.components(separatedBy: " – ")[0])
            let escaped = CSSText.string(own)
            #expect(html.contains("@page{@top-left{content:\"\(escaped)\"}"), "\(path)")
        }
    }

    @Test("rating bands are discs, never the arrows that mean a change")
    func bands() throws {
        let index = try #require(try Fixture.render(.fr)["index.html"])
        let start = try #require(index.range(of: "<table class=\"heat\">"))
        let map = String(index[start.lowerBound...]).components(separatedBy: "</table>")[0]
        for arrow in ["▲", "▼", "△", "▽", "◇"] { #expect(!map.contains(arrow), "\(arrow)") }
        #expect(map.contains("<span class=\"sym\" aria-hidden=\"true\">●</span>") || map.contains("<span class=\"sym\" aria-hidden=\"true\">◕</span>"))
        #expect(ReportModel.bandSymbols == ["●", "◕", "◑", "◔", "○"])
    }

    @Test("the Δ columns of the trends page say which years they compare", arguments: ReportLanguage.allCases)
    func deltaHeadings(_ language: ReportLanguage) throws {
        let trends = try #require(try Fixture.render(language)["trends.html"])
        #expect(Self.count(#"<th scope="col" class="num">[^<]*Δ[^<]* \d{4}→\d{4}</th>"#, in: trends) == 2)
    }

    @Test("French texts: a no-break space before : ; ? ! and inside « »")
    func frenchTypography() {
        let spaces: Set<Character> = ["\u{00A0}", "\u{202F}"]
        for (key, text) in Strings.table(for: .fr) {
            let characters = Array(text)
            for (i, c) in characters.enumerated() {
                if ":;?!»".contains(c) {
                    #expect(i > 0 && spaces.contains(characters[i - 1]), "\(key.rawValue): \(text)")
                }
                if c == "«" {
                    #expect(i + 1 < characters.count && spaces.contains(characters[i + 1]), "\(key.rawValue): \(text)")
                }
            }
        }
    }
}
