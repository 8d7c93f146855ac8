@testable import VigieCore

/// Every case of `DiagnosticMessage` and `WorkbookProblem`, with values that reach each branch of their messages
/// (one and several, a suggestion or none, each span of years, each scale, more than twelve names).
enum MessageSamples {
    static let place = Location(file: "audits/2025/spop.csv", line: 3, column: 2)
    static let many = (1...14).map { "C-\($0)" }

    static let problems: [WorkbookProblem] = [
        .legacy, .notZip, .truncated, .damaged, .openDocument, .binaryWorkbook, .noWorkbook, .noVisibleSheet,
        .doctype(part: "xl/styles.xml"), .notUTF8(part: "xl/styles.xml"), .malformed(part: "xl/sheet1.xml", line: 7),
        .tooManyEntries(count: 20_000, limit: 10_000), .partTooLarge(part: "xl/sharedStrings.xml", limit: 64), .budgetExceeded(limit: 256),
        .missingPart(part: "xl/worksheets/sheet2.xml"), .tooManyStrings(limit: 1_000_000), .tooManyCells(limit: 2_000_000),
        .tooManyFields(limit: 16_384), .badRow(text: "0"), .badReference(text: "ZZZZ1"), .badSharedString, .formulaWithoutValue,
        .xml(part: "xl/workbook.xml", detail: "unexpected end of file"),
    ]

    static let messages: [DiagnosticMessage] = [
        .fileTooLarge(mebibytes: 300, limit: 256), .folderNotFile, .specialFile, .requiredIsFolder, .folderSkipped, .unreadable,
        .linkLoop, .danglingLink, .readFailed(reason: "Input/output error"), .linkOutside, .nulByte, .renamedWorkbook, .utf16, .utf32,
        .binary, .windows1252, .emptyFile, .headerOnly, .emptyCatalogueFile, .headerOnlyCatalogueFile,
        .fieldTooLong(length: 40_000, limit: 32_767), .innerBOM,
        .mixedDelimiters(row: "','", header: "';'", columns: 8, rowsLeftOut: 1), .mixedDelimiters(row: "TAB", header: "';'", columns: 8, rowsLeftOut: 2),
        .extraFields(fields: 9, columns: 8), .unterminatedQuote, .fieldOutOfMemory, .csvSyntax(detail: "bad quote"),
        .workbookTooLarge(mebibytes: 90, limit: 64), .workbookFieldTooLong(length: 40_000, limit: 32_767), .workbookExtraFields(columns: 8),
        .emptyWorksheet(name: "Feuil1"), .noWorkspace, .noCatalogue, .severalCatalogues(names: ["2025", "2026"]),
        .unknownCatalogue(name: "jura", names: ["base"]), .unknownCatalogue(name: "jura", names: []), .missingFile,
        .yearNotAFolder(name: "2026"), .yearLinkLoop(name: "2026"), .yearOutOfRange(text: "3025", lowest: 1900, highest: 2999),
        .unreadableFolder, .unreadableAudits, .auditsNotAFolder, .auditsLinkLoop,
        .unknownSetting(key: "theme", known: ["title", "notice", "language"]), .unknownLanguage(value: "rm"),
        .duplicateColumn(name: "answer", firstColumn: 4),
        .missingColumn(name: "answer", present: ["year", "unit", "", "criterion"]), .missingColumn(name: "answer", present: []),
        .missingColumn(name: "answer", present: many), .missingSheetColumn(column: .answer, present: ["year", "unit"]),
        .unknownTextLanguage(column: "title_es", field: "title", suffix: "es"),
        .missingID(.domain), .missingID(.criterion), .missingID(.unit), .badID(.domain, text: "REC 1"), .badID(.unit, text: "S P"),
        .duplicateDomain(id: "GOU", first: place), .duplicateCriterion(id: "GOU-01", first: place), .duplicateUnit(id: "SPOP", first: place),
        .criterionWithoutDomain(id: "GOU-02"), .unknownDomain(id: "GOV", suggestion: "GOU"), .unknownDomain(id: "XYZ", suggestion: nil),
        .unknownScale(text: "oui-non"), .criterionYearsInverted(since: 2026, until: 2024), .unitYearsInverted(since: 2026, until: 2024),
        .badMinScore(text: "cinquante"), .duplicateLevel(score: "50", first: place), .criterionReplacesItself(id: "GOU-01"),
        .unknownReplacedCriterion(id: "GOU-00", suggestion: "GOU-01"), .unknownReplacedCriterion(id: "X", suggestion: nil),
        .unitReplacesItself(id: "SPOP"), .unknownReplacedUnit(id: "SPOQ", suggestion: "SPOP"), .ownParent(id: "DEP"),
        .unknownParent(id: "DPE", suggestion: "DEP"), .unknownParent(id: "ZZZ", suggestion: nil),
        .parentCycle(ids: ["DEP", "SPOP"]), .replacesCycle(ids: ["GOU-01", "GOU-02", "GOU-03"]), .badWeight(text: "lourd"),
        .weightTooLarge(text: "5000", limit: 1000), .badBoolean(text: "peut-être"), .badYear(text: "2O24"),
        .yearMismatch(year: 2024, folder: 2025), .missingUnit, .unknownUnit(id: "SPOQ", suggestion: "SPOP"), .unknownUnit(id: "Q", suggestion: nil),
        .missingCriterion, .unknownCriterion(id: "GOU-20", catalogue: "base", suggestion: "GOU-02"),
        .unknownCriterion(id: "Z", catalogue: "base", suggestion: nil),
        .moreUnknownUnitRows(count: 1, id: "SPOQ"), .moreUnknownUnitRows(count: 3000, id: "SPOQ"),
        .moreUnknownCriterionRows(count: 1, id: "GOU-20"), .moreUnknownCriterionRows(count: 12, id: "GOU-20"),
        .unknownAnswer(word: "peut-être", scale: nil), .unknownAnswer(word: "peut-être", scale: .ternary), .unknownAnswer(word: "x", scale: .level),
        .answerOffScale(word: "partiel", criterion: "GOU-02", scale: .binary), .answerOffScale(word: "3", criterion: "GOU-01", scale: .ternary),
        .answerOffScale(word: "oui", criterion: "LVL-01", scale: .level),
        .duplicateAnswer(unit: "SPOP", criterion: "GOU-01", year: 2025, first: place),
        .criterionOutOfYears(criterion: "GOU-02", since: 2024, until: 2026, year: 2023), .criterionOutOfYears(criterion: "GOU-02", since: 2024, until: 2024, year: 2023),
        .criterionOutOfYears(criterion: "GOU-02", since: 2024, until: nil, year: 2023), .criterionOutOfYears(criterion: "GOU-02", since: nil, until: 2022, year: 2023),
        .unitOutOfYears(unit: "SPOP", since: 2024, until: nil, year: 2023), .unitOutOfYears(unit: "SPOP", since: nil, until: nil, year: 2023),
        .unitOutOfYears(unit: "SPOP", since: 2020, until: 2022, year: 2023),
        .naWithoutComment(criterion: "GOU-02"), .missingEvidence(criterion: "GOU-02", answer: "oui"), .badDate(text: "31.02.2025"),
        .missingAnswers(unit: "SPOP", year: 2025, criteria: ["GOU-02"]), .missingAnswers(unit: "SPOP", year: 2025, criteria: many),
        .notStarted(unit: "SPOP", year: 2025), .missingAction, .badDueDate(text: "fin juin"), .unknownStatus(word: "bientôt"),
    ] + problems.map { .workbook($0) }
}
