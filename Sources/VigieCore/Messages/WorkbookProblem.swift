/// Why an .xlsx workbook cannot be read (`unreadable-workbook`): the parameters, worded by `text(in:)`.
public enum WorkbookProblem: Hashable, Sendable {
    case legacy, notZip, truncated, damaged, openDocument, binaryWorkbook, noWorkbook, noVisibleSheet
    case doctype(part: String), notUTF8(part: String), malformed(part: String, line: Int)
    case tooManyEntries(count: Int, limit: Int), partTooLarge(part: String, limit: Int), budgetExceeded(limit: Int)
    case missingPart(part: String), tooManyStrings(limit: Int), tooManyCells(limit: Int), tooManyFields(limit: Int)
    case badRow(text: String), badReference(text: String), badSharedString, formulaWithoutValue
    /// What the XML parser said, in its own words (English).
    case xml(part: String, detail: String)

    public func text(in language: Language) -> String {
        switch language {
        case .en: english
        case .fr: french
        case .de: german
        case .it: italian
        }
    }

    var english: String {
        switch self {
        case .legacy: "this is not an .xlsx workbook but a legacy Excel file (.xls) or a password-protected workbook; remove the password, or save it as \"Excel Workbook (.xlsx)\""
        case .notZip: "this is not an .xlsx workbook (it is not a zip package); save it as \"Excel Workbook (.xlsx)\" or as \"CSV UTF-8\""
        case .truncated: "the workbook is truncated or damaged (its zip directory is missing): copy it again, or save it again from Excel"
        case .damaged: "the workbook is damaged (a part of its zip cannot be read or fails its checksum): save it again from Excel"
        case .openDocument: "this is an OpenDocument spreadsheet (.ods) renamed .xlsx; save it as \"Excel 2007-365 (.xlsx)\""
        case .binaryWorkbook: "this is an Excel binary workbook (.xlsb) renamed .xlsx; save it as \"Excel Workbook (.xlsx)\""
        case .noWorkbook: "the package holds no workbook part (xl/workbook.xml): is it an Excel workbook?"
        case .noVisibleSheet: "the workbook has no visible worksheet to read"
        case let .doctype(part): "the part \(part): it declares a DOCTYPE or an ENTITY, which no spreadsheet writes: the workbook is not read"
        case let .notUTF8(part): "the part \(part): it is not UTF-8 XML (it holds NUL bytes): the workbook is not read"
        case let .malformed(part, line): "the part \(part) is not well-formed XML (near its line \(line)): the workbook is damaged; save it again from Excel"
        case let .tooManyEntries(count, limit): "the workbook's zip holds \(count) entries, more than the \(limit) Vigie reads: it is not an answer sheet"
        case let .partTooLarge(part, limit): "the part \(part) inflates past \(limit) MiB, far more than an answer sheet holds: the workbook is not read"
        case let .budgetExceeded(limit): "the workbook's parts inflate past \(limit) MiB together, far more than an answer sheet holds: the workbook is not read"
        case let .missingPart(part): "the workbook names the part \(part) but does not hold it: save it again from Excel"
        case let .tooManyStrings(limit): "the workbook holds more than \(limit) shared strings: it is not an answer sheet"
        case let .tooManyCells(limit): "the worksheet holds more than \(limit) cells: it is not an answer sheet"
        case let .tooManyFields(limit): "the worksheet's cells span more than \(limit) positions (a cell far to the right or below): it is not an answer sheet"
        case let .badRow(text): "a row number '\(text)' is out of order or out of range: the workbook is damaged"
        case let .badReference(text): "a cell reference '\(text)' is not a cell: the workbook is damaged"
        case .badSharedString: "this cell points to a shared string that does not exist: the workbook is damaged"
        case .formulaWithoutValue: "this cell holds a formula without a computed value (the file was written by a program that does not calculate): open it in Excel or LibreOffice and save it, or type the value instead"
        case let .xml(part, detail): "the part \(part) cannot be read: \(detail)"
        }
    }

    var french: String {
        switch self {
        case .legacy: "ce n'est pas un classeur .xlsx mais un ancien fichier Excel (.xls) ou un classeur protégé par un mot de passe ; retirez le mot de passe, ou enregistrez-le au format « Classeur Excel (.xlsx) »"
        case .notZip: "ce n'est pas un classeur .xlsx (ce n'est pas un paquet zip) ; enregistrez-le au format « Classeur Excel (.xlsx) » ou « CSV UTF-8 »"
        case .truncated: "le classeur est tronqué ou endommagé (son répertoire zip manque) : copiez-le à nouveau, ou enregistrez-le à nouveau depuis Excel"
        case .damaged: "le classeur est endommagé (une partie de son zip est illisible ou sa somme de contrôle est fausse) : enregistrez-le à nouveau depuis Excel"
        case .openDocument: "c'est une feuille de calcul OpenDocument (.ods) renommée en .xlsx ; enregistrez-la au format « Excel 2007-365 (.xlsx) »"
        case .binaryWorkbook: "c'est un classeur binaire Excel (.xlsb) renommé en .xlsx ; enregistrez-le au format « Classeur Excel (.xlsx) »"
        case .noWorkbook: "le paquet ne contient pas de classeur (xl/workbook.xml) : est-ce bien un classeur Excel ?"
        case .noVisibleSheet: "le classeur n'a aucune feuille visible à lire"
        case let .doctype(part): "la partie \(part) déclare un DOCTYPE ou une ENTITY, ce qu'aucun tableur n'écrit : le classeur n'est pas lu"
        case let .notUTF8(part): "la partie \(part) n'est pas du XML UTF-8 (elle contient des octets NUL) : le classeur n'est pas lu"
        case let .malformed(part, line): "la partie \(part) n'est pas du XML bien formé (vers sa ligne \(line)) : le classeur est endommagé ; enregistrez-le à nouveau depuis Excel"
        case let .tooManyEntries(count, limit): "le zip du classeur contient \(count) entrées, plus que les \(limit) que Vigie lit : ce n'est pas une feuille de réponses"
        case let .partTooLarge(part, limit): "la partie \(part) dépasse \(limit) Mio une fois décompressée, bien plus qu'une feuille de réponses : le classeur n'est pas lu"
        case let .budgetExceeded(limit): "les parties du classeur dépassent ensemble \(limit) Mio une fois décompressées, bien plus qu'une feuille de réponses : le classeur n'est pas lu"
        case let .missingPart(part): "le classeur nomme la partie \(part) mais ne la contient pas : enregistrez-le à nouveau depuis Excel"
        case let .tooManyStrings(limit): "le classeur contient plus de \(limit) chaînes partagées : ce n'est pas une feuille de réponses"
        case let .tooManyCells(limit): "la feuille contient plus de \(limit) cellules : ce n'est pas une feuille de réponses"
        case let .tooManyFields(limit): "les cellules de la feuille s'étendent sur plus de \(limit) positions (une cellule très à droite ou très bas) : ce n'est pas une feuille de réponses"
        case let .badRow(text): "un numéro de ligne « \(text) » est hors d'ordre ou hors limites : le classeur est endommagé"
        case let .badReference(text): "une référence « \(text) » n'est pas une cellule : le classeur est endommagé"
        case .badSharedString: "cette cellule renvoie à une chaîne partagée qui n'existe pas : le classeur est endommagé"
        case .formulaWithoutValue: "cette cellule contient une formule sans valeur calculée (le fichier a été écrit par un programme qui ne calcule pas) : ouvrez-le dans Excel ou LibreOffice et enregistrez-le, ou tapez la valeur"
        case let .xml(part, detail): "la partie \(part) ne peut pas être lue : \(detail)"
        }
    }

    var german: String {
        switch self {
        case .legacy: "Das ist keine .xlsx-Arbeitsmappe, sondern eine alte Excel-Datei (.xls) oder eine kennwortgeschützte Arbeitsmappe; entfernen Sie das Kennwort oder speichern Sie sie als «Excel-Arbeitsmappe (.xlsx)»"
        case .notZip: "Das ist keine .xlsx-Arbeitsmappe (kein Zip-Paket); speichern Sie sie als «Excel-Arbeitsmappe (.xlsx)» oder als «CSV UTF-8»"
        case .truncated: "Die Arbeitsmappe ist abgeschnitten oder beschädigt (ihr Zip-Verzeichnis fehlt): Kopieren Sie sie nochmals oder speichern Sie sie in Excel neu"
        case .damaged: "Die Arbeitsmappe ist beschädigt (ein Teil ihres Zips ist unlesbar oder hat eine falsche Prüfsumme): Speichern Sie sie in Excel neu"
        case .openDocument: "Das ist eine OpenDocument-Tabelle (.ods), umbenannt in .xlsx; speichern Sie sie als «Excel 2007-365 (.xlsx)»"
        case .binaryWorkbook: "Das ist eine binäre Excel-Arbeitsmappe (.xlsb), umbenannt in .xlsx; speichern Sie sie als «Excel-Arbeitsmappe (.xlsx)»"
        case .noWorkbook: "Das Paket enthält keine Arbeitsmappe (xl/workbook.xml): Ist es eine Excel-Arbeitsmappe?"
        case .noVisibleSheet: "Die Arbeitsmappe hat kein sichtbares Tabellenblatt zum Lesen"
        case let .doctype(part): "Der Teil \(part) deklariert ein DOCTYPE oder eine ENTITY, was keine Tabellenkalkulation schreibt: Die Arbeitsmappe wird nicht gelesen"
        case let .notUTF8(part): "Der Teil \(part) ist kein UTF-8-XML (er enthält NUL-Bytes): Die Arbeitsmappe wird nicht gelesen"
        case let .malformed(part, line): "Der Teil \(part) ist kein wohlgeformtes XML (bei seiner Zeile \(line)): Die Arbeitsmappe ist beschädigt; speichern Sie sie in Excel neu"
        case let .tooManyEntries(count, limit): "Das Zip der Arbeitsmappe enthält \(count) Einträge, mehr als die \(limit), die Vigie liest: Es ist kein Antwortbogen"
        case let .partTooLarge(part, limit): "Der Teil \(part) wird entpackt grösser als \(limit) MiB, weit mehr als ein Antwortbogen enthält: Die Arbeitsmappe wird nicht gelesen"
        case let .budgetExceeded(limit): "Die Teile der Arbeitsmappe werden entpackt zusammen grösser als \(limit) MiB, weit mehr als ein Antwortbogen enthält: Die Arbeitsmappe wird nicht gelesen"
        case let .missingPart(part): "Die Arbeitsmappe nennt den Teil \(part), enthält ihn aber nicht: Speichern Sie sie in Excel neu"
        case let .tooManyStrings(limit): "Die Arbeitsmappe enthält mehr als \(limit) gemeinsame Zeichenfolgen: Es ist kein Antwortbogen"
        case let .tooManyCells(limit): "Das Tabellenblatt enthält mehr als \(limit) Zellen: Es ist kein Antwortbogen"
        case let .tooManyFields(limit): "Die Zellen des Tabellenblatts reichen über mehr als \(limit) Positionen (eine Zelle weit rechts oder unten): Es ist kein Antwortbogen"
        case let .badRow(text): "Eine Zeilennummer «\(text)» steht ausser der Reihe oder ausserhalb des Bereichs: Die Arbeitsmappe ist beschädigt"
        case let .badReference(text): "Ein Zellbezug «\(text)» ist keine Zelle: Die Arbeitsmappe ist beschädigt"
        case .badSharedString: "Diese Zelle verweist auf eine gemeinsame Zeichenfolge, die es nicht gibt: Die Arbeitsmappe ist beschädigt"
        case .formulaWithoutValue: "Diese Zelle enthält eine Formel ohne berechneten Wert (die Datei stammt von einem Programm, das nicht rechnet): Öffnen und speichern Sie sie in Excel oder LibreOffice, oder tippen Sie den Wert ein"
        case let .xml(part, detail): "Der Teil \(part) kann nicht gelesen werden: \(detail)"
        }
    }

    var italian: String {
        switch self {
        case .legacy: "questa non è una cartella di lavoro .xlsx ma un vecchio file Excel (.xls) o una cartella protetta da password; togliete la password o salvatela come «Cartella di lavoro di Excel (.xlsx)»"
        case .notZip: "questa non è una cartella di lavoro .xlsx (non è un pacchetto zip); salvatela come «Cartella di lavoro di Excel (.xlsx)» o come «CSV UTF-8»"
        case .truncated: "la cartella di lavoro è troncata o danneggiata (manca la sua directory zip): copiatela di nuovo o salvatela di nuovo da Excel"
        case .damaged: "la cartella di lavoro è danneggiata (una parte del suo zip è illeggibile o ha un checksum errato): salvatela di nuovo da Excel"
        case .openDocument: "questo è un foglio di calcolo OpenDocument (.ods) rinominato .xlsx; salvatelo come «Excel 2007-365 (.xlsx)»"
        case .binaryWorkbook: "questa è una cartella di lavoro binaria di Excel (.xlsb) rinominata .xlsx; salvatela come «Cartella di lavoro di Excel (.xlsx)»"
        case .noWorkbook: "il pacchetto non contiene una cartella di lavoro (xl/workbook.xml): è davvero una cartella di lavoro Excel?"
        case .noVisibleSheet: "la cartella di lavoro non ha alcun foglio visibile da leggere"
        case let .doctype(part): "la parte \(part) dichiara un DOCTYPE o una ENTITY, che nessun foglio di calcolo scrive: la cartella di lavoro non viene letta"
        case let .notUTF8(part): "la parte \(part) non è XML UTF-8 (contiene byte NUL): la cartella di lavoro non viene letta"
        case let .malformed(part, line): "la parte \(part) non è XML ben formato (verso la sua riga \(line)): la cartella di lavoro è danneggiata; salvatela di nuovo da Excel"
        case let .tooManyEntries(count, limit): "lo zip della cartella di lavoro contiene \(count) voci, più delle \(limit) che Vigie legge: non è un foglio delle risposte"
        case let .partTooLarge(part, limit): "la parte \(part) supera \(limit) MiB una volta decompressa, molto più di un foglio delle risposte: la cartella di lavoro non viene letta"
        case let .budgetExceeded(limit): "le parti della cartella di lavoro superano insieme \(limit) MiB una volta decompresse, molto più di un foglio delle risposte: la cartella di lavoro non viene letta"
        case let .missingPart(part): "la cartella di lavoro nomina la parte \(part) ma non la contiene: salvatela di nuovo da Excel"
        case let .tooManyStrings(limit): "la cartella di lavoro contiene più di \(limit) stringhe condivise: non è un foglio delle risposte"
        case let .tooManyCells(limit): "il foglio contiene più di \(limit) celle: non è un foglio delle risposte"
        case let .tooManyFields(limit): "le celle del foglio si estendono su più di \(limit) posizioni (una cella molto a destra o molto in basso): non è un foglio delle risposte"
        case let .badRow(text): "un numero di riga «\(text)» è fuori ordine o fuori intervallo: la cartella di lavoro è danneggiata"
        case let .badReference(text): "un riferimento «\(text)» non è una cella: la cartella di lavoro è danneggiata"
        case .badSharedString: "questa cella rimanda a una stringa condivisa che non esiste: la cartella di lavoro è danneggiata"
        case .formulaWithoutValue: "questa cella contiene una formula senza valore calcolato (il file è stato scritto da un programma che non calcola): apritelo in Excel o LibreOffice e salvatelo, oppure digitate il valore"
        case let .xml(part, detail): "la parte \(part) non può essere letta: \(detail)"
        }
    }
}
