import Foundation
import Testing

/// A workspace that says `language;de`: sheets, the score table and the reports in German, the catalogue's
/// German texts and the levels' German labels in them; `vigie init` records the language it was given.
@Suite("A workspace in German")
struct WorkspaceLanguageTests {
    /// The valid fixture with `language;de` and German domain titles (one left blank: it falls back to French).
    static func german() throws -> URL {
        let copy = try Fixture.copy("valid")
        try Data("key;value\nlanguage;de\n".utf8).write(to: copy.appendingPathComponent("workspace.csv"))
        try Data("domain;title;description;weight;Title_DE\nGOU;Gouvernance;Pilotage et engagements;2;Gouvernanz\nREC;Recrutement;Annonces et jurys;1,5;\n".utf8)
            .write(to: copy.appendingPathComponent("checklists/base/domains.csv"))
        return copy
    }

    @Test func templateHeadersAndWordsAreGerman() throws {
        let root = try Self.german()
        let out = root.appendingPathComponent("audits/2026")
        let run = try VigieBinary.run(["template", root.path, "--year", "2026", "--format", "csv", "--unit", "SPOP"])
        #expect(run.status == 0, "\(run.stderr)")
        let sheet = out.appendingPathComponent("SPOP.csv")
        let text = try String(contentsOf: sheet, encoding: .utf8)
        let header = text.split(separator: "\r\n").first.map { String($0.drop { $0 == "\u{FEFF}" }) }
        #expect(header == "jahr;einheit;kriterium;bereich;titel;frage;antwort;nachweis;kommentar;prüfperson;datum;mögliche_antworten;frühere_antwort;früherer_kommentar")
        #expect(text.contains("ja / teilweise / nein / entfällt"))
        #expect(text.contains(";Gouvernanz;") == false, "a sheet names the domain by its id")
        // The German sheet, every row answered in German, validates without an error.
        let filled = text.split(separator: "\r\n").enumerated().map { index, line -> String in
            guard index > 0 else { return String(line) }
            var fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            fields[6] = fields[11].hasPrefix("0 bis 4") ? "3" : "nein"
            return fields.joined(separator: ";")
        }.joined(separator: "\r\n") + "\r\n"
        try Data(filled.utf8).write(to: sheet)
        let validate = try VigieBinary.run(["validate", root.path])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderrLines.last?.hasPrefix("0 Fehler") == true, "\(validate.stderr)")
    }

    @Test func scoreTableAndReportAreGerman() throws {
        let root = try Self.german()
        let score = try VigieBinary.run(["score", root.path])
        #expect(score.status == 0, "\(score.stderr)")
        #expect(score.stdout.hasPrefix("Katalog base (Fingerabdruck "))
        #expect(score.stdout.contains("Punkte  Bewertung"))
        let csv = try VigieBinary.run(["score", root.path, "--format", "csv"])
        #expect(!csv.stdout.contains(","), "CSV keeps the point and ';' whatever the language")
        let out = root.appendingPathComponent("reports")
        let report = try VigieBinary.run(["report", root.path, "--out", out.path, "--date", "2026-11-27"])
        #expect(report.status == 0, "\(report.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("<html lang=\"de-CH\">"))
        #expect(page.contains("Gouvernanz"), "the catalogue's title_de")
        #expect(page.contains("Recrutement"), "no title_de: the base title")
        #expect(page.contains("Vorbildlich") && !page.contains("Exemplaire"), "the levels' German labels")
    }

    @Test func frenchScoreTableWritesTheDecimalComma() throws {
        let root = try Self.german()
        let french = try VigieBinary.run(["score", root.path, "--lang", "fr"])
        let english = try VigieBinary.run(["score", root.path, "--lang", "en"])
        let score = try #require(english.stdout.split(separator: "\n").first { $0.hasPrefix("Canton") }?
            .split(separator: " ", omittingEmptySubsequences: true).dropFirst().first)
        #expect(score.contains("."), "\(english.stdout)")
        #expect(french.stdout.contains(score.replacingOccurrences(of: ".", with: ",")), "\(french.stdout)")
        #expect(french.stdout.contains("Établi") || french.stdout.contains("En progrès") || french.stdout.contains("Exemplaire")
                || french.stdout.contains("Initial") || french.stdout.contains("Insuffisant"))
    }

    @Test func initRecordsTheLanguage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let byOption = folder.appendingPathComponent("a"), byLocale = folder.appendingPathComponent("b"), neither = folder.appendingPathComponent("c")
        #expect(try VigieBinary.run(["init", byOption.path, "--year", "2026", "--lang", "it"]).status == 0)
        #expect(try VigieBinary.run(["init", byLocale.path, "--year", "2026"], locale: ["LANG": "de_CH.UTF-8"]).status == 0)
        #expect(try VigieBinary.run(["init", neither.path, "--year", "2026"]).status == 0)
        func settings(_ root: URL) throws -> String { try String(contentsOf: root.appendingPathComponent("workspace.csv"), encoding: .utf8) }
        #expect(try settings(byOption).contains("\r\nlanguage;it\r\n"))
        #expect(try settings(byLocale).contains("\r\nlanguage;de\r\n"))
        #expect(try settings(neither).contains("\r\nlanguage;\r\n"), "LC_ALL=C names no language: the row is left to fill")
        // The recorded language is the workspace's: its messages follow it.
        let validate = try VigieBinary.run(["validate", byOption.path])
        #expect(validate.stderrLines.last?.contains("errori") == true || validate.stderrLines.last?.contains("avvisi") == true, "\(validate.stderr)")
    }
}
