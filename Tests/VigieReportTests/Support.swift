import Foundation
import VigieCore
import VigieReport
import VigieWorkspace

/// The small fixture workspace (two departments, a renamed office, a reworded criterion, an incomplete unit,
/// a capped rating), read from the source tree so that golden files can be recorded beside it.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let small = folder.appendingPathComponent("small").path
    static let goldens = folder.appendingPathComponent("golden")
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

/// Compares a text with its golden file; with RECORD_GOLDENS=1 in the environment, writes the file instead.
func assertGolden(_ text: String, _ name: String) throws -> Bool {
    let url = Fixture.goldens.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return true
    }
    guard let data = FileManager.default.contents(atPath: url.path), let expected = String(data: data, encoding: .utf8) else {
        Issue.record("missing golden file \(name); run the tests with RECORD_GOLDENS=1 to record it")
        return false
    }
    if expected == text { return true }
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    let want = line < a.count ? String(a[line]) : "<end>"
    let got = line < b.count ? String(b[line]) : "<end>"
    Issue.record("\(name) differs from its golden file at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n(RECORD_GOLDENS=1 records an intended change)")
    return false
}

import Testing
