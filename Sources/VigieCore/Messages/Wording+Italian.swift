/// La riga di comando in italiano (virgolette «…»).
struct ItalianWording: Wording {
    func cell(_ row: Int, _ letter: String, _ name: String?) -> String { "riga \(row), colonna \(letter)" + (name.map { " (\($0))" } ?? "") }
    func row(_ row: Int) -> String { "riga \(row)" }
    func column(_ name: String) -> String { "colonna «\(name)»" }
    func criterion(_ id: String) -> String { "criterio \(id)" }
    let colon = ": "

    func summary(errors: Int, warnings: Int, notes: Int, files: Int) -> String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        let notes = notes > 0 ? ", " + count(notes, "nota", "note") : ""
        return count(errors, "errore", "errori") + ", " + count(warnings, "avviso", "avvisi") + notes + " in " + count(files, "file", "file")
    }

    func warningsHidden(_ count: Int) -> String {
        count == 1 ? "1 avviso (eseguite «vigie validate» per vederlo)" : "\(count) avvisi (eseguite «vigie validate» per vederli)"
    }

    func created(_ directory: String) -> String { "Spazio di lavoro creato in \(directory):" }
    func nextSteps(_ directory: String, year: Int) -> String {
        """
        Prossimi passi:
          1. elencate i vostri dipartimenti e servizi in \(directory)/audits/units.csv
          2. vigie template \(directory) --year \(year)     (un foglio delle risposte per unità)
          3. compilate i fogli in audits/\(year)/, poi: vigie validate \(directory)
          4. vigie report \(directory)
        """
    }
    func wroteSheets(_ count: Int) -> String { count == 1 ? "1 foglio delle risposte scritto:" : "\(count) fogli delle risposte scritti:" }
    func wrotePages(_ count: Int, _ destination: String) -> String { "\(count) pagine scritte in \(destination)" }
    func outNotAFolder(_ path: String) -> String { "\(path) esiste e non è una cartella" }
    func outForeignFiles(_ path: String, _ files: [String]) -> String {
        "\(path) contiene file che Vigie non ha scritto (\(files.prefix(3).joined(separator: ", "))\(files.count > 3 ? ", …" : "")); scegliete un altro --out o usate --force per sostituire la cartella"
    }
    func outContainsWorkspace(_ path: String) -> String { "\(path) è lo spazio di lavoro o lo contiene; scegliete un altro --out" }
    func outLinkLoop(_ path: String) -> String { "\(path) è un collegamento simbolico che gira in tondo; scegliete un altro --out" }
    func outBusy(_ path: String) -> String {
        "un altro vigie sta scrivendo un rapporto in \(path) proprio ora; non è stato scritto nulla (riprovate quando avrà finito)"
    }
    func workspaceExists(_ root: String, marker: String) -> String {
        "\(root) contiene già uno spazio di lavoro (c'è \(marker)); vigie init non ne sovrascrive mai uno. Scegliete una nuova cartella."
    }
    func rootIsFile(_ root: String) -> String { "\(root) è un file, non una cartella" }
    func reportsIsAFile(_ path: String) -> String {
        "\(path) è un file, dove va la cartella reports/ dello spazio di lavoro; spostatelo o scegliete una nuova cartella. Non è stato scritto nulla."
    }
    func sheetsHoldAnswers(_ paths: [String]) -> String {
        "questi fogli contengono già risposte e sono stati lasciati come sono (usate --force per sovrascriverli):\n" + paths.map { "  " + $0 }.joined(separator: "\n")
    }

    func answeredElsewhere(unit: String, path: String) -> String { "\(path) (contiene le risposte di \(unit))" }

    func tableHead(catalogue: String, fingerprint: String, minimumCoverage: String) -> String {
        "Catalogo \(catalogue) (impronta \(fingerprint)), copertura minima \(minimumCoverage)"
    }
    let columns = ["punteggio", "valutazione", "copertura", "rango", "nota"]
    let notStarted = "non iniziato"
    let incomplete = "incompleto"
    let ownUnit = "(propria)"
    let canton = "Cantone"
    func cappedBy(_ criteria: [String]) -> String { "limitato da \(criteria.joined(separator: ", "))" }
    func meanOf(_ count: Int) -> String { "media di \(count)" }
    func incompleteLeftOut(_ count: Int) -> String { count == 1 ? "1 incompleto escluso" : "\(count) incompleti esclusi" }
    func notStartedLeftOut(_ count: Int) -> String { count == 1 ? "1 non iniziato" : "\(count) non iniziati" }
    func campaign(_ year: Int, started: Int, complete: Int, units: Int) -> String {
        "\(year): campagna in corso, \(started) unità su \(units) iniziate, \(complete) complete (vigie score --year \(year))"
    }
    func earlierYears(_ years: [Int]) -> String { "Anni precedenti: " + years.map(String.init).joined(separator: ", ") + " (vigie score --year A)" }

    func badDateOption(_ given: String) -> String { "--date richiede una data AAAA-MM-GG, ricevuto «\(given)»" }
    let badInitDate = "--date richiede una data scritta AAAA-MM-GG (o GG.MM.AAAA)"
    func badSourceDateEpoch(_ given: String) -> String { "SOURCE_DATE_EPOCH deve essere un numero di secondi dal 1970-01-01, ricevuto «\(given)»" }
    func coverageBadPercentage(_ given: String) -> String { "--min-coverage richiede una percentuale da 0% a 100%, ricevuto «\(given)»" }
    func coverageNotANumber(_ given: String) -> String {
        "--min-coverage richiede una frazione da 0 a 1 (per esempio 0.8) o una percentuale con % (per esempio 80%), ricevuto «\(given)»"
    }
    func coverageAmbiguous(_ given: String) -> String {
        "--min-coverage «\(given)» supera 1: per una percentuale scrivete «\(given)%», per una frazione un numero da 0 a 1"
    }
    func yearOptionOutOfRange(_ year: Int, lowest: Int, highest: Int) -> String { "--year richiede un anno dal \(lowest) al \(highest), ricevuto \(year)" }
    func emptyPathOption(_ option: String) -> String {
        "\(option) richiede il percorso di una cartella, ricevuto un percorso vuoto (per la cartella corrente scrivete \(option) .)"
    }
    func yearNotAudited(_ year: Int, audited: [Int]) -> String {
        "nessuna unità è stata verificata nel \(year); anni verificati: \(audited.map(String.init).joined(separator: ", "))"
    }
    func unknownUnit(_ id: String, suggestion: String?) -> String { "unità sconosciuta «\(id)»" + (suggestion.map { "; intendevate «\($0)»?" } ?? "") }
    let noUnitForSheets = "non c'è alcuna unità per cui scrivere un foglio: elencate prima le unità in audits/units.csv"
}
