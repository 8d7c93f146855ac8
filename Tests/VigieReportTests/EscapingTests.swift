import Foundation
import Testing
import VigieCore
@testable import VigieReport

/// Every text a user writes (names, comments, evidence, catalogue texts, settings) comes out as text.
@Suite("escaping")
struct EscapingTests {
    static let script = "<script>alert(1)</script>"
    static let image = "\"><img src=x onerror=alert(1)>"
    static let mustache = "{{name}}"
    static let javascript = "javascript:alert(1)"

    static func workspace() -> Workspace {
        let catalogue = Catalogue(
            name: "cat<script>",
            domains: [Domain(id: "D<1>", title: script, description: image)],
            criteria: [
                Criterion(id: "C1", domain: "D<1>", title: image, question: mustache, critical: true, legalBasis: script, guidance: "{{{t}}}"),
                Criterion(id: "C2", domain: "D<1>", title: "{{#t}}x{{/t}}", question: script),
                Criterion(id: "C3", domain: "D<1>", title: "ok"),
            ],
            levels: [Level(id: "a", label: "<b>top</b>", minScore: 50), Level(id: "b", label: mustache, minScore: 0)]
        )
        let units = [
            OrgUnit(id: "DEP", name: script, kind: image),
            OrgUnit(id: "U/1", name: mustache, parent: "DEP", kind: "{{> header}}"),
            OrgUnit(id: "U\"2", name: image, parent: "DEP"),
        ]
        var answers: [Answer] = []
        for year in [2025, 2026] {
            answers.append(Answer(year: year, unit: "U/1", criterion: "C1", value: year == 2025 ? .met : .notMet, evidence: javascript, comment: script, assessor: image))
            answers.append(Answer(year: year, unit: "U/1", criterion: "C2", value: .partial, evidence: "https://example.org/a?b=1&c=2", comment: mustache))
            answers.append(Answer(year: year, unit: "U/1", criterion: "C3", value: .met, evidence: "JAVASCRIPT://%0aalert(1)", comment: "{{{name}}}"))
            answers.append(Answer(year: year, unit: "U\"2", criterion: "C1", value: .met, evidence: "data:text/html,<script>alert(1)</script>"))
            answers.append(Answer(year: year, unit: "U\"2", criterion: "C2", value: .met, evidence: " http://ok.example/x "))
            answers.append(Answer(year: year, unit: "U\"2", criterion: "C3", value: .met, evidence: "vbscript:msgbox(1)"))
        }
        let audited: [Int: Set<String>] = [2025: ["U/1", "U\"2"], 2026: ["U/1", "U\"2"]]
        return Workspace(catalogue: catalogue, units: units, hasUnitsFile: true, answers: answers, audited: audited,
                         settings: WorkspaceSettings(title: "{{t.appName}} <i>", notice: script))
    }

    static func pages(_ language: ReportLanguage = .en) throws -> [String: String] {
        let workspace = workspace()
        return try HTMLReport.render(Scoring.score(workspace), workspace: workspace, options: .init(language: language, version: "<v>"))
    }

    @Test("user texts show as text, never as markup or template")
    func texts() throws {
        let pages = try Self.pages()
        #expect(pages.keys.contains("2026/U_1.html"))  // "U/1" through FileNames: never a path
        #expect(pages.keys.contains("2026/U_2.html"))
        for (path, page) in pages {
            #expect(!page.contains("<script"), "\(path)")
            #expect(!page.contains("<img"), "\(path)")
            #expect(!page.contains("<b>top"), "\(path)")
            #expect(!page.contains("<i>"), "\(path)")
            #expect(page.contains("{{t.appName}} &lt;i&gt;"), "\(path): the title as text")
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(path)")
            #expect(!page.contains("⟦"), "\(path)")
        }
        let unit = pages["2026/U_1.html"]!
        #expect(unit.contains("{{name}}"), "a name with braces shows as written")
        #expect(unit.contains("{{{name}}}"))
        #expect(unit.contains("{{&gt; header}}"))
        #expect(unit.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(unit.contains(Self.javascript), "javascript: evidence shows as text")
        #expect(unit.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>"))
    }

    @Test("no link with a scheme other than http or https")
    func links() throws {
        for (path, page) in try Self.pages() {
            var rest = Substring(page)
            while let range = rest.range(of: "href=\"") {
                let value = rest[range.upperBound...].prefix { $0 != "\"" }
                let lower = value.lowercased()
                let colon = lower.firstIndex(of: ":")
                let slash = lower.firstIndex(of: "/") ?? lower.endIndex
                if let colon, colon < slash {
                    #expect(lower.hasPrefix("http://") || lower.hasPrefix("https://"), "\(path): href=\"\(value)\"")
                }
                rest = rest[range.upperBound...]
            }
            #expect(!page.lowercased().contains("href=\"javascript"), "\(path)")
            #expect(!page.lowercased().contains("href=\"data:"), "\(path)")
        }
    }

    @Test("SafeLink accepts only absolute http(s) addresses with a host")
    func safeLink() {
        #expect(SafeLink.href("https://www.jura.ch/x") == "https://www.jura.ch/x")
        #expect(SafeLink.href("  HTTP://a.ch ") == "HTTP://a.ch")
        for bad in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "file:///etc/passwd", "//evil.example",
                    "https://", "https:///x", "http://a b", "http://a\"b", "https://@x", "ftp://x", "rapport.pdf", "http://a\u{0}b"] {
            #expect(SafeLink.href(bad) == nil, "\(bad)")
        }
    }
}
