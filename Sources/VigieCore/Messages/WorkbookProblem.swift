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
        let key = "workbook." + Phrase.key(caseName: self)
        switch self {
        case .legacy, .notZip, .truncated, .damaged, .openDocument, .binaryWorkbook, .noWorkbook, .noVisibleSheet, .badSharedString,
             .formulaWithoutValue:
            return Phrase(key)
        case let .doctype(part), let .notUTF8(part), let .missingPart(part): return Phrase(key, ["part": .text(part)])
        case let .malformed(part, line): return Phrase(key, ["part": .text(part), "line": .number(line)])
        case let .tooManyEntries(count, limit): return Phrase(key, ["count": .number(count), "limit": .number(limit)])
        case let .partTooLarge(part, limit): return Phrase(key, ["part": .text(part), "limit": .number(limit)])
        case let .budgetExceeded(limit), let .tooManyStrings(limit), let .tooManyCells(limit), let .tooManyFields(limit):
            return Phrase(key, ["limit": .number(limit)])
        case let .badRow(text), let .badReference(text): return Phrase(key, ["text": .text(text)])
        case let .xml(part, detail): return Phrase(key, ["part": .text(part), "detail": .text(detail)])
        }
    }
}
