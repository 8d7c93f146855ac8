extension DiagnosticMessage {
    /// English, the fallback: the texts `vigie` printed before it spoke other languages.
    var english: String {
        switch self {
        case let .fileTooLarge(size, limit):
            "the file is \(size) MiB; Vigie reads CSV files up to \(limit) MiB, and an answer sheet is far smaller: is it the right file?"
        case .folderNotFile: "this is a folder, not a CSV file"
        case .specialFile: "this is not a regular file (a pipe, a device or a socket): it is not read"
        case .requiredIsFolder: "this is a folder, not a CSV file: the catalogue needs this file"
        case .folderSkipped: "this is a folder, not a CSV file; it is skipped"
        case .unreadable: "the file cannot be opened (check that it exists and that you may read it)"
        case .linkLoop: "this is a symbolic link that leads back to itself (a loop): there is no file to read"
        case .danglingLink: "this is a symbolic link to a file that does not exist"
        case let .readFailed(reason): "the file could not be read to the end: \(reason)"
        case .linkOutside: "this file is a symbolic link to a place outside the workspace; it is not read (copy the file into the workspace instead)"
        case .nulByte:
            "this file is not a text CSV (it contains binary data: a NUL byte on this line). Was it saved as an Excel workbook, or in UTF-16? Save it as \"CSV UTF-8\""
        case .renamedWorkbook:
            "this file is not a text CSV but a spreadsheet workbook (.xlsx, .xls, .ods) renamed; if it is an Excel workbook, name it .xlsx (Vigie reads those), else open it and save it as \"CSV UTF-8\""
        case .utf16: "this file is in UTF-16 (Excel's \"Unicode text\"), which Vigie does not read; save it as \"CSV UTF-8\""
        case .utf32: "this file is in UTF-32, which Vigie does not read; save it as \"CSV UTF-8\""
        case .binary: "this file is not a text CSV (it contains binary data). Was it saved as an Excel workbook? Save it as \"CSV UTF-8\""
        case .windows1252:
            "the file is not in UTF-8; it was read as Windows-1252 (Excel's plain \"CSV\"). Check its accents, or save it as \"CSV UTF-8\""
        case .emptyFile: "the file is empty: it has no header and no rows, and is skipped"
        case .headerOnly: "the file has its header line but no rows: it holds no answers"
        case .emptyCatalogueFile: "the file is empty: the catalogue needs its header line and at least one row"
        case .headerOnlyCatalogueFile: "the file has its header line but no rows: the catalogue needs at least one"
        case let .fieldTooLong(length, limit):
            "this cell holds \(length) characters, more than the \(limit) a spreadsheet cell can hold: a quote is probably misplaced (a field opened with \" runs on over the following lines), or the file is not a CSV; the file is not read"
        case .innerBOM:
            "an invisible byte order mark (U+FEFF) stands inside the file, as when two CSV files are pasted together; it is ignored. Check that no header line is repeated below"
        case let .mixedDelimiters(row, header, columns, rows):
            "this row is separated by \(row) but the header by \(header) (the delimiter is taken from the header line), so it reads as one cell instead of \(columns); use one delimiter throughout the file. "
                + (rows == 1 ? "The row is left out" : "\(rows) rows like it are left out")
        case let .extraFields(fields, columns):
            "this row has \(fields) fields but the header only \(columns) columns; the text beyond the last column is ignored"
        case .unterminatedQuote: "a quoted field opened here is never closed (missing closing \")"
        case .fieldOutOfMemory: "the file has a field too large to be read (out of memory)"
        case let .csvSyntax(detail): detail
        case let .workbook(problem): problem.text(in: .en)
        case let .workbookTooLarge(size, limit):
            "the workbook is \(size) MiB; Vigie reads workbooks up to \(limit) MiB, and an answer sheet is far smaller: is it the right file?"
        case let .workbookFieldTooLong(length, limit):
            "this cell holds \(length) characters, more than the \(limit) a spreadsheet cell can hold: the workbook is not read"
        case let .workbookExtraFields(columns): "this row has text beyond the header's last column (\(columns) columns); it is ignored"
        case let .emptyWorksheet(name): "the worksheet '\(name)' is empty: it has no header and no rows, and is skipped"
        case .noWorkspace: "this is not a folder; give the path of a workspace (a folder with checklists/ and audits/)"
        case .noCatalogue: "no catalogue found: a workspace needs checklists/<name>/domains.csv and criteria.csv (vigie init creates one)"
        case let .severalCatalogues(names): "there are several catalogues (\(names.joined(separator: ", "))); choose one with --catalogue"
        case let .unknownCatalogue(name, names):
            "there is no catalogue '\(name)' in checklists/" + (names.isEmpty ? "" : " (there is: \(names.joined(separator: ", ")))")
        case .missingFile: "this file of the catalogue is missing"
        case let .yearNotAFolder(name): "'\(name)' is not a folder: answer sheets go in a year folder (audits/\(name)/*.csv); it is skipped"
        case let .yearLinkLoop(name):
            "'\(name)' is a symbolic link that leads round in a loop, not a folder: answer sheets go in a year folder (audits/\(name)/*.csv); it is skipped"
        case let .yearOutOfRange(text, lowest, highest): "the year \(text) is outside the years Vigie accepts (\(lowest) to \(highest))"
        case .unreadableAudits: "the audits/ folder cannot be listed (check that you may read it): no answer sheet is read"
        case .auditsNotAFolder: "audits/ is not a folder: answer sheets go in audits/<year>/*.csv; none is read"
        case .auditsLinkLoop: "audits/ is a symbolic link that leads round in a loop: no answer sheet is read"
        case .unreadableFolder: "this year folder cannot be listed (check that you may read it): its answer sheets are not read"
        case let .unknownSetting(key, known):
            "'\(key)' is not a setting Vigie knows (\(known.joined(separator: ", "))); the row is ignored"
        case let .unknownLanguage(value): "'\(value)' is not a language Vigie speaks; write fr, de, it or en (the row is ignored)"
        case let .unknownTextLanguage(column, field, suffix):
            "column '\(column)': '\(suffix)' is not a language Vigie speaks; name it \(field)_fr, \(field)_de, \(field)_it or \(field)_en (the column is ignored)"
        case let .duplicateColumn(name, first): "the column '\(name)' appears twice (first in column \(first)); remove or rename one of them"
        case let .missingSheetColumn(column, present): DiagnosticMessage.missingColumn(name: column.name(in: .en), present: present).english
        case let .missingColumn(name, present):
            "the required column '\(name)' is missing (the header has \(Self.list(present, more: { "and \($0) more" }) ?? "no names"))"
        case let .missingID(table): "the \(Self.englishNoun(table)) id is empty"
        case let .badID(table, text): "'\(text)' is not a valid \(Self.englishNoun(table)) id: use letters, digits, '-', '_' and '.' only"
        case let .duplicateDomain(id, first): "the domain id '\(id)' is defined twice; the first is at \(first)"
        case let .duplicateCriterion(id, first): "the criterion id '\(id)' is defined twice; the first is at \(first)"
        case let .duplicateUnit(id, first): "the unit id '\(id)' is defined twice; the first is at \(first)"
        case let .criterionWithoutDomain(id): "the criterion '\(id)' has no domain"
        case let .unknownDomain(id, suggestion): "unknown domain '\(id)': it is not in domains.csv" + Self.englishHint(suggestion)
        case let .unknownScale(text):
            "unknown scale '\(text)'; write ternary (met / partial / not met), binary (met / not met) or level (0 to 4)"
        case let .criterionYearsInverted(since, until): "'until' (\(until)) comes before 'since' (\(since)): the criterion would never apply"
        case let .unitYearsInverted(since, until): "'until' (\(until)) comes before 'since' (\(since)): the unit would never exist"
        case let .badMinScore(text): "'\(text)' is not a score between 0 and 100"
        case let .duplicateLevel(score, first): "two levels start at the same score \(score); the first is at \(first)"
        case let .criterionReplacesItself(id): "the criterion '\(id)' cannot replace itself"
        case let .unknownReplacedCriterion(id, suggestion): "unknown criterion '\(id)': it is not in criteria.csv" + Self.englishHint(suggestion)
        case let .unitReplacesItself(id): "the unit '\(id)' cannot replace itself"
        case let .unknownReplacedUnit(id, suggestion), let .unknownParent(id, suggestion):
            "unknown unit '\(id)': it is not in units.csv" + Self.englishHint(suggestion)
        case let .ownParent(id): "the unit '\(id)' cannot be its own parent"
        case let .parentCycle(ids): "these ids form a loop through 'parent': \(Self.loop(ids))"
        case let .replacesCycle(ids): "these ids form a loop through 'replaces': \(Self.loop(ids))"
        case let .badWeight(text): "'\(text)' is not a positive number; write a weight such as 1, 2 or 1.5 (1,5 also works)"
        case let .weightTooLarge(text, limit):
            "'\(text)' is more than the largest weight Vigie accepts (\(limit)); write a weight such as 1, 2 or 1.5"
        case let .badBoolean(text): "'\(text)' is neither yes nor no; write oui or non (yes/no, 1/0 also work)"
        case let .badYear(text): "'\(text)' is not a year; write four digits such as 2025"
        case let .yearMismatch(year, folder): "the row says \(year) but the file is in the folder \(folder); move the file or correct the year"
        case .missingUnit: "the unit is empty: write the id of the unit this answer belongs to"
        case let .unknownUnit(id, suggestion): "unknown unit '\(id)': it is not in audits/units.csv" + Self.englishHint(suggestion)
        case let .moreUnknownUnitRows(count, id): "… and \(Self.grouped(count, ",")) more \(count == 1 ? "row" : "rows") of unit '\(id)' (the same error)"
        case let .moreUnknownCriterionRows(count, id):
            "… and \(Self.grouped(count, ",")) more \(count == 1 ? "row" : "rows") of criterion '\(id)' (the same error)"
        case .missingCriterion: "the criterion is empty: write the id of the criterion answered"
        case let .unknownCriterion(id, catalogue, suggestion):
            "unknown criterion '\(id)': it is not in the catalogue '\(catalogue)'" + Self.englishHint(suggestion)
        case let .unknownAnswer(word, scale):
            "'\(word)' is not an answer Vigie understands; write " + (scale.map { AnswerVocabulary.allowedWords(for: $0, in: .en) } ?? "yes, partial, no or not applicable (or oui, partiel, non, sans objet)")
        case let .answerOffScale(word, criterion, scale):
            switch scale {
            case .level: "the criterion '\(criterion)' is answered with a level from 0 to 4 (or \(AnswerVocabulary.choices(for: .level, in: .en).last ?? "")), not '\(word)'"
            case .binary: "the criterion '\(criterion)' is answered met or not met (\(AnswerVocabulary.allowedWords(for: .binary, in: .en))), not '\(word)'"
            case .ternary: "the criterion '\(criterion)' is answered \(AnswerVocabulary.allowedWords(for: .ternary, in: .en)), not the level '\(word)'"
            }
        case let .duplicateAnswer(unit, criterion, year, first):
            "the unit '\(unit)' answers '\(criterion)' twice in \(year); the first answer is at \(first)"
        case let .criterionOutOfYears(criterion, since, until, year):
            "the criterion '\(criterion)' applies only \(Self.englishSpan(since, until)); this \(year) answer is ignored"
        case let .unitOutOfYears(unit, since, until, year):
            "the unit '\(unit)' has answers in \(year) but exists only \(Self.englishSpan(since, until)) according to units.csv; its answers are scored all the same"
        case let .naWithoutComment(criterion): "'\(criterion)' is answered not applicable without a comment; say why it does not apply"
        case let .missingEvidence(criterion, answer):
            "'\(criterion)' asks for evidence when it is met or partly met, and the answer '\(answer)' cites none"
        case let .badDate(text): "'\(text)' is not a date Vigie can read; write dd.mm.yyyy or yyyy-mm-dd"
        case let .missingAnswers(unit, year, criteria):
            "the unit '\(unit)' has no answer in \(year) for \(criteria.count) \(criteria.count == 1 ? "criterion" : "criteria") of the catalogue (counted as unanswered): \(Self.shown(criteria))"
        case let .notStarted(unit, year):
            "the sheet of the unit '\(unit)' for \(year) is not started: no criterion is answered yet. Until one is, the unit has no score that year and stays out of ranks, roll-ups and trends"
        case .missingAction: "the action is empty: say what will be done"
        case let .badDueDate(text): "'\(text)' is not a due date Vigie can read; write dd.mm.yyyy or yyyy-mm-dd"
        case let .unknownStatus(word):
            "'\(word)' is not a status Vigie understands; write planned, in progress, done or dropped (prévu, en cours, fait, abandonné; geplant, in Bearbeitung, erledigt, verworfen)"
        }
    }

    static func englishNoun(_ table: Table) -> String {
        switch table {
        case .domain: "domain"
        case .criterion: "criterion"
        case .unit: "unit"
        }
    }

    static func englishHint(_ suggestion: String?) -> String { suggestion.map { "; did you mean '\($0)'?" } ?? "" }

    static func englishSpan(_ since: Int?, _ until: Int?) -> String {
        switch (since, until) {
        case let (s?, u?): s == u ? "in \(s)" : "from \(s) to \(u)"
        case let (s?, nil): "from \(s) on"
        case let (nil, u?): "until \(u)"
        case (nil, nil): "always"
        }
    }
}

extension DiagnosticMessage {
    /// `'a', 'b', 'c'` (quoted as the language quotes), the first twelve names, then what `more` says of the rest; nil when no name is given.
    static func list(_ names: [String], quote: (String) -> String = { "'\($0)'" }, more: (Int) -> String) -> String? {
        let named = names.filter { !$0.isEmpty }
        guard !named.isEmpty else { return nil }
        var list = named.prefix(12).map(quote).joined(separator: ", ")
        if named.count > 12 { list += " " + more(named.count - 12) }
        return list
    }

    /// 3000 → `3,000` with a comma (`3 000`, `3'000` with the separator of other languages).
    static func grouped(_ number: Int, _ separator: String) -> String {
        let digits = String(number)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += separator }
            out.append(digit)
        }
        return out
    }

    /// `A → B → A`: a loop of ids.
    static func loop(_ ids: [String]) -> String { (ids + ids.prefix(1)).joined(separator: " → ") }

    /// The first twelve ids, then `…`.
    static func shown(_ ids: [String]) -> String { ids.prefix(12).joined(separator: ", ") + (ids.count > 12 ? ", …" : "") }
}
