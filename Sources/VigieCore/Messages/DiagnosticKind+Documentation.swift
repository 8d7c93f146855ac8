/// What `docs/diagnostics.md` says of a kind, in English and French: what it means and how to fix it.
public struct KindDocumentation: Sendable {
    public var meaning: String
    public var fix: String
}

extension DiagnosticKind {
    /// The documentation in English or French (the two languages of `docs/diagnostics.md`).
    public func documentation(french: Bool) -> KindDocumentation {
        let (meaning, fix) = french ? frenchDocumentation : englishDocumentation
        return KindDocumentation(meaning: meaning, fix: fix)
    }

    var englishDocumentation: (String, String) {
        switch self {
        case .fileTooLarge: ("A CSV file is larger than 256 MiB; it is not read.", "Check that it is the right file: an answer sheet is a few kilobytes.")
        case .notAFile: ("A path that must be a CSV file is a folder, a pipe or a device.", "Put the CSV file in its place.")
        case .folderSkipped: ("A folder stands where Vigie looks for CSV files (a sheet, units.csv, levels.csv); it is skipped.", "Move or rename the folder.")
        case .unreadableFile: ("A file cannot be opened or read to the end: no permission, a broken or looping link, a read error.", "Check the file exists and may be read; replace a broken link by the file.")
        case .linkOutside: ("A file of the workspace is a symbolic link to a place outside it; it is not read.", "Copy the file into the workspace.")
        case .yearOutOfRange: ("A year folder of audits/ is outside the years Vigie accepts (1900 to 2999).", "Rename the folder to the audit year.")
        case .binaryFile: ("The file is not text: a workbook renamed to .csv, UTF-16 text, or other binary data.", "Open it in Excel and save it as \"CSV UTF-8\".")
        case .windows1252: ("The file is not UTF-8; it was read as Windows-1252, as Excel's plain \"CSV\" writes it.", "Check its accents, or save it as \"CSV UTF-8\".")
        case .emptyFile: ("An optional file or answer sheet is empty (0 bytes); it is skipped.", "Fill it or remove it.")
        case .headerOnly: ("An answer sheet has its header line but no rows.", "Fill the sheet (vigie template writes one with every criterion), or remove it.")
        case .emptyCatalogueFile: ("domains.csv or criteria.csv is empty or has no rows: there is no catalogue to score against.", "Restore the catalogue file (vigie init writes the default one).")
        case .fieldTooLong: ("A cell is longer than any spreadsheet cell (32 767 characters): almost always a misplaced quote that swallows the following lines.", "Find the quote that opens the cell and close it, or remove it.")
        case .innerBOM: ("An invisible byte order mark stands inside the file, usually where two CSV files were pasted together.", "Check that no header line is repeated inside the file.")
        case .mixedDelimiters: ("Some rows use another delimiter (',' or TAB) than the header (';'); they are left out.", "Use one delimiter in the whole file (Excel: save as \"CSV UTF-8\").")
        case .extraFields: ("A row has more fields than the header has columns; the extra text is ignored.", "Move the text into a named column or add a column to the header.")
        case .csvSyntax: ("The file is not valid CSV, most often a quote opened and never closed.", "Close the quote (write \"\" for a quote inside a quoted cell).")
        case .unreadableWorkbook: ("An .xlsx answer sheet cannot be read: not a zip, a legacy or protected file, damaged, or beyond Vigie's limits (entries, cells, sizes); a formula without a computed value.", "Open it in Excel and save it again as \"Excel Workbook (.xlsx)\"; type values instead of formulas.")
        case .noWorkspace: ("The path given is not a folder.", "Give the workspace folder (the one holding checklists/ and audits/).")
        case .noCatalogue: ("checklists/ holds no catalogue folder.", "Run vigie init, or copy a catalogue into checklists/<name>/.")
        case .severalCatalogues: ("checklists/ holds several catalogues and none was chosen.", "Choose one with --catalogue NAME.")
        case .unknownCatalogue: ("--catalogue names a folder that checklists/ does not have.", "Use one of the names the message lists.")
        case .missingFile: ("The catalogue lacks domains.csv or criteria.csv.", "Restore the file.")
        case .yearNotAFolder: ("A name of audits/ made of digits is a file, not a year folder.", "Put answer sheets in audits/<year>/; move the file there.")
        case .unreadableFolder: ("A year folder cannot be listed, so its answer sheets would be missing without a word.", "Give yourself the right to read the folder.")
        case .unknownSetting: ("workspace.csv has a key Vigie does not know; the row is ignored.", "Use title, notice or language; check the spelling.")
        case .unknownTextLanguage:
            ("A catalogue column such as title_es names a language Vigie does not speak; the column is ignored.",
             "Name it title_fr, title_de, title_it or title_en (question_, guidance_, description_, label_ alike).")
        case .unknownLanguage: ("workspace.csv's language is not one Vigie speaks; the row is ignored.", "Write fr, de, it or en.")
        case .duplicateColumn: ("Two columns of a header have the same name; Vigie cannot tell which to read.", "Remove or rename one of them.")
        case .missingColumn: ("A column the file needs is absent from its header (answer, unit, criterion…).", "Add the column, or fix its name in the header line.")
        case .missingID: ("A row of the catalogue or of units.csv has no id.", "Write the id, or remove the row.")
        case .badID: ("An id holds characters other than letters, digits, '-', '_' and '.'.", "Rename it (REC-01, SPOP, GOU.2…).")
        case .duplicateDomain: ("Two rows of domains.csv have the same id.", "Give each domain its own id.")
        case .duplicateCriterion: ("Two rows of criteria.csv have the same id.", "Give each criterion its own id.")
        case .duplicateUnit: ("Two rows of units.csv have the same id.", "Give each unit its own id.")
        case .missingDomain: ("A criterion has no domain.", "Write the id of one of the domains of domains.csv.")
        case .unknownDomain: ("A criterion's domain is not in domains.csv.", "Correct the id (the message suggests the closest) or add the domain.")
        case .unknownScale: ("A criterion's scale is not ternary, binary or level.", "Write one of the three.")
        case .invertedYears: ("A criterion or a unit ends ('until') before it begins ('since').", "Swap or correct the years.")
        case .badMinScore: ("A level of levels.csv does not start at a score between 0 and 100.", "Write a number from 0 to 100.")
        case .duplicateLevel: ("Two levels start at the same score.", "Give each level its own lower bound.")
        case .unknownReplaces: ("'replaces' names a criterion or unit that does not exist, or the row itself.", "Write the id of the criterion or unit replaced.")
        case .unknownParent: ("A unit's parent is not in units.csv, or is the unit itself.", "Write the id of the department it belongs to.")
        case .parentCycle: ("Units are each other's parents, in a loop.", "Break the loop: a department has no parent, or a parent above it.")
        case .replacesCycle: ("Criteria or units replace each other in a loop.", "Keep 'replaces' on the newer one only.")
        case .badWeight: ("A weight is not a positive number.", "Write 1, 2, 1.5 or 1,5.")
        case .badBoolean: ("A yes/no column (critical, evidence) holds another word.", "Write oui or non (yes/no, ja/nein, 1/0 also work).")
        case .badYear: ("A year column holds something other than a year.", "Write four digits such as 2025.")
        case .yearMismatch: ("The year written in a row is not the year of the folder the sheet is in.", "Move the file to its year's folder or correct the year.")
        case .missingUnit: ("An answer row or an action has no unit.", "Write the unit's id.")
        case .unknownUnit: ("An answer row or an action names a unit that is not in audits/units.csv.", "Correct the id (the message suggests the closest) or add the unit.")
        case .missingCriterion: ("An answer row or an action has no criterion.", "Write the criterion's id.")
        case .unknownCriterion: ("An answer row or an action names a criterion that is not in the catalogue.", "Correct the id (the message suggests the closest).")
        case .unknownAnswer: ("An answer is not a word Vigie understands.", "Write one of the words the message lists (yes, partial, no, not applicable; oui, partiel, non, sans objet; a level 0–4…).")
        case .answerOffScale: ("An answer is understood but does not fit the criterion's scale (partiel on a yes/no criterion, a level on a ternary one).", "Write an answer of the criterion's scale.")
        case .duplicateAnswer: ("A unit answers the same criterion twice in a year.", "Keep one of the two rows.")
        case .criterionOutOfYears: ("A criterion is answered in a year it does not apply (outside since/until); the answer is ignored.", "Remove the row, or correct the criterion's years.")
        case .unitOutOfYears: ("A unit has answers in a year it does not exist according to units.csv; they are scored all the same.", "Correct the unit's since/until, or the year of the sheet.")
        case .naWithoutComment: ("A criterion is answered not applicable without a comment.", "Say in 'comment' why it does not apply.")
        case .missingEvidence: ("A criterion that asks for evidence is met or partly met without any.", "Name the document in 'evidence'.")
        case .badDate: ("The assessment date of a row cannot be read; the answer counts all the same.", "Write dd.mm.yyyy or yyyy-mm-dd.")
        case .missingAnswers: ("A unit that has answers in a year lacks some criteria of the catalogue; they count as unanswered.", "Add the rows (vigie template writes a sheet with every criterion).")
        case .notStarted: ("A unit's sheet has no answer yet: the unit has no score that year. Normal for a fresh template.", "Nothing, until the sheet is filled.")
        case .missingAction: ("A row of audits/actions.csv has no action text.", "Say what will be done.")
        case .badDueDate: ("An action's due date cannot be read; the action is not taken.", "Write dd.mm.yyyy or yyyy-mm-dd.")
        case .unknownStatus: ("An action's status is not a word Vigie understands.", "Write planned, in progress, done or dropped (or prévu, en cours, fait, abandonné).")
        }
    }
}
