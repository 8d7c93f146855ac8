/// The columns of an answer sheet, each with its header name in the four languages. `vigie template` writes the
/// names of the workspace's language; readers accept any language's name (and today's English ones), in any case,
/// so a sheet may mix them (`critère;Answer;Commentaire`).
public enum SheetColumn: String, CaseIterable, Sendable {
    case year, unit, criterion, domain, title, question, marks, guidance, answer, evidence, comment, assessor, date
    case answersAllowed = "answers_allowed", previousAnswer = "previous_answer", previousComment = "previous_comment"
    case previousEvidence = "previous_evidence"

    /// The header name in a language (English: the raw value, the names of earlier versions).
    public func name(in language: Language) -> String {
        switch language {
        case .en: rawValue
        case .fr: Self.french[self]!
        case .de: Self.german[self]!
        case .it: Self.italian[self]!
        }
    }

    private static let french: [SheetColumn: String] = [
        .year: "année", .unit: "unité", .criterion: "critère", .domain: "domaine", .title: "titre", .question: "question",
        .marks: "marques", .guidance: "conseils", .answer: "réponse", .evidence: "justificatif", .comment: "commentaire",
        .assessor: "évaluateur", .date: "date", .answersAllowed: "réponses_possibles", .previousAnswer: "réponse_précédente",
        .previousComment: "commentaire_précédent", .previousEvidence: "justificatif_précédent",
    ]
    private static let german: [SheetColumn: String] = [
        .year: "jahr", .unit: "einheit", .criterion: "kriterium", .domain: "bereich", .title: "titel", .question: "frage",
        .marks: "merkmale", .guidance: "hinweise", .answer: "antwort", .evidence: "nachweis", .comment: "kommentar",
        .assessor: "prüfperson", .date: "datum", .answersAllowed: "mögliche_antworten", .previousAnswer: "frühere_antwort",
        .previousComment: "früherer_kommentar", .previousEvidence: "früherer_nachweis",
    ]
    private static let italian: [SheetColumn: String] = [
        .year: "anno", .unit: "unità", .criterion: "criterio", .domain: "ambito", .title: "titolo", .question: "domanda",
        .marks: "indicazioni", .guidance: "consigli", .answer: "risposta", .evidence: "giustificativo", .comment: "commento",
        .assessor: "valutatore", .date: "data", .answersAllowed: "risposte_possibili", .previousAnswer: "risposta_precedente",
        .previousComment: "commento_precedente", .previousEvidence: "giustificativo_precedente",
    ]

    /// Every accepted name, lower-cased, to its column.
    private static let byName: [String: SheetColumn] = {
        var table: [String: SheetColumn] = [:]
        for column in allCases {
            for language in Language.allCases { table[column.name(in: language).lowercased()] = column }
        }
        return table
    }()

    /// The column a header name stands for, in any of the four languages and any case; nil for another column.
    public static func named(_ name: String) -> SheetColumn? { byName[name.lowercased()] }

    /// Where each column stands in a sheet's header (its first cell when named twice), and an error for each later
    /// cell naming a column already named in another language or spelling (`answer;Réponse`): Vigie could not tell
    /// which to read. Two cells of the very same name are `headerDiagnostics`' finding, not repeated here.
    public static func positions(in table: SourceTable) -> (positions: [SheetColumn: Int], diagnostics: [Diagnostic]) {
        var positions: [SheetColumn: Int] = [:]
        var diagnostics: [Diagnostic] = []
        for (position, name) in table.header.enumerated() {
            guard let column = named(name) else { continue }
            guard let first = positions[column] else {
                positions[column] = position
                continue
            }
            if table.header[first].lowercased() != name.lowercased() {
                diagnostics.append(.error(.duplicateColumn(name: name, firstColumn: first + 1),
                                          at: Location(file: table.file, line: table.headerLine, column: position + 1, columnName: name,
                                                       row: table.headerRow).inWorksheet(table.sheet)))
            }
        }
        return (positions, diagnostics)
    }
}
