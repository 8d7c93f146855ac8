import VigieSource

/// The first pass of `AnswersLoader`: one sheet's rows, each understood on its own, compared as bytes against the
/// units, the criteria and the answer words (a String is made only for a message, an unusual cell, or the texts
/// that reports show).
extension AnswersLoader {
    /// Where the locations of a sheet point.
    struct SheetInfo: Sendable {
        var year: Int
        var file: String
        var sheet: String?
        var header: [String]
        var unitColumn: Int?
        var criterionColumn: Int?
        /// From each of these lines on (ascending), the spreadsheet row is the line minus `shift` (the line breaks
        /// inside quoted fields above); one entry per change, few in any sheet.
        var rowShifts: [(line: Int32, shift: Int32)] = []

        func location(line: Int, column position: Int) -> Location {
            Location(file: file, line: line, column: position + 1, columnName: position < header.count ? header[position] : nil,
                     row: spreadsheetRow(line: line)).inWorksheet(sheet)
        }

        /// The spreadsheet row of a record that starts on `line`.
        func spreadsheetRow(line: Int) -> Int {
            var low = 0, high = rowShifts.count
            while low < high {
                let middle = (low + high) / 2
                if Int(rowShifts[middle].line) <= line { low = middle + 1 } else { high = middle }
            }
            return low == 0 ? line : line - Int(rowShifts[low - 1].shift)
        }
    }

    /// One row, understood on its own, in 16 bytes.
    struct Row: Sendable {
        static let noUnit = Int32.min
        var line: Int32
        /// The unit's position in units.csv; for another id, -(n + 1) for the sheet's n-th such id
        /// (`Decoded.localUnits`); `noUnit` when the cell is empty.
        var unit: Int32
        /// The criterion's position in the catalogue; -1 when empty or unknown, or when the unit is empty.
        var criterion: Int32
        var value: UInt8 = 0
        var flags: UInt8 = 0

        static let valid: UInt8 = 1, unitKnown: UInt8 = 2, unitOutsideYears: UInt8 = 4, answer: UInt8 = 8
        /// No error of its own (year, unit, criterion, answer).
        var isValid: Bool { flags & Self.valid != 0 }
        /// Not empty, and in units.csv when there is one.
        var isUnitKnown: Bool { flags & Self.unitKnown != 0 }
        var isUnitOutsideYears: Bool { flags & Self.unitOutsideYears != 0 }
        /// The row holds an answer that counts (not one to a criterion outside its years); `value` is its code.
        var hasAnswer: Bool { flags & Self.answer != 0 }
    }

    /// A warning that stands only if no other row duplicates its row.
    struct RowWarning: Sendable {
        var row: Int
        var diagnostic: Diagnostic
    }

    /// A sheet after the first pass; `info` is nil when it could not be read or its header is wrong.
    struct Decoded: Sendable {
        var info: SheetInfo?
        var rows: [Row] = []
        var localUnits: [String] = []
        var warnings: [RowWarning] = []
        /// The texts of the rows that hold an answer, in order (empty unless kept).
        var texts: [AnswerStore.Texts] = []
        /// Where the texts are read again (only when they are read from the sheets).
        var source: SheetSource?
        var diagnostics: [Diagnostic]

        init(info: SheetInfo? = nil, diagnostics: [Diagnostic]) {
            self.info = info
            self.diagnostics = diagnostics
        }
    }

    static func decode(_ sheet: Sheet, _ context: Context, keepTexts: Bool) -> Decoded {
        let table = sheet.table
        let (columns, header) = columns(of: table, context)
        guard !header.hasErrors else { return Decoded(diagnostics: header) }
        let catalogue = context.catalogue
        let yearColumn = columns[.year], unitColumn = columns[.unit], criterionColumn = columns[.criterion]
        let answerColumn = columns[.answer], evidenceColumn = columns[.evidence]
        let commentColumn = columns[.comment], dateColumn = columns[.date]
        // Built in locals, put together at the end.
        var diagnostics = header
        var rows: [Row] = []
        var localUnits: [String] = []
        var warnings: [RowWarning] = []
        var texts: [AnswerStore.Texts] = []
        rows.reserveCapacity(table.records.count)
        if keepTexts { texts.reserveCapacity(table.records.count) }
        // Ids outside units.csv, numbered in the sheet: by bytes first, then by String (canonical equivalence).
        let localBytes = ByteKeyTable()
        var localByID: [String: Int32] = [:]
        let applies = catalogue.criteria.map { $0.applies(in: sheet.year) }
        let unitNumbers = context.unitNumbers, criterionNumbers = context.criterionNumbers, words = context.words, units = context.units
        // Look-up hints: a sheet usually holds one unit, its criteria in catalogue order, and few answer words.
        var unitHint = 0, criterionHint = 0, wordHint = 0
        var rowShifts: [(line: Int32, shift: Int32)] = []
        var repeats = RepeatedErrors()

        for (index, record) in table.records.enumerated() {
            func location(_ position: Int?) -> Location { table.location(record, column: position ?? 0) }
            let shift = Int32(record.line - record.spreadsheetRow)
            if shift != (rowShifts.last?.shift ?? 0) { rowShifts.append((Int32(record.line), shift)) }
            // Every finding about the row names its criterion as written (a String made only then).
            let (diagnosticsBefore, warningsBefore) = (diagnostics.count, warnings.count)
            defer {
                if diagnostics.count > diagnosticsBefore || warnings.count > warningsBefore {
                    let id = table.text(record, at: criterionColumn)
                    for i in diagnosticsBefore..<diagnostics.count { diagnostics[i] = diagnostics[i].about(criterion: id) }
                    for i in warningsBefore..<warnings.count { warnings[i].diagnostic = warnings[i].diagnostic.about(criterion: id) }
                }
            }
            var valid = true
            switch table.withBytes(record, at: yearColumn, ValueParsing.yearCell) {
            case .empty: break
            case .year(let year):
                if year != sheet.year {
                    diagnostics.append(.error(.yearMismatch(year: year, folder: sheet.year), at: location(yearColumn)))
                    valid = false
                }
            case .invalid:
                diagnostics.append(.error(.badYear(text: table.text(record, at: yearColumn)), at: location(yearColumn)))
                valid = false
            }

            // The unit: by its bytes among units.csv's ids, then among the sheet's other ids; failing both, by its
            // text (an id written in another Unicode form, or met for the first time in this sheet).
            var flags: UInt8 = 0
            var unit = Row.noUnit
            let known: Int32? = table.withBytes(record, at: unitColumn) { bytes in
                if bytes.isEmpty { return nil }
                if let number = unitNumbers.lookup(bytes, hint: &unitHint) { return number }
                if let number = localBytes.lookup(bytes) { return -number - 1 }
                return nil
            }
            if let known {
                unit = known
            } else {
                let id = table.text(record, at: unitColumn)
                if !id.isEmpty {
                    if let position = context.unitsByText.position(of: id) {
                        unit = position
                    } else {
                        let local = localByID[id] ?? {
                            let number = Int32(localUnits.count)
                            localUnits.append(id)
                            localByID[id] = number
                            localBytes.insert(id, number: number)
                            return number
                        }()
                        unit = -local - 1
                    }
                }
            }
            if unit == Row.noUnit {
                diagnostics.append(.error(.missingUnit, at: location(unitColumn)))
                valid = false
            } else if context.hasUnits {
                if unit >= 0 {
                    flags |= Row.unitKnown
                    if !units[Int(unit)].exists(in: sheet.year) { flags |= Row.unitOutsideYears }
                } else {
                    let id = localUnits[Int(-unit - 1)]
                    if repeats.isFirst(.unknownUnit, id: id, at: location(unitColumn)) {
                        diagnostics.append(.error(.unknownUnit(id: id, suggestion: context.suggestions.closest(to: id, among: context.unitIDs, kind: "unit")),
                                                  at: location(unitColumn)))
                    }
                    valid = false
                }
            } else {
                flags |= Row.unitKnown
            }

            // The criterion.
            var position = table.withBytes(record, at: criterionColumn) { bytes -> Int? in
                guard !bytes.isEmpty else { return -1 }
                guard let number = criterionNumbers.lookup(bytes, hint: &criterionHint) else { return nil }
                criterionHint += 1
                return Int(number)
            }
            if position == nil {
                let text = table.text(record, at: criterionColumn)
                position = catalogue.position(ofCriterion: text)
                if position == nil {
                    if repeats.isFirst(.unknownCriterion, id: text, at: location(criterionColumn)) {
                        diagnostics.append(.error(.unknownCriterion(id: text, catalogue: catalogue.name,
                                                                    suggestion: context.suggestions.closest(to: text, among: context.criterionIDs, kind: "criterion")),
                                                  at: location(criterionColumn)))
                    }
                    valid = false
                }
            } else if position == -1 {
                diagnostics.append(.error(.missingCriterion, at: location(criterionColumn)))
                valid = false
                position = nil
            }

            // The answer.
            let listed = table.withBytes(record, at: answerColumn) { words.lookup($0, hint: &wordHint) }
            let value = listed.map { AnswerValue(code8: UInt8($0)) } ?? AnswerVocabulary.value(of: table.text(record, at: answerColumn))
            if value == nil {
                diagnostics.append(.error(.unknownAnswer(word: table.text(record, at: answerColumn), scale: position.map { context.scales[$0] }),
                                          at: location(answerColumn)))
                valid = false
            } else if let value, let position, !value.isAllowed(on: context.scales[position]) {
                diagnostics.append(.error(.answerOffScale(word: table.text(record, at: answerColumn), criterion: catalogue.criteria[position].id,
                                                          scale: catalogue.criteria[position].scale),
                                          at: location(answerColumn)))
                valid = false
            }

            var row = Row(line: Int32(record.line), unit: unit, criterion: Int32(position ?? -1))
            // Duplicates are found in the second pass, even on a row with other errors (not without a unit).
            if unit == Row.noUnit { row.criterion = -1 }
            if valid { flags |= Row.valid }
            row.flags = flags
            guard valid, let position, let value else {
                rows.append(row)
                continue
            }
            if !applies[position] {
                rows.append(row)
                warnings.append(RowWarning(row: index, diagnostic: .warning(
                    Self.outOfYears(catalogue.criteria[position], year: sheet.year), at: location(criterionColumn))))
                continue
            }
            row.flags |= Row.answer
            row.value = value.code8
            rows.append(row)
            let hasEvidence = table.withBytes(record, at: evidenceColumn) { !$0.isEmpty }
            if value == .notApplicable, table.withBytes(record, at: commentColumn, { $0.isEmpty }) {
                warnings.append(RowWarning(row: index, diagnostic: .warning(
                    .naWithoutComment(criterion: context.criterionIDs[position]), at: location(answerColumn))))
            }
            if context.requiresEvidence[position], (value.value ?? 0) > 0, !hasEvidence {
                let place = evidenceColumn.map { location($0) } ?? location(answerColumn)
                warnings.append(RowWarning(row: index, diagnostic: .warning(
                    .missingEvidence(criterion: context.criterionIDs[position], answer: table.text(record, at: answerColumn)), at: place)))
            }
            let dateReadable = table.withBytes(record, at: dateColumn) { $0.isEmpty || ValueParsing.isoDateParts($0) != nil }
            if !dateReadable {
                warnings.append(RowWarning(row: index, diagnostic: .warning(
                    .badDate(text: table.text(record, at: dateColumn)), at: location(dateColumn))))
            }
            if keepTexts { texts.append(AnswerStore.Texts(table, record, columns: columns)) }
        }
        diagnostics += repeats.summaries()
        var result = Decoded(info: SheetInfo(year: sheet.year, file: table.file, sheet: table.sheet, header: table.header,
                                             unitColumn: unitColumn, criterionColumn: criterionColumn, rowShifts: rowShifts),
                             diagnostics: diagnostics)
        result.rows = rows
        result.localUnits = localUnits
        result.warnings = warnings
        result.texts = texts
        return result
    }

    /// Where the columns stand, and what is wrong with the header. Header names in any of the four languages:
    /// `critère`, `Antwort`, `answer`… (see SheetColumn). A header met before without a finding (the sheets of a
    /// workspace mostly share one) is not read again: its columns come from the context's cache.
    static func columns(of table: SourceTable, _ context: Context) -> (columns: [SheetColumn: Int], diagnostics: [Diagnostic]) {
        if let known = context.cleanHeaders[table.header] { return (known, []) }
        let (columns, aliases) = SheetColumn.positions(in: table)
        var header = table.headerDiagnostics(required: []) + aliases
        for column in [SheetColumn.unit, .criterion, .answer] where columns[column] == nil {
            header.append(.error(.missingSheetColumn(column: column, present: table.header), at: table.headerLocation))
        }
        if header.isEmpty { context.cleanHeaders[table.header] = columns }
        return (columns, header)
    }

    static func outOfYears(_ criterion: Criterion, year: Int) -> DiagnosticMessage {
        .criterionOutOfYears(criterion: criterion.id, since: criterion.since, until: criterion.until, year: year)
    }
}
