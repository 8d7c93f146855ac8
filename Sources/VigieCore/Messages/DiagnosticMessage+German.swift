extension DiagnosticMessage {
    /// German as written in Switzerland: «…» quotes, no ß («Antwortbogen», «Kriterium», «Einheit»).
    var german: String {
        switch self {
        case let .fileTooLarge(size, limit):
            "Die Datei ist \(size) MiB gross; Vigie liest CSV-Dateien bis \(limit) MiB, und ein Antwortbogen ist viel kleiner: Ist es die richtige Datei?"
        case .folderNotFile: "Das ist ein Ordner, keine CSV-Datei"
        case .specialFile: "Das ist keine gewöhnliche Datei (eine Pipe, ein Gerät oder ein Socket): Sie wird nicht gelesen"
        case .requiredIsFolder: "Das ist ein Ordner, keine CSV-Datei: Der Katalog braucht diese Datei"
        case .folderSkipped: "Das ist ein Ordner, keine CSV-Datei; er wird übersprungen"
        case .unreadable: "Die Datei lässt sich nicht öffnen (prüfen Sie, ob sie existiert und ob Sie sie lesen dürfen)"
        case .linkLoop: "Das ist ein symbolischer Link, der auf sich selbst zurückführt (eine Schleife): Es gibt keine Datei zu lesen"
        case .danglingLink: "Das ist ein symbolischer Link auf eine Datei, die nicht existiert"
        case let .readFailed(reason): "Die Datei konnte nicht bis zum Ende gelesen werden: \(reason)"
        case .linkOutside: "Diese Datei ist ein symbolischer Link auf einen Ort ausserhalb des Arbeitsbereichs; sie wird nicht gelesen (kopieren Sie die Datei stattdessen in den Arbeitsbereich)"
        case .nulByte:
            "Diese Datei ist keine Text-CSV (sie enthält Binärdaten: ein NUL-Byte auf dieser Zeile). Wurde sie als Excel-Arbeitsmappe oder in UTF-16 gespeichert? Speichern Sie sie als «CSV UTF-8»"
        case .renamedWorkbook:
            "Diese Datei ist keine Text-CSV, sondern eine umbenannte Arbeitsmappe (.xlsx, .xls, .ods); ist es eine Excel-Arbeitsmappe, benennen Sie sie .xlsx (Vigie liest diese), sonst öffnen Sie sie und speichern Sie sie als «CSV UTF-8»"
        case .utf16: "Diese Datei ist in UTF-16 (Excels «Unicode-Text»), das Vigie nicht liest; speichern Sie sie als «CSV UTF-8»"
        case .utf32: "Diese Datei ist in UTF-32, das Vigie nicht liest; speichern Sie sie als «CSV UTF-8»"
        case .binary: "Diese Datei ist keine Text-CSV (sie enthält Binärdaten). Wurde sie als Excel-Arbeitsmappe gespeichert? Speichern Sie sie als «CSV UTF-8»"
        case .windows1252:
            "Die Datei ist nicht in UTF-8; sie wurde als Windows-1252 gelesen (Excels einfaches «CSV»). Prüfen Sie die Umlaute und Akzente, oder speichern Sie sie als «CSV UTF-8»"
        case .emptyFile: "Die Datei ist leer: Sie hat weder Kopfzeile noch Zeilen und wird übersprungen"
        case .headerOnly: "Die Datei hat ihre Kopfzeile, aber keine Zeilen: Sie enthält keine Antworten"
        case .emptyCatalogueFile: "Die Datei ist leer: Der Katalog braucht seine Kopfzeile und mindestens eine Zeile"
        case .headerOnlyCatalogueFile: "Die Datei hat ihre Kopfzeile, aber keine Zeilen: Der Katalog braucht mindestens eine"
        case let .fieldTooLong(length, limit):
            "Diese Zelle enthält \(length) Zeichen, mehr als die \(limit), die eine Tabellenzelle fassen kann: Wahrscheinlich steht ein Anführungszeichen falsch (ein mit \" geöffnetes Feld läuft über die folgenden Zeilen weiter), oder die Datei ist keine CSV; die Datei wird nicht gelesen"
        case .innerBOM:
            "Eine unsichtbare Byte-Order-Markierung (U+FEFF) steht mitten in der Datei, wie wenn zwei CSV-Dateien aneinandergefügt wurden; sie wird ignoriert. Prüfen Sie, dass sich weiter unten keine Kopfzeile wiederholt"
        case let .mixedDelimiters(row, header, columns, rows):
            "Diese Zeile ist durch \(row) getrennt, die Kopfzeile aber durch \(header) (das Trennzeichen wird aus der Kopfzeile übernommen); sie wird deshalb als eine Zelle statt \(columns) gelesen. Verwenden Sie in der ganzen Datei dasselbe Trennzeichen. "
                + (rows == 1 ? "Die Zeile wird weggelassen" : "\(rows) solche Zeilen werden weggelassen")
        case let .extraFields(fields, columns):
            "Diese Zeile hat \(fields) Felder, die Kopfzeile aber nur \(columns) Spalten; der Text nach der letzten Spalte wird ignoriert"
        case .unterminatedQuote: "Ein hier geöffnetes Feld in Anführungszeichen wird nie geschlossen (das schliessende \" fehlt)"
        case .fieldOutOfMemory: "Die Datei hat ein Feld, das zu gross zum Lesen ist (zu wenig Speicher)"
        case let .csvSyntax(detail): "Die Datei kann nicht als CSV gelesen werden: \(detail)"
        case let .workbook(problem): problem.text(in: .de)
        case let .workbookTooLarge(size, limit):
            "Die Arbeitsmappe ist \(size) MiB gross; Vigie liest Arbeitsmappen bis \(limit) MiB, und ein Antwortbogen ist viel kleiner: Ist es die richtige Datei?"
        case let .workbookFieldTooLong(length, limit):
            "Diese Zelle enthält \(length) Zeichen, mehr als die \(limit), die eine Tabellenzelle fassen kann: Die Arbeitsmappe wird nicht gelesen"
        case let .workbookExtraFields(columns): "Diese Zeile hat Text nach der letzten Spalte der Kopfzeile (\(columns) Spalten); er wird ignoriert"
        case let .emptyWorksheet(name): "Das Tabellenblatt «\(name)» ist leer: Es hat weder Kopfzeile noch Zeilen und wird übersprungen"
        case .noWorkspace: "Das ist kein Ordner; geben Sie den Pfad eines Arbeitsbereichs an (ein Ordner mit checklists/ und audits/)"
        case .noCatalogue:
            "Kein Katalog gefunden: Ein Arbeitsbereich braucht checklists/<Name>/domains.csv und criteria.csv (vigie init legt einen an)"
        case let .severalCatalogues(names):
            "Es gibt mehrere Kataloge (\(names.joined(separator: ", "))); wählen Sie einen mit --catalogue"
        case let .unknownCatalogue(name, names):
            "In checklists/ gibt es keinen Katalog «\(name)»" + (names.isEmpty ? "" : " (vorhanden: \(names.joined(separator: ", ")))")
        case .missingFile: "Diese Datei des Katalogs fehlt"
        case let .yearNotAFolder(name):
            "«\(name)» ist kein Ordner: Antwortbogen gehören in einen Jahresordner (audits/\(name)/*.csv); der Eintrag wird übersprungen"
        case let .yearLinkLoop(name):
            "«\(name)» ist ein symbolischer Link, der im Kreis führt, kein Ordner: Antwortbogen gehören in einen Jahresordner (audits/\(name)/*.csv); der Eintrag wird übersprungen"
        case let .yearOutOfRange(text, lowest, highest): "Das Jahr \(text) liegt ausserhalb der Jahre, die Vigie annimmt (\(lowest) bis \(highest))"
        case .unreadableAudits: "Der Ordner audits/ lässt sich nicht auflisten (prüfen Sie, ob Sie ihn lesen dürfen): Kein Antwortbogen wird gelesen"
        case .auditsNotAFolder: "audits/ ist kein Ordner: Antwortbogen gehören in audits/<Jahr>/*.csv; keiner wird gelesen"
        case .auditsLinkLoop: "audits/ ist ein symbolischer Link, der im Kreis führt: Kein Antwortbogen wird gelesen"
        case .unreadableFolder:
            "Dieser Jahresordner lässt sich nicht auflisten (prüfen Sie, ob Sie ihn lesen dürfen): Seine Antwortbogen werden nicht gelesen"
        case let .unknownSetting(key, known):
            "«\(key)» ist keine Einstellung, die Vigie kennt (\(known.joined(separator: ", "))); die Zeile wird ignoriert"
        case let .unknownLanguage(value): "«\(value)» ist keine Sprache, die Vigie spricht; schreiben Sie fr, de, it oder en (die Zeile wird ignoriert)"
        case let .unknownTextLanguage(column, field, suffix):
            "Spalte «\(column)»: «\(suffix)» ist keine Sprache, die Vigie spricht; nennen Sie sie \(field)_fr, \(field)_de, \(field)_it oder \(field)_en (die Spalte wird ignoriert)"
        case let .duplicateColumn(name, first):
            "Die Spalte «\(name)» kommt zweimal vor (zuerst in Spalte \(first)); entfernen oder benennen Sie eine davon um"
        case let .missingSheetColumn(column, present): DiagnosticMessage.missingColumn(name: column.name(in: .de), present: present).german
        case let .missingColumn(name, present):
            "Die Pflichtspalte «\(name)» fehlt (die Kopfzeile enthält \(Self.germanList(present)))"
        case let .missingID(table): "Die ID \(Self.germanOf(table)) ist leer"
        case let .badID(table, text):
            "«\(text)» ist keine gültige ID \(Self.germanOf(table)): Verwenden Sie nur Buchstaben, Ziffern, «-», «_» und «.»"
        case let .duplicateDomain(id, first): "Die Bereichs-ID «\(id)» ist zweimal definiert; die erste steht bei \(first)"
        case let .duplicateCriterion(id, first): "Die Kriteriums-ID «\(id)» ist zweimal definiert; die erste steht bei \(first)"
        case let .duplicateUnit(id, first): "Die Einheits-ID «\(id)» ist zweimal definiert; die erste steht bei \(first)"
        case let .criterionWithoutDomain(id): "Das Kriterium «\(id)» hat keinen Bereich"
        case let .unknownDomain(id, suggestion): "Unbekannter Bereich «\(id)»: Er steht nicht in domains.csv" + Self.germanHint(suggestion)
        case let .unknownScale(text):
            "Unbekannte Skala «\(text)»; schreiben Sie ternary (erfüllt / teilweise / nicht erfüllt), binary (erfüllt / nicht erfüllt) oder level (0 bis 4)"
        case let .criterionYearsInverted(since, until):
            "«until» (\(until)) liegt vor «since» (\(since)): Das Kriterium würde nie gelten"
        case let .unitYearsInverted(since, until): "«until» (\(until)) liegt vor «since» (\(since)): Die Einheit würde nie bestehen"
        case let .badMinScore(text): "«\(text)» ist keine Punktzahl zwischen 0 und 100"
        case let .duplicateLevel(score, first): "Zwei Stufen beginnen bei derselben Punktzahl \(score); die erste steht bei \(first)"
        case let .criterionReplacesItself(id): "Das Kriterium «\(id)» kann sich nicht selbst ersetzen"
        case let .unknownReplacedCriterion(id, suggestion):
            "Unbekanntes Kriterium «\(id)»: Es steht nicht in criteria.csv" + Self.germanHint(suggestion)
        case let .unitReplacesItself(id): "Die Einheit «\(id)» kann sich nicht selbst ersetzen"
        case let .unknownReplacedUnit(id, suggestion), let .unknownParent(id, suggestion):
            "Unbekannte Einheit «\(id)»: Sie steht nicht in units.csv" + Self.germanHint(suggestion)
        case let .ownParent(id): "Die Einheit «\(id)» kann nicht ihre eigene übergeordnete Einheit sein"
        case let .parentCycle(ids): "Diese IDs bilden über «parent» eine Schleife: \(Self.loop(ids))"
        case let .replacesCycle(ids): "Diese IDs bilden über «replaces» eine Schleife: \(Self.loop(ids))"
        case let .badWeight(text):
            "«\(text)» ist keine positive Zahl; schreiben Sie ein Gewicht wie 1, 2 oder 1.5 (1,5 geht auch)"
        case let .weightTooLarge(text, limit):
            "«\(text)» ist mehr als das grösste Gewicht, das Vigie annimmt (\(limit)); schreiben Sie ein Gewicht wie 1, 2 oder 1.5"
        case let .badBoolean(text): "«\(text)» ist weder ja noch nein; schreiben Sie oui oder non (ja/nein, yes/no und 1/0 gehen auch)"
        case let .badYear(text): "«\(text)» ist keine Jahreszahl; schreiben Sie vier Ziffern, zum Beispiel 2025"
        case let .yearMismatch(year, folder):
            "Die Zeile nennt \(year), die Datei liegt aber im Ordner \(folder); verschieben Sie die Datei oder korrigieren Sie das Jahr"
        case .missingUnit: "Die Einheit ist leer: Schreiben Sie die ID der Einheit, zu der diese Antwort gehört"
        case let .unknownUnit(id, suggestion): "Unbekannte Einheit «\(id)»: Sie steht nicht in audits/units.csv" + Self.germanHint(suggestion)
        case let .moreUnknownUnitRows(count, id):
            "… und \(Self.grouped(count, "'")) weitere \(count == 1 ? "Zeile" : "Zeilen") der Einheit «\(id)» (derselbe Fehler)"
        case let .moreUnknownCriterionRows(count, id):
            "… und \(Self.grouped(count, "'")) weitere \(count == 1 ? "Zeile" : "Zeilen") des Kriteriums «\(id)» (derselbe Fehler)"
        case .missingCriterion: "Das Kriterium ist leer: Schreiben Sie die ID des beantworteten Kriteriums"
        case let .unknownCriterion(id, catalogue, suggestion):
            "Unbekanntes Kriterium «\(id)»: Es steht nicht im Katalog «\(catalogue)»" + Self.germanHint(suggestion)
        case let .unknownAnswer(word, scale):
            "«\(word)» ist keine Antwort, die Vigie versteht; schreiben Sie " + (scale.map { AnswerVocabulary.allowedWords(for: $0, in: .de) } ?? "ja, teilweise, nein oder entfällt (oder oui, partiel, non, sans objet)")
        case let .answerOffScale(word, criterion, scale):
            switch scale {
            case .level: "Das Kriterium «\(criterion)» wird mit einer Stufe von 0 bis 4 (oder \(AnswerVocabulary.choices(for: .level, in: .de).last ?? "")) beantwortet, nicht mit «\(word)»"
            case .binary: "Das Kriterium «\(criterion)» wird mit erfüllt oder nicht erfüllt (\(AnswerVocabulary.allowedWords(for: .binary, in: .de))) beantwortet, nicht mit «\(word)»"
            case .ternary: "Das Kriterium «\(criterion)» wird mit \(AnswerVocabulary.allowedWords(for: .ternary, in: .de)) beantwortet, nicht mit der Stufe «\(word)»"
            }
        case let .duplicateAnswer(unit, criterion, year, first):
            "Die Einheit «\(unit)» beantwortet «\(criterion)» im Jahr \(year) zweimal; die erste Antwort steht bei \(first)"
        case let .criterionOutOfYears(criterion, since, until, year):
            "Das Kriterium «\(criterion)» gilt nur \(Self.germanSpan(since, until)); diese Antwort von \(year) wird ignoriert"
        case let .unitOutOfYears(unit, since, until, year):
            "Die Einheit «\(unit)» hat Antworten im Jahr \(year), besteht laut units.csv aber nur \(Self.germanSpan(since, until)); ihre Antworten werden trotzdem bewertet"
        case let .naWithoutComment(criterion):
            "«\(criterion)» ist mit «nicht anwendbar» beantwortet, aber ohne Kommentar; begründen Sie, warum das Kriterium nicht zutrifft"
        case let .missingEvidence(criterion, answer):
            "«\(criterion)» verlangt einen Nachweis, wenn es erfüllt oder teilweise erfüllt ist, und die Antwort «\(answer)» nennt keinen"
        case let .badDate(text): "«\(text)» ist kein Datum, das Vigie lesen kann; schreiben Sie TT.MM.JJJJ oder JJJJ-MM-TT"
        case let .missingAnswers(unit, year, criteria):
            "Die Einheit «\(unit)» hat im Jahr \(year) für \(criteria.count) \(criteria.count == 1 ? "Kriterium" : "Kriterien") des Katalogs keine Antwort (als unbeantwortet gezählt): \(Self.shown(criteria))"
        case let .notStarted(unit, year):
            "Der Antwortbogen der Einheit «\(unit)» für \(year) ist nicht begonnen: Noch kein Kriterium ist beantwortet. Solange das so bleibt, hat die Einheit in diesem Jahr keine Punktzahl und fehlt in Ranglisten, Zusammenfassungen und Entwicklungen"
        case .missingAction: "Die Massnahme ist leer: Schreiben Sie, was getan wird"
        case let .badDueDate(text): "«\(text)» ist kein Fälligkeitsdatum, das Vigie lesen kann; schreiben Sie TT.MM.JJJJ oder JJJJ-MM-TT"
        case let .unknownStatus(word):
            "«\(word)» ist kein Status, den Vigie versteht; schreiben Sie geplant, in Bearbeitung, erledigt oder verworfen (prévu, en cours, fait, abandonné; planned, in progress, done, dropped)"
        }
    }

    static func germanOf(_ table: Table) -> String {
        switch table {
        case .domain: "des Bereichs"
        case .criterion: "des Kriteriums"
        case .unit: "der Einheit"
        }
    }

    static func germanHint(_ suggestion: String?) -> String { suggestion.map { "; meinten Sie «\($0)»?" } ?? "" }

    static func germanList(_ names: [String]) -> String { list(names, quote: { "«\($0)»" }, more: { "und \($0) weitere" }) ?? "keine Namen" }

    static func germanSpan(_ since: Int?, _ until: Int?) -> String {
        switch (since, until) {
        case let (s?, u?): s == u ? "im Jahr \(s)" : "von \(s) bis \(u)"
        case let (s?, nil): "ab \(s)"
        case let (nil, u?): "bis \(u)"
        case (nil, nil): "immer"
        }
    }
}
