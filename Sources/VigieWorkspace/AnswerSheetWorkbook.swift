import VigieCore
import VigieXLSX

/// The answer sheet of one unit and year as a worksheet: the columns of the CSV template (same header names, so
/// both read back alike), the guidance and the critical / evidence marks beside the question, the previous
/// evidence after the previous comment; the answer area unlocked, everything else locked; on `answer`, a dropdown
/// of exactly the words of the criterion's scale.
enum AnswerSheetWorkbook {
    struct Column {
        var column: SheetColumn
        var width: Double
        var isInput: Bool
    }

    static let columns: [Column] = [
        Column(column: .year, width: 7, isInput: false),
        Column(column: .unit, width: 10, isInput: false),
        Column(column: .criterion, width: 11, isInput: false),
        Column(column: .domain, width: 9, isInput: false),
        Column(column: .title, width: 28, isInput: false),
        Column(column: .question, width: 48, isInput: false),
        Column(column: .marks, width: 16, isInput: false),
        Column(column: .guidance, width: 40, isInput: false),
        Column(column: .answer, width: 14, isInput: true),
        Column(column: .evidence, width: 30, isInput: true),
        Column(column: .comment, width: 34, isInput: true),
        Column(column: .assessor, width: 16, isInput: true),
        Column(column: .date, width: 12, isInput: true),
        Column(column: .answersAllowed, width: 24, isInput: false),
        Column(column: .previousAnswer, width: 14, isInput: false),
        Column(column: .previousComment, width: 30, isInput: false),
        Column(column: .previousEvidence, width: 30, isInput: false),
    ]

    /// The worksheet with its header, marks and dropdown prompts in `language`.
    static func worksheet(workspace: Workspace, year: Int, unit: String, language: Language = .en) -> Worksheet {
        let lines = AnswerSheetTemplate.lines(workspace: workspace, year: year, unit: unit)
        let answerColumn = columns.firstIndex { $0.column == .answer }! + 1
        let message = Message(language)
        var rows: [[Worksheet.Cell]] = [columns.map { Worksheet.Cell(.text($0.column.name(in: language)), style: .header) }]
        var cellsByScale: [Scale: [Worksheet.CellPosition]] = [:]
        for line in lines {
            let criterion = line.criterion
            let texts: [SheetColumn: String] = [
                .unit: unit, .criterion: criterion.id, .domain: criterion.domain, .title: criterion.title,
                .question: criterion.question, .marks: message.marks(criterion), .guidance: criterion.guidance,
                .answersAllowed: AnswerVocabulary.allowedWords(for: criterion.scale, in: language),
                .previousAnswer: line.previous?.word ?? "", .previousComment: line.previous?.comment ?? "",
                .previousEvidence: line.previous?.evidence ?? "",
            ]
            rows.append(columns.map { column in
                if column.column == .year { return Worksheet.Cell(.integer(year), style: .text) }
                let style: Worksheet.Style = column.isInput ? .input : column.column == .marks ? .mark
                    : column.column.rawValue.hasPrefix("previous_") ? .muted : .text
                return Worksheet.Cell(.text(texts[column.column] ?? ""), style: style)
            })
            cellsByScale[criterion.scale, default: []].append(Worksheet.CellPosition(row: rows.count, column: answerColumn))
        }
        let validations = Scale.allCases.compactMap { scale -> Worksheet.ListValidation? in
            guard let cells = cellsByScale[scale] else { return nil }
            let words = AnswerVocabulary.choices(for: scale, in: language)
            precondition(words.allSatisfy { !$0.contains(",") && !$0.contains("\"") }, "a dropdown word holds a comma or a quote")
            return Worksheet.ListValidation(words: words, cells: cells, prompt: message.prompt(words), error: message.error(words))
        }
        return Worksheet(name: "\(unit) \(year)",
                         columns: columns.map { Worksheet.Column(width: $0.width, style: $0.isInput ? .input : .text) },
                         rows: rows, frozenRows: 1, validations: validations, isProtected: true)
    }

    /// The workbook's own words (marks beside the question, the dropdown's prompt and error), in a language: the
    /// catalogues' `sheet.…` messages.
    struct Message {
        let language: Language

        init(_ language: Language) { self.language = language }

        private func text(_ key: String, _ arguments: [String: MessageArgument] = [:]) -> String {
            Phrase("sheet." + key, arguments).text(in: language)
        }

        /// "critique · justificatif requis", or "" for a criterion with neither mark.
        func marks(_ criterion: Criterion) -> String {
            ((criterion.critical ? [text("critical")] : []) + (criterion.requiresEvidence ? [text("evidence-required")] : [])).joined(separator: " · ")
        }

        func prompt(_ words: [String]) -> String { text("prompt", ["words": .list(words)]) }
        func error(_ words: [String]) -> String { text("error", ["words": .list(words)]) }
    }
}
