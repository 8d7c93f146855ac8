import Foundation
import Testing
import VigieCore
import VigieReport
import VigieWorkspace
import VigieTestSupport

/// The small fixture workspace (two departments, a renamed office, a reworded criterion, an incomplete unit,
/// a capped rating), read from the source tree so that golden files can be recorded beside it.
enum Fixture {
    /// The source tree's folder, not the bundle's copy: goldens are recorded beside the tests.
    static let folder = packageRoot.appendingPathComponent("Tests/VigieReportTests/Fixtures")
    static let small = folder.appendingPathComponent("small").path
    static let goldens = GoldenFiles(folder: folder.appendingPathComponent("golden"))
    static let date = ReportDate(iso: "2026-11-27")!

    /// The settings of the fixture's workspace.csv, set here too so the goldens do not depend on whether the loader reads it.
    static let settings = WorkspaceSettings(title: "République et Canton du Jura (exemple)",
                                            notice: "Données fictives, à des fins de démonstration.")

    /// - Parameter language: the language of the catalogue's texts and level labels, as `vigie report` shows them
    ///   (nil: the base columns).
    static func load(showing language: Language? = nil) throws -> (Workspace, ScoreResults) {
        let loaded = WorkspaceLoader.load(at: small)
        guard var workspace = loaded.workspace, !loaded.diagnostics.hasErrors else {
            throw FixtureError.invalid(loaded.diagnostics.map(\.description))
        }
        workspace.settings = settings
        if let language { workspace.catalogue = workspace.catalogue.localized(to: language) }
        return (workspace, Scoring.score(workspace))
    }

    static func render(_ language: ReportLanguage, year: Int? = nil, date: ReportDate? = Fixture.date) throws -> [String: String] {
        let (workspace, results) = try load(showing: language)
        return try HTMLReport.render(results, workspace: workspace,
                                     options: .init(year: year, language: language, date: date, version: "test"))
    }

    enum FixtureError: Error { case invalid([String]) }
}

/// Compares a text with its golden file (`GoldenFiles`: RECORD_GOLDENS=1 records it and fails the run on purpose).
/// A page is compared without its inlined stylesheet (`Stylesheet.withoutStyle`): a change of style re-records one
/// golden, `stylesheet.css`, not every page's.
func assertGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
    try Fixture.goldens.check(Stylesheet.withoutStyle(text), against: name, sourceLocation: sourceLocation)
}

/// The stylesheet every page inlines, taken out of pages and compared once. The page's own print header (the
/// `@page` rule with its title, the block's last line) stays in the page's golden.
enum Stylesheet {
    static let open = "<style>\n", pageRule = "@page{@top-left{content:"
    static let placeholder = "/* the stylesheet: golden/stylesheet.css (HTMLReportTests.stylesheet) */\n"

    /// The range of the shared stylesheet in a page: from `<style>` to its own `@page` rule; nil without one.
    static func range(in page: String) -> Range<String.Index>? {
        guard let start = page.range(of: open), let end = page.range(of: pageRule, range: start.upperBound..<page.endIndex) else { return nil }
        return start.upperBound..<end.lowerBound
    }

    /// The shared stylesheet of a page.
    static func of(_ page: String) -> Substring? { range(in: page).map { page[$0] } }

    /// The page with its shared stylesheet replaced by `placeholder`.
    static func withoutStyle(_ page: String) -> String {
        guard let range = range(in: page) else { return page }
        return page.replacingCharacters(in: range, with: placeholder)
    }
}
