import Foundation
import Testing
import VigieCore
import VigieReport
import VigieTestSupport
import VigieWorkspace

/// `vigie report` keeps no answer's texts: each unit page reads its answers' words, evidence and comments again from
/// their sheets (`AnswerTextMode.fromSheets`), so its memory does not grow with the answers.
@Suite("texts read again from the sheets")
struct TextsFromSheetsTests {
    static func pages(_ root: String, texts: AnswerTextMode) throws -> [String: String] {
        let loaded = WorkspaceLoader.load(at: root, texts: texts)
        let workspace = try #require(loaded.workspace)
        return try HTMLReport.render(Scoring.score(workspace), workspace: workspace, options: .init(language: .fr, date: Fixture.date, version: "test"))
    }

    @Test("every page is the same whether the texts were kept or read again, on the demo (CSV sheets of several units) and the small fixture")
    func sameBytes() throws {
        for root in [DemoReportTests.repository, Fixture.small] {
            let kept = try Self.pages(root, texts: .kept)
            let reread = try Self.pages(root, texts: .fromSheets)
            #expect(kept.keys.sorted() == reread.keys.sorted())
            for (path, page) in kept { #expect(reread[path] == page, "\(path)") }
            // The texts are there: an evidence link and a comment of the fixture's first answer.
            if root == Fixture.small { #expect(reread["2026/SPOP.html"]?.contains("Grille appliquée") == true) }
        }
    }

    @Test("rows off a sheet's pattern midway (a comment of two lines, a blank row) keep their texts, as do the rows before")
    func rowsOffThePattern() throws {
        let copy = try FixtureFolder(root: Fixture.folder).copy("small")
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        // Up to SEN's REC-02 every answer stands one line after the header: the sheet keeps one number for all of
        // them. SEN's ACC-03 then takes two lines and a blank row follows: from there each answer keeps its own line,
        // and the answers before keep theirs too. A line off by one names another row (or none), and the page fails.
        let sheet = copy.appendingPathComponent("audits/2026/answers.csv")
        var text = try String(contentsOf: sheet, encoding: .utf8)
        text = text.replacingOccurrences(of: ";Travaux prévus en 2027;", with: ";\"Travaux prévus en 2027,\npar étapes\";")
        text = text.replacingOccurrences(of: "2026;SEN;FOR-01;", with: "\n2026;SEN;FOR-01;")
        try text.write(to: sheet, atomically: true, encoding: .utf8)
        let kept = try Self.pages(copy.path, texts: .kept)
        let reread = try Self.pages(copy.path, texts: .fromSheets)
        #expect(kept.keys.sorted() == reread.keys.sorted())
        for (path, page) in kept { #expect(reread[path] == page, "\(path)") }
        let sen = try #require(reread["2026/SEN.html"])
        // Before the change of pattern, on it, after it; and another unit's sheet rows after it.
        for shown in ["https://www.jura.ch/egalite", "par étapes", "Intranet"] { #expect(sen.contains(shown), "\(shown)") }
        #expect(reread["2026/OCC.html"]?.contains("Pas de guichet") == true)
    }

    @Test("a criterion id written in another Unicode normal form than the catalogue's is read again as the same id")
    func otherNormalForm() throws {
        let copy = try FixtureFolder(root: Fixture.folder).copy("small")
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        // The catalogue spells the id with a composed É (U+00C9), the sheets with E and a combining acute (U+0301):
        // the same id to String's comparison, other bytes.
        let (composed, decomposed) = ("R\u{00C9}C-01", "RE\u{0301}C-01")
        for (file, id) in [("checklists/egalite/criteria.csv", composed), ("audits/2026/answers.csv", decomposed),
                           ("audits/2025/answers.csv", decomposed)] {
            let url = copy.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: "REC-01", with: id).write(to: url, atomically: true, encoding: .utf8)
        }
        let kept = try Self.pages(copy.path, texts: .kept)
        let reread = try Self.pages(copy.path, texts: .fromSheets)
        #expect(kept.keys.sorted() == reread.keys.sorted())
        for (path, page) in kept { #expect(reread[path] == page, "\(path)") }
        #expect(reread["2026/SPOP.html"]?.contains("Grille appliquée") == true)
    }

    @Test("two rows whose assessors differ only in their Unicode normal form each keep their own bytes on the page")
    func assessorBytes() throws {
        let copy = try FixtureFolder(root: Fixture.folder).copy("small")
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        // SPOP's REC-02 and REC-03 are consecutive rows of one table, with the same date: the page remembers the first
        // row's assessor text for the next, which must not hand the composed é (U+00C9) to the decomposed one.
        let (composed, decomposed) = ("Zo\u{00E9} Chappuis", "Zoe\u{0301} Chappuis")
        let sheet = copy.appendingPathComponent("audits/2026/answers.csv")
        var lines = try String(contentsOf: sheet, encoding: .utf8).components(separatedBy: "\n")
        let rec02 = try #require(lines.firstIndex { $0.hasPrefix("2026;SPOP;REC-02;") })
        let rec03 = try #require(lines.firstIndex { $0.hasPrefix("2026;SPOP;REC-03;") })
        lines[rec02] = lines[rec02].replacingOccurrences(of: "M. Chappuis", with: composed)
        lines[rec03] = lines[rec03].replacingOccurrences(of: "M. Chappuis", with: decomposed)
        try lines.joined(separator: "\n").write(to: sheet, atomically: true, encoding: .utf8)
        let page = Array(try #require(try Self.pages(copy.path, texts: .fromSheets)["2026/SPOP.html"]).utf8)
        for name in [composed, decomposed] {
            let bytes = Array(name.utf8)
            let found = page.indices.dropLast(bytes.count - 1).contains { page[$0..<$0 + bytes.count].elementsEqual(bytes) }
            #expect(found, "\(Array(name.unicodeScalars).map { String($0.value, radix: 16) })")
        }
    }

    @Test("a sheet changed between the reading and the pages stops the report and names the sheet and line")
    func changedSheet() throws {
        let copy = try FixtureFolder(root: Fixture.folder).copy("small")
        defer { try? FileManager.default.removeItem(at: copy.deletingLastPathComponent()) }
        let loaded = WorkspaceLoader.load(at: copy.path, texts: .fromSheets)
        let workspace = try #require(loaded.workspace)
        let results = Scoring.score(workspace)
        // Lines 2 and 3 swapped: the line of SPOP's REC-01 now holds REC-02.
        let sheet = copy.appendingPathComponent("audits/2026/answers.csv")
        var lines = try String(contentsOf: sheet, encoding: .utf8).components(separatedBy: "\n")
        lines.swapAt(1, 2)
        try lines.joined(separator: "\n").write(to: sheet, atomically: true, encoding: .utf8)
        var written: [String] = []
        #expect {
            try HTMLReport.render(results, workspace: workspace, options: .init(language: .fr, version: "test")) { path, _ in written.append(path) }
        } throws: { error in
            guard let changed = error as? SheetChanged else { return false }
            return changed.file.hasSuffix("audits/2026/answers.csv") && changed.line == 2
                && changed.description.contains("changed while the report was being written")
        }
        #expect(!written.contains("2026/SPOP.html"))
    }
}
