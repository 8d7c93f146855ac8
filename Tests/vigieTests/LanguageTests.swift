import Foundation
import Testing

/// The messages of the command line in the four languages: the same places, codes and JSON keys in each.
@Suite("Messages in four languages")
struct LanguageTests {
    static let broken = Fixture.url("every-error").path

    /// `file:line:column: severity:` of each finding line (the summary line left out).
    static func places(_ run: Run) -> [String] {
        run.stderrLines.dropLast().map { line in
            let severity = ["error:", "warning:", "note:"].compactMap { line.range(of: ": " + $0) }.first!
            return String(line[..<severity.upperBound])
        }
    }

    @Test func lang_fr_CH_givesFrenchAtTheSamePlaces() throws {
        let english = try VigieBinary.run(["validate", Self.broken])
        let french = try VigieBinary.run(["validate", Self.broken], locale: ["LANG": "fr_CH.UTF-8"])
        #expect(french.status == 1 && english.status == 1)
        #expect(Self.places(french) == Self.places(english))
        #expect(english.stderrLines.last!.hasSuffix("errors, 3 warnings in 8 files"))
        #expect(french.stderrLines.last! == "37 erreurs, 3 avertissements dans 8 fichiers")
        #expect(french.stderr.contains("error: ligne 4, colonne D (answer), critère GOU-01\u{A0}: «\u{A0}peut-être\u{A0}» n'est pas une réponse que Vigie comprend"))
        for (fr, en) in zip(french.stderrLines, english.stderrLines) { #expect(fr != en) }
        // LC_ALL wins over LANG; C means English.
        let c = try VigieBinary.run(["validate", Self.broken], locale: ["LC_ALL": "C", "LANG": "fr_CH.UTF-8"])
        #expect(c.stderr == english.stderr)
    }

    @Test func langOptionGivesGerman() throws {
        let german = try VigieBinary.run(["validate", Self.broken, "--lang", "de"], locale: ["LANG": "fr_CH.UTF-8"])
        #expect(german.stderrLines.last! == "37 Fehler, 3 Warnungen in 8 Dateien")
        #expect(german.stderr.contains("error: Zeile 4, Spalte D (answer), Kriterium GOU-01: «peut-être» ist keine Antwort, die Vigie versteht"))
        #expect(Self.places(german) == Self.places(try VigieBinary.run(["validate", Self.broken])))
    }

    @Test func jsonHasTheSameCodesAndKeysInEveryLanguage() throws {
        var shapes: [[String]] = [], codes: [[String]] = [], messages: [[String]] = []
        for language in ["fr", "de", "it", "en"] {
            let run = try VigieBinary.run(["validate", Self.broken, "--format", "json", "--lang", language])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
            shapes.append(object.keys.sorted() + diagnostics.flatMap { $0.keys.sorted() })
            codes.append(diagnostics.map { "\($0["file"]!):\($0["line"]!):\($0["column"]!) \($0["severity"]!) \($0["code"]!)" })
            messages.append(diagnostics.map { $0["message"] as! String })
        }
        #expect(codes.count == 4 && Set(codes).count == 1 && codes[0].count == 40)
        #expect(Set(shapes).count == 1)
        // Each language its own texts.
        for i in 0..<4 { for j in 0..<i { #expect(zip(messages[i], messages[j]).allSatisfy { $0 != $1 }) } }
        #expect(messages[0].contains { $0.hasPrefix("critère inconnu «\u{A0}gou-01\u{A0}»") })
    }

    @Test func theWorkspaceLanguageComesBeforeTheLocaleAndAfterLang() throws {
        let copy = try Fixture.copy("every-error")
        try Data("key;value\nlanguage;it\n".utf8).write(to: copy.appendingPathComponent("workspace.csv"))
        let italian = try VigieBinary.run(["validate", copy.path], locale: ["LANG": "de_CH.UTF-8"])
        #expect(italian.stderrLines.last!.hasSuffix("37 errori, 3 avvisi in 9 file"))
        let english = try VigieBinary.run(["validate", copy.path, "--lang", "en"], locale: ["LANG": "de_CH.UTF-8"])
        #expect(english.stderrLines.last!.hasSuffix("37 errors, 3 warnings in 9 files"))
    }

    @Test func usageErrorsAndNextStepsSpeakTheLanguage() throws {
        let date = try VigieBinary.run(["score", Fixture.url("valid").path, "--date", "demain", "--lang", "fr"])
        #expect(date.status == 2)
        #expect(date.stderr.contains("--date attend une date AAAA-MM-JJ, reçu «\u{A0}demain\u{A0}»"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try VigieBinary.run(["init", folder.path, "--year", "2026"], locale: ["LANG": "de_CH.UTF-8"])
        #expect(created.status == 0)
        #expect(created.stdout.contains("Nächste Schritte:\n  1. Tragen Sie Ihre Departemente und Ämter in"))
        let again = try VigieBinary.run(["init", folder.path, "--lang", "it"])
        #expect(again.stderr.contains("contiene già uno spazio di lavoro"))
    }

    @Test func scoreTableHeadingsInTheLanguage() throws {
        let table = try VigieBinary.run(["score", Fixture.url("valid").path, "--lang", "de"])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("Katalog "))
        let headings = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("2025") })
        #expect(headings.split(separator: " ") == ["2025", "Punkte", "Bewertung", "Abdeckung", "Rang", "Bemerkung"])
        #expect(table.stdout.contains("Kanton"))
    }
}
