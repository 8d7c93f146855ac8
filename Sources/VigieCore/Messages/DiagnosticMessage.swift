/// What a finding says, with its parameters and without words: loaders raise one of these, and the text is
/// written at output time in the chosen language (`text(in:)`): `phrase` names its message and parameters, and
/// each language's catalogue (`MessageCatalogue+fr.swift`…) holds the whole sentence. Each case belongs to one `DiagnosticKind` (several cases may share one, when the
/// same problem has different causes).
public enum DiagnosticMessage: Hashable, Sendable {
    /// Which catalogue or organisation table an id belongs to.
    public enum Table: Hashable, Sendable { case domain, criterion, unit }

    // Reading files
    case fileTooLarge(mebibytes: Int, limit: Int)
    case folderNotFile, specialFile, requiredIsFolder
    case folderSkipped
    case unreadable, linkLoop, danglingLink, readFailed(reason: String)
    case linkOutside
    case nulByte, renamedWorkbook, utf16, utf32, binary
    case windows1252
    case emptyFile, headerOnly, emptyCatalogueFile, headerOnlyCatalogueFile
    case fieldTooLong(length: Int, limit: Int)
    case innerBOM
    /// The delimiters as written in the file: `';'`, `','`, `TAB`.
    case mixedDelimiters(row: String, header: String, columns: Int, rowsLeftOut: Int)
    case extraFields(fields: Int, columns: Int)
    case unterminatedQuote, fieldOutOfMemory, csvSyntax(detail: String)
    // Workbooks (.xlsx)
    case workbook(WorkbookProblem)
    case workbookTooLarge(mebibytes: Int, limit: Int)
    case workbookFieldTooLong(length: Int, limit: Int)
    case workbookExtraFields(columns: Int)
    case emptyWorksheet(name: String)
    // The workspace
    case noWorkspace, noCatalogue
    case severalCatalogues(names: [String])
    case unknownCatalogue(name: String, names: [String])
    case missingFile
    case yearNotAFolder(name: String), yearLinkLoop(name: String)
    case yearOutOfRange(text: String, lowest: Int, highest: Int)
    case unreadableFolder, unreadableAudits, auditsNotAFolder, auditsLinkLoop
    case unknownSetting(key: String, known: [String])
    case unknownLanguage(value: String)
    // Headers
    case duplicateColumn(name: String, firstColumn: Int)
    case missingColumn(name: String, present: [String])
    /// A required column of an answer sheet, named in the message's language.
    case missingSheetColumn(column: SheetColumn, present: [String])
    /// A catalogue column such as `title_es`: a text field with a suffix that is not fr, de, it or en.
    case unknownTextLanguage(column: String, field: String, suffix: String)
    // Catalogue and units
    case missingID(Table)
    case badID(Table, text: String)
    case duplicateDomain(id: String, first: Location)
    case duplicateCriterion(id: String, first: Location)
    case duplicateUnit(id: String, first: Location)
    case criterionWithoutDomain(id: String)
    case unknownDomain(id: String, suggestion: String?)
    case unknownScale(text: String)
    case criterionYearsInverted(since: Int, until: Int)
    case unitYearsInverted(since: Int, until: Int)
    case badMinScore(text: String)
    case duplicateLevel(score: String, first: Location)
    case criterionReplacesItself(id: String)
    case unknownReplacedCriterion(id: String, suggestion: String?)
    case unitReplacesItself(id: String)
    case unknownReplacedUnit(id: String, suggestion: String?)
    case ownParent(id: String)
    case unknownParent(id: String, suggestion: String?)
    /// The ids in the loop, the first not repeated at the end.
    case parentCycle(ids: [String])
    case replacesCycle(ids: [String])
    case badWeight(text: String)
    case weightTooLarge(text: String, limit: Int)
    case badBoolean(text: String)
    case badYear(text: String)
    // Answer sheets
    case yearMismatch(year: Int, folder: Int)
    case missingUnit
    case unknownUnit(id: String, suggestion: String?)
    case missingCriterion
    case unknownCriterion(id: String, catalogue: String, suggestion: String?)
    /// The rows after the first that name the same unknown unit or criterion, in one finding.
    case moreUnknownUnitRows(count: Int, id: String)
    case moreUnknownCriterionRows(count: Int, id: String)
    /// The scale of the row's criterion, when the criterion is known.
    case unknownAnswer(word: String, scale: Scale?)
    case answerOffScale(word: String, criterion: String, scale: Scale)
    case duplicateAnswer(unit: String, criterion: String, year: Int, first: Location)
    case criterionOutOfYears(criterion: String, since: Int?, until: Int?, year: Int)
    case unitOutOfYears(unit: String, since: Int?, until: Int?, year: Int)
    case naWithoutComment(criterion: String)
    case missingEvidence(criterion: String, answer: String)
    case badDate(text: String)
    case missingAnswers(unit: String, year: Int, criteria: [String])
    case notStarted(unit: String, year: Int)
    // Remediation actions
    case missingAction
    case badDueDate(text: String)
    case unknownStatus(word: String)

    public var kind: DiagnosticKind {
        switch self {
        case .fileTooLarge, .workbookTooLarge: .fileTooLarge
        case .folderNotFile, .specialFile, .requiredIsFolder: .notAFile
        case .folderSkipped: .folderSkipped
        case .unreadable, .linkLoop, .danglingLink, .readFailed: .unreadableFile
        case .linkOutside: .linkOutside
        case .nulByte, .renamedWorkbook, .utf16, .utf32, .binary: .binaryFile
        case .windows1252: .windows1252
        case .emptyFile, .emptyWorksheet: .emptyFile
        case .headerOnly: .headerOnly
        case .emptyCatalogueFile, .headerOnlyCatalogueFile: .emptyCatalogueFile
        case .fieldTooLong, .workbookFieldTooLong: .fieldTooLong
        case .innerBOM: .innerBOM
        case .mixedDelimiters: .mixedDelimiters
        case .extraFields, .workbookExtraFields: .extraFields
        case .unterminatedQuote, .fieldOutOfMemory, .csvSyntax: .csvSyntax
        case .workbook: .unreadableWorkbook
        case .noWorkspace: .noWorkspace
        case .noCatalogue: .noCatalogue
        case .severalCatalogues: .severalCatalogues
        case .unknownCatalogue: .unknownCatalogue
        case .missingFile: .missingFile
        case .yearNotAFolder, .yearLinkLoop: .yearNotAFolder
        case .yearOutOfRange: .yearOutOfRange
        case .unreadableFolder, .unreadableAudits, .auditsNotAFolder, .auditsLinkLoop: .unreadableFolder
        case .unknownSetting: .unknownSetting
        case .unknownLanguage: .unknownLanguage
        case .duplicateColumn: .duplicateColumn
        case .missingColumn, .missingSheetColumn: .missingColumn
        case .unknownTextLanguage: .unknownTextLanguage
        case .missingID: .missingID
        case .badID: .badID
        case .duplicateDomain: .duplicateDomain
        case .duplicateCriterion: .duplicateCriterion
        case .duplicateUnit: .duplicateUnit
        case .criterionWithoutDomain: .missingDomain
        case .unknownDomain: .unknownDomain
        case .unknownScale: .unknownScale
        case .criterionYearsInverted, .unitYearsInverted: .invertedYears
        case .badMinScore: .badMinScore
        case .duplicateLevel: .duplicateLevel
        case .criterionReplacesItself, .unknownReplacedCriterion, .unitReplacesItself, .unknownReplacedUnit: .unknownReplaces
        case .ownParent, .unknownParent: .unknownParent
        case .parentCycle: .parentCycle
        case .replacesCycle: .replacesCycle
        case .badWeight, .weightTooLarge: .badWeight
        case .badBoolean: .badBoolean
        case .badYear: .badYear
        case .yearMismatch: .yearMismatch
        case .missingUnit: .missingUnit
        case .unknownUnit, .moreUnknownUnitRows: .unknownUnit
        case .missingCriterion: .missingCriterion
        case .unknownCriterion, .moreUnknownCriterionRows: .unknownCriterion
        case .unknownAnswer: .unknownAnswer
        case .answerOffScale: .answerOffScale
        case .duplicateAnswer: .duplicateAnswer
        case .criterionOutOfYears: .criterionOutOfYears
        case .unitOutOfYears: .unitOutOfYears
        case .naWithoutComment: .naWithoutComment
        case .missingEvidence: .missingEvidence
        case .badDate: .badDate
        case .missingAnswers: .missingAnswers
        case .notStarted: .notStarted
        case .missingAction: .missingAction
        case .badDueDate: .badDueDate
        case .unknownStatus: .unknownStatus
        }
    }

    /// The sentence in a language, from that language's catalogue.
    public func text(in language: Language) -> String { phrase.text(in: language) }
}

extension DiagnosticMessage {
    /// The same message with the places it names passed through `move` (to show them relative to a folder).
    public func relocated(_ move: (Location) -> Location) -> DiagnosticMessage {
        switch self {
        case let .duplicateDomain(id, first): .duplicateDomain(id: id, first: move(first))
        case let .duplicateCriterion(id, first): .duplicateCriterion(id: id, first: move(first))
        case let .duplicateUnit(id, first): .duplicateUnit(id: id, first: move(first))
        case let .duplicateLevel(score, first): .duplicateLevel(score: score, first: move(first))
        case let .duplicateAnswer(unit, criterion, year, first): .duplicateAnswer(unit: unit, criterion: criterion, year: year, first: move(first))
        default: self
        }
    }
}

extension Diagnostic {
    /// The same finding with every place it names (its own, the related one, those in its message) passed through `move`.
    public func relocated(_ move: (Location) -> Location) -> Diagnostic {
        var copy = self
        copy.location = move(location)
        copy.related = related.map(move)
        copy.finding = finding.relocated(move)
        return copy
    }
}
