/// Every kind of finding Vigie reports, declared once: its code (the raw value, stable, the same in every
/// language) and its severity. The message of each kind is a `DiagnosticMessage`, worded in the catalogues
/// (`MessageCatalogue+fr.swift`…), which also hold its documentation (`meaning.<code>`, `fix.<code>`, in English
/// and French: a test checks that each kind has them); its triggering example is the exhaustive switch of
/// `DiagnosticKind+Examples.swift`, so a kind without one does not compile.
public enum DiagnosticKind: String, CaseIterable, Sendable {
    // Reading files
    case fileTooLarge = "file-too-large", notAFile = "not-a-file", folderSkipped = "folder-skipped"
    case unreadableFile = "unreadable-file", linkOutside = "link-outside", binaryFile = "binary-file", windows1252 = "windows-1252"
    case emptyFile = "empty-file", headerOnly = "header-only", emptyCatalogueFile = "empty-catalogue-file"
    case fieldTooLong = "field-too-long", innerBOM = "inner-bom", mixedDelimiters = "mixed-delimiters"
    case extraFields = "extra-fields", csvSyntax = "csv-syntax", unreadableWorkbook = "unreadable-workbook"
    // The workspace
    case noWorkspace = "no-workspace", noCatalogue = "no-catalogue", severalCatalogues = "several-catalogues"
    case unknownCatalogue = "unknown-catalogue", missingFile = "missing-file", yearNotAFolder = "year-not-a-folder"
    case yearOutOfRange = "year-out-of-range"
    case unreadableFolder = "unreadable-folder", unknownSetting = "unknown-setting", unknownLanguage = "unknown-language"
    // Headers
    case duplicateColumn = "duplicate-column", missingColumn = "missing-column", unknownTextLanguage = "unknown-text-language"
    // Catalogue and units
    case missingID = "missing-id", badID = "bad-id", duplicateDomain = "duplicate-domain"
    case duplicateCriterion = "duplicate-criterion", duplicateUnit = "duplicate-unit", missingDomain = "missing-domain"
    case unknownDomain = "unknown-domain", unknownScale = "unknown-scale", invertedYears = "inverted-years"
    case badMinScore = "bad-min-score", duplicateLevel = "duplicate-level", unknownReplaces = "unknown-replaces"
    case unknownParent = "unknown-parent", parentCycle = "parent-cycle", replacesCycle = "replaces-cycle"
    case badWeight = "bad-weight", badBoolean = "bad-boolean", badYear = "bad-year"
    // Answer sheets
    case yearMismatch = "year-mismatch", missingUnit = "missing-unit", unknownUnit = "unknown-unit"
    case missingCriterion = "missing-criterion", unknownCriterion = "unknown-criterion", unknownAnswer = "unknown-answer"
    case answerOffScale = "answer-off-scale", duplicateAnswer = "duplicate-answer"
    case criterionOutOfYears = "criterion-out-of-years", unitOutOfYears = "unit-out-of-years"
    case naWithoutComment = "na-without-comment", missingEvidence = "missing-evidence", badDate = "bad-date"
    case missingAnswers = "missing-answers", notStarted = "not-started"
    // Remediation actions
    case missingAction = "missing-action", badDueDate = "bad-due-date", unknownStatus = "unknown-status"

    /// The stable identifier printed and exported, e.g. `unknown-criterion`.
    public var code: String { rawValue }

    public var severity: Diagnostic.Severity {
        switch self {
        case .folderSkipped, .windows1252, .emptyFile, .headerOnly, .innerBOM, .extraFields, .yearNotAFolder,
             .unknownSetting, .unknownLanguage, .unknownTextLanguage, .criterionOutOfYears, .unitOutOfYears, .naWithoutComment, .missingEvidence, .badDate,
             .missingAnswers:
            .warning
        case .notStarted:
            .note
        case .fileTooLarge, .notAFile, .unreadableFile, .linkOutside, .yearOutOfRange, .binaryFile, .emptyCatalogueFile, .fieldTooLong,
             .mixedDelimiters, .csvSyntax, .unreadableWorkbook, .noWorkspace, .noCatalogue, .severalCatalogues, .unknownCatalogue,
             .missingFile, .unreadableFolder, .duplicateColumn, .missingColumn, .missingID, .badID, .duplicateDomain,
             .duplicateCriterion, .duplicateUnit, .missingDomain, .unknownDomain, .unknownScale, .invertedYears,
             .badMinScore, .duplicateLevel, .unknownReplaces, .unknownParent, .parentCycle, .replacesCycle,
             .badWeight, .badBoolean, .badYear, .yearMismatch, .missingUnit, .unknownUnit, .missingCriterion,
             .unknownCriterion, .unknownAnswer, .answerOffScale, .duplicateAnswer, .missingAction, .badDueDate,
             .unknownStatus:
            .error
        }
    }
}
