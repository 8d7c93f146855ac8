import VigieCore
import VigieXLSX

/// The answer sheet of one unit and year as a worksheet: the columns of the CSV template (same header names, so
/// both read back alike), the guidance and the critical / evidence marks beside the question, the previous
/// evidence after the previous comment; the answer area unlocked, everything else locked; on `answer`, a dropdown
/// of exactly the words of the criterion's scale.
enum AnswerSheetWorkbook {
    struct Column {
        var name: String
        var width: Double
        var isInput: Bool
    }

    static let columns: [Column] = [
        Column(name: "year", width: 7, isInput: false),
        Column(name: "unit", width: 10, isInput: false),
        Column(name: "criterion", width: 11, isInput: false),
        Column(name: "domain", width: 9, isInput: false),
        Column(name: "title", width: 28, isInput: false),
        Column(name: "question", width: 48, isInput: false),
        Column(name: "marks", width: 16, isInput: false),
        Column(name: "guidance", width: 40, isInput: false),
        Column(name: "answer", width: 14, isInput: true),
        Column(name: "evidence", width: 30, isInput: true),
        Column(name: "comment", width: 34, isInput: true),
        Column(name: "assessor", width: 16, isInput: true),
        Column(name: "date", width: 12, isInput: true),
        Column(name: "answers_allowed", width: 24, isInput: false),
        Column(name: "previous_answer", width: 14, isInput: false),
        Column(name: "previous_comment", width: 30, isInput: false),
        Column(name: "previous_evidence", width: 30, isInput: false),
    ]

    static func worksheet(workspace: Workspace, year: Int, unit: String) -> Worksheet {
        let lines = AnswerSheetTemplate.lines(workspace: workspace, year: year, unit: unit)
        let answerColumn = columns.firstIndex { $0.name == "answer" }! + 1
        var rows: [[Worksheet.Cell]] = [columns.map { Worksheet.Cell(.text($0.name), style: .header) }]
        var cellsByScale: [Scale: [Worksheet.CellPosition]] = [:]
        for line in lines {
            let criterion = line.criterion
            let texts: [String: String] = [
                "unit": unit, "criterion": criterion.id, "domain": criterion.domain, "title": criterion.title,
                "question": criterion.question, "marks": marks(criterion), "guidance": criterion.guidance,
                "answers_allowed": AnswerVocabulary.allowedWords(for: criterion.scale),
                "previous_answer": line.previous?.word ?? "", "previous_comment": line.previous?.comment ?? "",
                "previous_evidence": line.previous?.evidence ?? "",
            ]
            rows.append(columns.map { column in
                if column.name == "year" { return Worksheet.Cell(.integer(year), style: .text) }
                let style: Worksheet.Style = column.isInput ? .input : column.name == "marks" ? .mark
                    : column.name.hasPrefix("previous_") ? .muted : .text
                return Worksheet.Cell(.text(texts[column.name] ?? ""), style: style)
            })
            cellsByScale[criterion.scale, default: []].append(Worksheet.CellPosition(row: rows.count, column: answerColumn))
        }
        let validations = Scale.allCases.compactMap { scale -> Worksheet.ListValidation? in
            guard let cells = cellsByScale[scale] else { return nil }
            let words = AnswerVocabulary.choices(for: scale)
            precondition(words.allSatisfy { !$0.contains(",") && !$0.contains("\"") }, "a dropdown word holds a comma or a quote")
            return Worksheet.ListValidation(words: words, cells: cells, prompt: Message.prompt(words), error: Message.error(words))
        }
        return Worksheet(name: "\(unit) \(year)",
                         columns: columns.map { Worksheet.Column(width: $0.width, style: $0.isInput ? .input : .text) },
                         rows: rows, frozenRows: 1, validations: validations, isProtected: true)
    }

    /// "critique · justificatif requis", or "" for a criterion with neither mark.
    static func marks(_ criterion: Criterion) -> String {
        ((criterion.critical ? [Message.critical] : []) + (criterion.requiresEvidence ? [Message.evidenceRequired] : []))
            .joined(separator: " · ")
    }

    enum Message {
        static let critical = "critique"
        static let evidenceRequired = "justificatif requis"
        static func prompt(_ words: [String]) -> String { "Réponses possibles : " + words.joined(separator: ", ") }
        static func error(_ words: [String]) -> String {
            "Choisissez une réponse de la liste : " + words.joined(separator: ", ") + " (ou laissez la cellule vide)."
        }
    }
}
