/// Die Befehlszeile auf Deutsch (Schweizer Schreibweise: «…», kein ß).
struct GermanWording: Wording {
    func cell(_ row: Int, _ letter: String, _ name: String?) -> String { "Zeile \(row), Spalte \(letter)" + (name.map { " (\($0))" } ?? "") }
    func row(_ row: Int) -> String { "Zeile \(row)" }
    func column(_ name: String) -> String { "Spalte «\(name)»" }
    func criterion(_ id: String) -> String { "Kriterium \(id)" }
    let colon = ": "

    func summary(errors: Int, warnings: Int, notes: Int, files: Int) -> String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        let notes = notes > 0 ? ", " + count(notes, "Hinweis", "Hinweise") : ""
        return count(errors, "Fehler", "Fehler") + ", " + count(warnings, "Warnung", "Warnungen") + notes + " in " + count(files, "Datei", "Dateien")
    }

    func warningsHidden(_ count: Int) -> String {
        "\(count) \(count == 1 ? "Warnung" : "Warnungen") (mit «vigie validate» anzeigen)"
    }

    func created(_ directory: String) -> String { "Arbeitsbereich angelegt in \(directory):" }
    func nextSteps(_ directory: String, year: Int) -> String {
        """
        Nächste Schritte:
          1. Tragen Sie Ihre Departemente und Ämter in \(directory)/audits/units.csv ein
          2. vigie template \(directory) --year \(year)     (ein Antwortbogen pro Einheit)
          3. Füllen Sie die Bogen in audits/\(year)/ aus, dann: vigie validate \(directory)
          4. vigie report \(directory)
        """
    }
    func wroteSheets(_ count: Int) -> String { "\(count) Antwortbogen geschrieben:" }
    func wrotePages(_ count: Int, _ destination: String) -> String { "\(count) Seiten nach \(destination) geschrieben" }
    func outNotAFolder(_ path: String) -> String { "\(path) existiert und ist kein Ordner" }
    func outForeignFiles(_ path: String, _ files: [String]) -> String {
        "\(path) enthält Dateien, die nicht Vigie geschrieben hat (\(files.prefix(3).joined(separator: ", "))\(files.count > 3 ? ", …" : "")); wählen Sie ein anderes --out oder ersetzen Sie den Ordner mit --force"
    }
    func outContainsWorkspace(_ path: String) -> String { "\(path) ist der Arbeitsbereich oder enthält ihn; wählen Sie ein anderes --out" }
    func outLinkLoop(_ path: String) -> String { "\(path) ist ein symbolischer Link, der im Kreis führt; wählen Sie ein anderes --out" }
    func outBusy(_ path: String) -> String {
        "Ein anderes vigie schreibt gerade einen Bericht nach \(path); es wurde nichts geschrieben (starten Sie erneut, wenn es fertig ist)"
    }
    func workspaceExists(_ root: String, marker: String) -> String {
        "\(root) enthält bereits einen Arbeitsbereich (es gibt \(marker)); vigie init überschreibt nie einen. Wählen Sie einen neuen Ordner."
    }
    func rootIsFile(_ root: String) -> String { "\(root) ist eine Datei, kein Ordner" }
    func reportsIsAFile(_ path: String) -> String {
        "\(path) ist eine Datei, wo der Ordner reports/ des Arbeitsbereichs hingehört; verschieben Sie sie oder wählen Sie einen neuen Ordner. Es wurde nichts geschrieben."
    }
    func sheetsHoldAnswers(_ paths: [String]) -> String {
        "Diese Bogen enthalten bereits Antworten und wurden nicht verändert (mit --force überschreiben):\n" + paths.map { "  " + $0 }.joined(separator: "\n")
    }

    func answeredElsewhere(unit: String, path: String) -> String { "\(path) (enthält die Antworten von \(unit))" }

    func tableHead(catalogue: String, fingerprint: String, minimumCoverage: String) -> String {
        "Katalog \(catalogue) (Fingerabdruck \(fingerprint)), Mindestabdeckung \(minimumCoverage)"
    }
    let columns = ["Punkte", "Bewertung", "Abdeckung", "Rang", "Bemerkung"]
    let notStarted = "nicht begonnen"
    let incomplete = "unvollständig"
    let ownUnit = "(eigene)"
    let canton = "Kanton"
    func cappedBy(_ criteria: [String]) -> String { "begrenzt durch \(criteria.joined(separator: ", "))" }
    func meanOf(_ count: Int) -> String { "Mittel aus \(count)" }
    func incompleteLeftOut(_ count: Int) -> String { "\(count) unvollständige weggelassen" }
    func notStartedLeftOut(_ count: Int) -> String { "\(count) nicht begonnen" }
    func campaign(_ year: Int, started: Int, complete: Int, units: Int) -> String {
        "\(year): Erhebung läuft, \(started) von \(units) Einheiten begonnen, \(complete) vollständig (vigie score --year \(year))"
    }
    func earlierYears(_ years: [Int]) -> String { "Frühere Jahre: " + years.map(String.init).joined(separator: ", ") + " (vigie score --year J)" }

    func badDateOption(_ given: String) -> String { "--date erwartet ein Datum JJJJ-MM-TT, erhalten: «\(given)»" }
    let badInitDate = "--date erwartet ein Datum in der Form JJJJ-MM-TT (oder TT.MM.JJJJ)"
    func badSourceDateEpoch(_ given: String) -> String { "SOURCE_DATE_EPOCH muss eine Anzahl Sekunden seit dem 1970-01-01 sein, erhalten: «\(given)»" }
    func coverageBadPercentage(_ given: String) -> String { "--min-coverage erwartet einen Prozentsatz von 0% bis 100%, erhalten: «\(given)»" }
    func coverageNotANumber(_ given: String) -> String {
        "--min-coverage erwartet einen Anteil von 0 bis 1 (etwa 0.8) oder einen Prozentsatz mit % (etwa 80%), erhalten: «\(given)»"
    }
    func coverageAmbiguous(_ given: String) -> String {
        "--min-coverage «\(given)» ist grösser als 1: Für einen Prozentsatz schreiben Sie «\(given)%», für einen Anteil eine Zahl von 0 bis 1"
    }
    func yearOptionOutOfRange(_ year: Int, lowest: Int, highest: Int) -> String { "--year erwartet ein Jahr von \(lowest) bis \(highest), erhalten: \(year)" }
    func emptyPathOption(_ option: String) -> String {
        "\(option) erwartet einen Ordnerpfad, erhalten: ein leerer (für den aktuellen Ordner schreiben Sie \(option) .)"
    }
    func yearNotAudited(_ year: Int, audited: [Int]) -> String {
        "Im Jahr \(year) wurde keine Einheit geprüft; geprüfte Jahre: \(audited.map(String.init).joined(separator: ", "))"
    }
    func unknownUnit(_ id: String, suggestion: String?) -> String { "Unbekannte Einheit «\(id)»" + (suggestion.map { "; meinten Sie «\($0)»?" } ?? "") }
    let noUnitForSheets = "Es gibt keine Einheit, für die ein Bogen geschrieben werden kann: Tragen Sie zuerst die Einheiten in audits/units.csv ein"
}
