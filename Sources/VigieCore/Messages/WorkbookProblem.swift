/// Why an .xlsx workbook cannot be read (`unreadable-workbook`): the parameters; the words are in the catalogues (`workbook.…`).
public enum WorkbookProblem: Hashable, Sendable {
    case legacy, notZip, truncated, damaged, openDocument, binaryWorkbook, noWorkbook, noVisibleSheet
    case doctype(part: String), notUTF8(part: String), malformed(part: String, line: Int)
    case tooManyEntries(count: Int, limit: Int), partTooLarge(part: String, limit: Int), budgetExceeded(limit: Int)
    case missingPart(part: String), tooManyStrings(limit: Int), tooManyCells(limit: Int), tooManyFields(limit: Int)
    case badRow(text: String), badReference(text: String), badSharedString, formulaWithoutValue
    /// What the XML parser said, in its own words (English).
    case xml(part: String, detail: String)

    public func text(in language: Language) -> String { phrase.text(in: language) }

    /// `workbook.` and the case's name, kebab-cased, with the parameters by their labels.
    public var phrase: Phrase {
        switch self {
        case .legacy: Phrase("workbook.legacy")
        case .notZip: Phrase("workbook.not-zip")
        case .truncated: Phrase("workbook.truncated")
        case .damaged: Phrase("workbook.damaged")
        case .openDocument: Phrase("workbook.open-document")
        case .binaryWorkbook: Phrase("workbook.binary-workbook")
        case .noWorkbook: Phrase("workbook.no-workbook")
        case .noVisibleSheet: Phrase("workbook.no-visible-sheet")
        case .badSharedString: Phrase("workbook.bad-shared-string")
        case .formulaWithoutValue: Phrase("workbook.formula-without-value")
        case let .doctype(part): Phrase("workbook.doctype", ["part": .text(part)])
        case let .notUTF8(part): Phrase("workbook.not-utf8", ["part": .text(part)])
        case let .missingPart(part): Phrase("workbook.missing-part", ["part": .text(part)])
        case let .malformed(part, line): Phrase("workbook.malformed", ["part": .text(part), "line": .number(line)])
        case let .tooManyEntries(count, limit): Phrase("workbook.too-many-entries", ["count": .number(count), "limit": .number(limit)])
        case let .partTooLarge(part, limit): Phrase("workbook.part-too-large", ["part": .text(part), "limit": .number(limit)])
        case let .budgetExceeded(limit): Phrase("workbook.budget-exceeded", ["limit": .number(limit)])
        case let .tooManyStrings(limit): Phrase("workbook.too-many-strings", ["limit": .number(limit)])
        case let .tooManyCells(limit): Phrase("workbook.too-many-cells", ["limit": .number(limit)])
        case let .tooManyFields(limit): Phrase("workbook.too-many-fields", ["limit": .number(limit)])
        case let .badRow(text): Phrase("workbook.bad-row", ["text": .text(text)])
        case let .badReference(text): Phrase("workbook.bad-reference", ["text": .text(text)])
        case let .xml(part, detail): Phrase("workbook.xml", ["part": .text(part), "detail": .text(detail)])
        }
    }
}
