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
func assertGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
    try Fixture.goldens.check(text, against: name, sourceLocation: sourceLocation)
}
