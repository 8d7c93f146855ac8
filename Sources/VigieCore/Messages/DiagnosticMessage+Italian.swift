extension DiagnosticMessage {
    /// Italian as written in Ticino: «…» quotes («foglio delle risposte», «criterio», «unità»).
    var italian: String {
        switch self {
        case let .fileTooLarge(size, limit):
            "il file pesa \(size) MiB; Vigie legge file CSV fino a \(limit) MiB, e un foglio delle risposte è molto più piccolo: è il file giusto?"
        case .folderNotFile: "questa è una cartella, non un file CSV"
        case .specialFile: "questo non è un file normale (una pipe, un dispositivo o un socket): non viene letto"
        case .requiredIsFolder: "questa è una cartella, non un file CSV: il catalogo ha bisogno di questo file"
        case .folderSkipped: "questa è una cartella, non un file CSV; viene tralasciata"
        case .unreadable: "il file non può essere aperto (verificate che esista e che abbiate il diritto di leggerlo)"
        case .linkLoop: "questo è un collegamento simbolico che rimanda a sé stesso (un ciclo): non c'è alcun file da leggere"
        case .danglingLink: "questo è un collegamento simbolico verso un file che non esiste"
        case let .readFailed(reason): "il file non ha potuto essere letto fino in fondo: \(reason)"
        case .linkOutside: "questo file è un collegamento simbolico verso un luogo fuori dallo spazio di lavoro; non viene letto (copiate invece il file nello spazio di lavoro)"
        case .nulByte:
            "questo file non è un CSV di testo (contiene dati binari: un byte NUL su questa riga). È stato salvato come cartella di lavoro Excel o in UTF-16? Salvatelo come «CSV UTF-8»"
        case .renamedWorkbook:
            "questo file non è un CSV di testo ma una cartella di lavoro (.xlsx, .xls, .ods) rinominata; se è una cartella di lavoro Excel, chiamatela .xlsx (Vigie le legge), altrimenti apritela e salvatela come «CSV UTF-8»"
        case .utf16: "questo file è in UTF-16 (il «Testo Unicode» di Excel), che Vigie non legge; salvatelo come «CSV UTF-8»"
        case .utf32: "questo file è in UTF-32, che Vigie non legge; salvatelo come «CSV UTF-8»"
        case .binary: "questo file non è un CSV di testo (contiene dati binari). È stato salvato come cartella di lavoro Excel? Salvatelo come «CSV UTF-8»"
        case .windows1252:
            "il file non è in UTF-8; è stato letto come Windows-1252 (il «CSV» semplice di Excel). Controllate gli accenti, oppure salvatelo come «CSV UTF-8»"
        case .emptyFile: "il file è vuoto: non ha né riga d'intestazione né righe, e viene tralasciato"
        case .headerOnly: "il file ha la riga d'intestazione ma nessuna riga: non contiene risposte"
        case .emptyCatalogueFile: "il file è vuoto: il catalogo ha bisogno della riga d'intestazione e di almeno una riga"
        case .headerOnlyCatalogueFile: "il file ha la riga d'intestazione ma nessuna riga: il catalogo ne richiede almeno una"
        case let .fieldTooLong(length, limit):
            "questa cella contiene \(length) caratteri, più dei \(limit) che una cella di un foglio di calcolo può contenere: probabilmente una virgoletta è fuori posto (un campo aperto con \" prosegue sulle righe seguenti), oppure il file non è un CSV; il file non viene letto"
        case .innerBOM:
            "un segno invisibile di ordine dei byte (U+FEFF) si trova all'interno del file, come quando due file CSV vengono incollati insieme; viene ignorato. Verificate che nessuna riga d'intestazione si ripeta più in basso"
        case let .mixedDelimiters(row, header, columns, rows):
            "questa riga è separata da \(row) ma l'intestazione da \(header) (il separatore è quello della riga d'intestazione), quindi viene letta come una sola cella invece di \(columns); usate un solo separatore in tutto il file. "
                + (rows == 1 ? "La riga viene tralasciata" : "\(rows) righe come questa vengono tralasciate")
        case let .extraFields(fields, columns):
            "questa riga ha \(fields) campi ma l'intestazione solo \(columns) colonne; il testo oltre l'ultima colonna viene ignorato"
        case .unterminatedQuote: "un campo tra virgolette aperto qui non viene mai chiuso (manca il \" di chiusura)"
        case .fieldOutOfMemory: "il file contiene un campo troppo grande per essere letto (memoria insufficiente)"
        case let .csvSyntax(detail): "il file non può essere letto come CSV: \(detail)"
        case let .workbook(problem): problem.text(in: .it)
        case let .workbookTooLarge(size, limit):
            "la cartella di lavoro pesa \(size) MiB; Vigie legge cartelle di lavoro fino a \(limit) MiB, e un foglio delle risposte è molto più piccolo: è il file giusto?"
        case let .workbookFieldTooLong(length, limit):
            "questa cella contiene \(length) caratteri, più dei \(limit) che una cella di un foglio di calcolo può contenere: la cartella di lavoro non viene letta"
        case let .workbookExtraFields(columns): "questa riga ha testo oltre l'ultima colonna dell'intestazione (\(columns) colonne); viene ignorato"
        case let .emptyWorksheet(name): "il foglio «\(name)» è vuoto: non ha né riga d'intestazione né righe, e viene tralasciato"
        case .noWorkspace: "questa non è una cartella; indicate il percorso di uno spazio di lavoro (una cartella con checklists/ e audits/)"
        case .noCatalogue:
            "nessun catalogo trovato: uno spazio di lavoro ha bisogno di checklists/<nome>/domains.csv e criteria.csv (vigie init ne crea uno)"
        case let .severalCatalogues(names):
            "ci sono più cataloghi (\(names.joined(separator: ", "))); sceglietene uno con --catalogue"
        case let .unknownCatalogue(name, names):
            "in checklists/ non c'è alcun catalogo «\(name)»" + (names.isEmpty ? "" : " (ci sono: \(names.joined(separator: ", ")))")
        case .missingFile: "questo file del catalogo manca"
        case let .yearNotAFolder(name):
            "«\(name)» non è una cartella: i fogli delle risposte vanno in una cartella dell'anno (audits/\(name)/*.csv); viene tralasciato"
        case let .yearLinkLoop(name):
            "«\(name)» è un collegamento simbolico che gira in tondo, non una cartella: i fogli delle risposte vanno in una cartella dell'anno (audits/\(name)/*.csv); viene tralasciato"
        case let .yearOutOfRange(text, lowest, highest): "l'anno \(text) è fuori dagli anni che Vigie accetta (dal \(lowest) al \(highest))"
        case .unreadableAudits: "il contenuto della cartella audits/ non può essere elencato (verificate di avere il diritto di leggerla): nessun foglio delle risposte viene letto"
        case .auditsNotAFolder: "audits/ non è una cartella: i fogli delle risposte vanno in audits/<anno>/*.csv; nessuno viene letto"
        case .auditsLinkLoop: "audits/ è un collegamento simbolico che gira in tondo: nessun foglio delle risposte viene letto"
        case .unreadableFolder:
            "il contenuto di questa cartella dell'anno non può essere elencato (verificate di avere il diritto di leggerla): i suoi fogli delle risposte non vengono letti"
        case let .unknownSetting(key, known):
            "«\(key)» non è un'impostazione che Vigie conosce (\(known.joined(separator: ", "))); la riga viene ignorata"
        case let .unknownLanguage(value): "«\(value)» non è una lingua che Vigie parla; scrivete fr, de, it o en (la riga viene ignorata)"
        case let .unknownTextLanguage(column, field, suffix):
            "colonna «\(column)»: «\(suffix)» non è una lingua che Vigie parla; chiamatela \(field)_fr, \(field)_de, \(field)_it o \(field)_en (la colonna viene ignorata)"
        case let .duplicateColumn(name, first):
            "la colonna «\(name)» compare due volte (la prima nella colonna \(first)); eliminatene o rinominatene una"
        case let .missingSheetColumn(column, present): DiagnosticMessage.missingColumn(name: column.name(in: .it), present: present).italian
        case let .missingColumn(name, present):
            "manca la colonna obbligatoria «\(name)» (l'intestazione contiene \(Self.italianList(present)))"
        case let .missingID(table): "l'identificativo \(Self.italianOf(table)) è vuoto"
        case let .badID(table, text):
            "«\(text)» non è un identificativo \(Self.italianOf(table)) valido: usate solo lettere, cifre, «-», «_» e «.»"
        case let .duplicateDomain(id, first): "l'identificativo di ambito «\(id)» è definito due volte; il primo si trova in \(first)"
        case let .duplicateCriterion(id, first): "l'identificativo di criterio «\(id)» è definito due volte; il primo si trova in \(first)"
        case let .duplicateUnit(id, first): "l'identificativo di unità «\(id)» è definito due volte; il primo si trova in \(first)"
        case let .criterionWithoutDomain(id): "il criterio «\(id)» non ha un ambito"
        case let .unknownDomain(id, suggestion): "ambito sconosciuto «\(id)»: non figura in domains.csv" + Self.italianHint(suggestion)
        case let .unknownScale(text):
            "scala sconosciuta «\(text)»; scrivete ternary (soddisfatto / parziale / non soddisfatto), binary (soddisfatto / non soddisfatto) o level (da 0 a 4)"
        case let .criterionYearsInverted(since, until):
            "«until» (\(until)) precede «since» (\(since)): il criterio non si applicherebbe mai"
        case let .unitYearsInverted(since, until): "«until» (\(until)) precede «since» (\(since)): l'unità non esisterebbe mai"
        case let .badMinScore(text): "«\(text)» non è un punteggio tra 0 e 100"
        case let .duplicateLevel(score, first): "due livelli iniziano allo stesso punteggio \(score); il primo si trova in \(first)"
        case let .criterionReplacesItself(id): "il criterio «\(id)» non può sostituire sé stesso"
        case let .unknownReplacedCriterion(id, suggestion):
            "criterio sconosciuto «\(id)»: non figura in criteria.csv" + Self.italianHint(suggestion)
        case let .unitReplacesItself(id): "l'unità «\(id)» non può sostituire sé stessa"
        case let .unknownReplacedUnit(id, suggestion), let .unknownParent(id, suggestion):
            "unità sconosciuta «\(id)»: non figura in units.csv" + Self.italianHint(suggestion)
        case let .ownParent(id): "l'unità «\(id)» non può essere l'unità superiore di sé stessa"
        case let .parentCycle(ids): "questi identificativi formano un ciclo attraverso «parent»: \(Self.loop(ids))"
        case let .replacesCycle(ids): "questi identificativi formano un ciclo attraverso «replaces»: \(Self.loop(ids))"
        case let .badWeight(text):
            "«\(text)» non è un numero positivo; scrivete un peso come 1, 2 o 1.5 (va bene anche 1,5)"
        case let .weightTooLarge(text, limit):
            "«\(text)» supera il peso massimo che Vigie accetta (\(limit)); scrivete un peso come 1, 2 o 1.5"
        case let .badBoolean(text): "«\(text)» non è né sì né no; scrivete oui o non (vanno bene anche sì/no, yes/no e 1/0)"
        case let .badYear(text): "«\(text)» non è un anno; scrivete quattro cifre, per esempio 2025"
        case let .yearMismatch(year, folder):
            "la riga indica \(year) ma il file si trova nella cartella \(folder); spostate il file o correggete l'anno"
        case .missingUnit: "l'unità è vuota: scrivete l'identificativo dell'unità a cui appartiene questa risposta"
        case let .unknownUnit(id, suggestion): "unità sconosciuta «\(id)»: non figura in audits/units.csv" + Self.italianHint(suggestion)
        case let .moreUnknownUnitRows(count, id):
            "… e \(count == 1 ? "un'altra riga" : "altre \(Self.grouped(count, "'")) righe") dell'unità «\(id)» (lo stesso errore)"
        case let .moreUnknownCriterionRows(count, id):
            "… e \(count == 1 ? "un'altra riga" : "altre \(Self.grouped(count, "'")) righe") del criterio «\(id)» (lo stesso errore)"
        case .missingCriterion: "il criterio è vuoto: scrivete l'identificativo del criterio a cui rispondete"
        case let .unknownCriterion(id, catalogue, suggestion):
            "criterio sconosciuto «\(id)»: non figura nel catalogo «\(catalogue)»" + Self.italianHint(suggestion)
        case let .unknownAnswer(word, scale):
            "«\(word)» non è una risposta che Vigie capisce; scrivete " + (scale.map { AnswerVocabulary.allowedWords(for: $0, in: .it) } ?? "sì, parziale, no o non applicabile (oppure oui, partiel, non, sans objet)")
        case let .answerOffScale(word, criterion, scale):
            switch scale {
            case .level: "al criterio «\(criterion)» si risponde con un livello da 0 a 4 (o \(AnswerVocabulary.choices(for: .level, in: .it).last ?? "")), non con «\(word)»"
            case .binary: "al criterio «\(criterion)» si risponde soddisfatto o non soddisfatto (\(AnswerVocabulary.allowedWords(for: .binary, in: .it))), non «\(word)»"
            case .ternary: "al criterio «\(criterion)» si risponde \(AnswerVocabulary.allowedWords(for: .ternary, in: .it)), non con il livello «\(word)»"
            }
        case let .duplicateAnswer(unit, criterion, year, first):
            "l'unità «\(unit)» risponde due volte a «\(criterion)» nel \(year); la prima risposta si trova in \(first)"
        case let .criterionOutOfYears(criterion, since, until, year):
            "il criterio «\(criterion)» si applica solo \(Self.italianSpan(since, until)); questa risposta del \(year) viene ignorata"
        case let .unitOutOfYears(unit, since, until, year):
            "l'unità «\(unit)» ha risposte nel \(year) ma secondo units.csv esiste solo \(Self.italianSpan(since, until)); le sue risposte vengono comunque valutate"
        case let .naWithoutComment(criterion):
            "«\(criterion)» è indicato come non applicabile senza commento; spiegate perché non si applica"
        case let .missingEvidence(criterion, answer):
            "«\(criterion)» richiede un documento giustificativo quando è soddisfatto o parzialmente soddisfatto, e la risposta «\(answer)» non ne cita alcuno"
        case let .badDate(text): "«\(text)» non è una data che Vigie sa leggere; scrivete gg.mm.aaaa o aaaa-mm-gg"
        case let .missingAnswers(unit, year, criteria):
            "l'unità «\(unit)» non ha risposta nel \(year) per \(criteria.count) \(criteria.count == 1 ? "criterio" : "criteri") del catalogo (contati come senza risposta): \(Self.shown(criteria))"
        case let .notStarted(unit, year):
            "il foglio delle risposte dell'unità «\(unit)» per il \(year) non è iniziato: nessun criterio ha ancora una risposta. Finché sarà così, l'unità non ha punteggio quell'anno e resta fuori da classifiche, aggregati e tendenze"
        case .missingAction: "la misura è vuota: indicate che cosa verrà fatto"
        case let .badDueDate(text): "«\(text)» non è una scadenza che Vigie sa leggere; scrivete gg.mm.aaaa o aaaa-mm-gg"
        case let .unknownStatus(word):
            "«\(word)» non è uno stato che Vigie capisce; scrivete prévu, en cours, fait o abandonné (planned, in progress, done, dropped; geplant, in Bearbeitung, erledigt, verworfen)"
        }
    }

    static func italianOf(_ table: Table) -> String {
        switch table {
        case .domain: "di ambito"
        case .criterion: "di criterio"
        case .unit: "di unità"
        }
    }

    static func italianHint(_ suggestion: String?) -> String { suggestion.map { "; intendevate «\($0)»?" } ?? "" }

    static func italianList(_ names: [String]) -> String { list(names, quote: { "«\($0)»" }, more: { "e altri \($0)" }) ?? "nessun nome" }

    static func italianSpan(_ since: Int?, _ until: Int?) -> String {
        switch (since, until) {
        case let (s?, u?): s == u ? "nel \(s)" : "dal \(s) al \(u)"
        case let (s?, nil): "dal \(s) in poi"
        case let (nil, u?): "fino al \(u)"
        case (nil, nil): "sempre"
        }
    }
}
