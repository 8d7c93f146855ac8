/// Reads the answer sheets of the year folders against the catalogue and the organisation.
public enum AnswersLoader {
    /// One answer sheet: the year of its folder and its table.
    public struct Sheet: Sendable {
        public var year: Int
        public var table: SourceTable

        public init(year: Int, table: SourceTable) {
            self.year = year
            self.table = table
        }
    }

    /// Understands every row; answers with an error are left out, answers to a criterion outside
    /// its years are left out with a warning. `units` is nil when the workspace has no units.csv.
    ///
    /// Two passes: each sheet's rows are understood on their own, on every core (`decode`); then one pass in
    /// file order finds what only the whole workspace shows (duplicates, the units audited, missing answers).
    public static func load(_ sheets: [Sheet], catalogue: Catalogue, units: [OrgUnit]?)
        -> (answers: [Answer], audited: [Int: Set<String>], diagnostics: [Diagnostic])
    {
        let context = Context(catalogue: catalogue, units: units)
        let decoded = ParallelWork.map(sheets) { decode($0, context) }

        var diagnostics: [Diagnostic] = []
        var answers: [Answer] = []
        answers.reserveCapacity(decoded.reduce(0) { $0 + $1.rows.count })
        // Units get numbers: those of units.csv their position (given in the first pass), others the next free one.
        var unitNumbers: [String: Int32] = [:]
        var nextNumber = Int32(context.unitIDs.count)
        /// Where each (year, unit, criterion) was first answered: sheet and record, made a location only when needed.
        var firstPlace: [SlotKey: Place] = [:]
        /// The first row of each unit's year (file order is location order), for warnings about the unit as a whole.
        var firstRow: [UnitYearKey: Place] = [:]

        func unitLocation(_ place: Place) -> Location {
            let table = sheets[Int(place.sheet)].table
            return table.location(table.records[Int(place.record)], column: context.columns(of: table).unit!)
        }
        func criterionLocation(_ place: Place) -> Location {
            let table = sheets[Int(place.sheet)].table
            return table.location(table.records[Int(place.record)], column: context.columns(of: table).criterion!)
        }

        for (sheetIndex, (sheet, result)) in zip(sheets, decoded).enumerated() {
            diagnostics += result.diagnostics
            for row in result.rows {
                let place = Place(sheet: Int32(sheetIndex), record: row.record)
                var number = row.unitNumber
                if number < 0, !row.unit.isEmpty {
                    if let known = unitNumbers[row.unit] {
                        number = known
                    } else {
                        number = nextNumber
                        unitNumbers[row.unit] = number
                        nextNumber += 1
                    }
                }
                var valid = row.valid
                if row.criterion >= 0 {
                    let key = SlotKey(year: Int32(sheet.year), unit: number, criterion: row.criterion)
                    if let first = firstPlace[key] {
                        let id = catalogue.criteria[Int(row.criterion)].id
                        let firstLocation = criterionLocation(first)
                        diagnostics.append(.error("duplicate-answer", at: criterionLocation(place),
                                                  Message.duplicateAnswer(unit: row.unit, criterion: id, year: sheet.year, first: firstLocation),
                                                  related: firstLocation))
                        valid = false
                    } else {
                        firstPlace[key] = place
                    }
                }
                // An unknown unit is already an error: it is not audited, and gets no warning about missing answers.
                if row.unitKnown {
                    let key = UnitYearKey(year: Int32(sheet.year), unit: number)
                    if firstRow[key] == nil {
                        firstRow[key] = place
                        if row.unitOutsideYears, let unit = context.unitsByID[row.unit] {
                            diagnostics.append(.warning("unit-out-of-years", at: unitLocation(place), Message.unitOutsideYears(unit, year: sheet.year)))
                        }
                    }
                }
                guard valid else { continue }
                if !row.warnings.isEmpty { diagnostics += row.warnings }
                if let answer = row.answer { answers.append(answer) }
            }
        }
        // Numbers back to ids, for the results.
        var idOf = context.unitIDs
        idOf.append(contentsOf: [String](repeating: "", count: unitNumbers.count))
        for (id, number) in unitNumbers { idOf[Int(number)] = id }
        var rows: [(key: UnitYearKey, id: String, location: Location)] = firstRow.map { ($0.key, idOf[Int($0.key.unit)], unitLocation($0.value)) }
        rows.sort { ($0.key.year, $0.id) < ($1.key.year, $1.id) }
        diagnostics += missingAnswers(catalogue: catalogue, answered: firstPlace, firstRows: rows)
        var audited: [Int: Set<String>] = [:]
        for row in rows { audited[Int(row.key.year), default: []].insert(row.id) }
        return (answers, audited, diagnostics)
    }

    /// A record of a sheet, by positions.
    struct Place {
        var sheet: Int32
        var record: Int32
    }

    struct UnitYearKey: Hashable {
        var year: Int32
        var unit: Int32
    }

    /// What every sheet is read against.
    struct Context: Sendable {
        let catalogue: Catalogue
        let hasUnits: Bool
        let unitsByID: [String: OrgUnit]
        let unitIDs: [String]
        /// Positions of the units of units.csv.
        let unitNumber: [String: Int32]
        let criterionIDs: [String]

        init(catalogue: Catalogue, units: [OrgUnit]?) {
            self.catalogue = catalogue
            hasUnits = units != nil
            unitsByID = Dictionary((units ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            unitIDs = units?.map(\.id) ?? []
            unitNumber = Dictionary(unitIDs.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
            criterionIDs = catalogue.criteria.map(\.id)
        }

        struct Columns {
            var year, unit, criterion, answer, evidence, comment, assessor, date: Int?
        }

        func columns(of table: SourceTable) -> Columns {
            Columns(year: table.columnIndex("year"), unit: table.columnIndex("unit"), criterion: table.columnIndex("criterion"),
                    answer: table.columnIndex("answer"), evidence: table.columnIndex("evidence"), comment: table.columnIndex("comment"),
                    assessor: table.columnIndex("assessor"), date: table.columnIndex("date"))
        }
    }

    /// One row, understood on its own.
    struct Row: Sendable {
        var record: Int32
        var unit: String
        /// The unit's position in units.csv; -1 without units.csv (numbered in the second pass).
        var unitNumber: Int32
        /// Not empty, and in units.csv when there is one.
        var unitKnown: Bool
        var unitOutsideYears: Bool
        /// The criterion's position in the catalogue; -1 when empty or unknown.
        var criterion: Int32
        /// No error of its own (year, unit, criterion, answer).
        var valid: Bool
        /// The answer that counts; nil for an answer to a criterion outside its years (ignored with a warning).
        var answer: Answer?
        /// Warnings that stand only if no other row duplicates this one.
        var warnings: [Diagnostic]
    }

    struct Decoded: Sendable {
        var rows: [Row]
        var diagnostics: [Diagnostic]
    }

    /// The first pass: a sheet's rows, each on its own.
    static func decode(_ sheet: Sheet, _ context: Context) -> Decoded {
        let table = sheet.table
        let header = table.headerDiagnostics(required: ["unit", "criterion", "answer"])
        var diagnostics = header
        guard !header.hasErrors else { return Decoded(rows: [], diagnostics: diagnostics) }
        let catalogue = context.catalogue
        let columns = context.columns(of: table)
        var rows: [Row] = []
        rows.reserveCapacity(table.records.count)
        for (index, record) in table.records.enumerated() {
            func location(_ position: Int?) -> Location { table.location(record, column: position ?? 0) }
            var valid = true
            let yearText = table.text(record, at: columns.year)
            if !yearText.isEmpty {
                if let year = ValueParsing.year(yearText) {
                    if year != sheet.year {
                        diagnostics.append(.error("year-mismatch", at: location(columns.year), Message.yearMismatch(year, folder: sheet.year)))
                        valid = false
                    }
                } else {
                    diagnostics.append(.error("bad-year", at: location(columns.year), CatalogueLoader.Message.badYear(yearText)))
                    valid = false
                }
            }
            let unit = table.text(record, at: columns.unit)
            let criterionText = table.text(record, at: columns.criterion)
            let word = table.text(record, at: columns.answer)

            var unitKnown = !unit.isEmpty
            var unitOutsideYears = false
            if unit.isEmpty {
                diagnostics.append(.error("missing-unit", at: location(columns.unit), Message.missingUnit))
                valid = false
            } else if context.hasUnits {
                if let known = context.unitsByID[unit] {
                    unitOutsideYears = !known.exists(in: sheet.year)
                } else {
                    diagnostics.append(.error("unknown-unit", at: location(columns.unit),
                                              CatalogueLoader.Message.unknown("unit", unit, in: "audits/units.csv",
                                                                              suggestion: Suggestion.closest(to: unit, among: context.unitIDs))))
                    valid = false
                    unitKnown = false
                }
            }

            var position: Int?
            if criterionText.isEmpty {
                diagnostics.append(.error("missing-criterion", at: location(columns.criterion), Message.missingCriterion))
                valid = false
            } else if let found = catalogue.position(ofCriterion: criterionText) {
                position = found
            } else {
                diagnostics.append(.error("unknown-criterion", at: location(columns.criterion),
                                          CatalogueLoader.Message.unknown("criterion", criterionText, in: "the catalogue '\(catalogue.name)'",
                                                                          suggestion: Suggestion.closest(to: criterionText, among: context.criterionIDs))))
                valid = false
            }
            let criterion = position.map { catalogue.criteria[$0] }

            let value = AnswerVocabulary.value(of: word)
            if value == nil {
                diagnostics.append(.error("unknown-answer", at: location(columns.answer), Message.unknownAnswer(word, scale: criterion?.scale)))
                valid = false
            } else if let value, let criterion, !value.isAllowed(on: criterion.scale) {
                diagnostics.append(.error("answer-off-scale", at: location(columns.answer), Message.offScale(word, criterion: criterion)))
                valid = false
            }

            var row = Row(record: Int32(index), unit: unit, unitNumber: context.unitNumber[unit] ?? -1, unitKnown: unitKnown,
                          unitOutsideYears: unitOutsideYears,
                          criterion: Int32(position ?? -1), valid: valid, answer: nil, warnings: [])
            // Duplicates are found in the second pass, even on a row with other errors (hence the criterion when empty unit is left out).
            if unit.isEmpty { row.criterion = -1 }
            guard valid, let criterion, let value else {
                rows.append(row)
                continue
            }
            if !criterion.applies(in: sheet.year) {
                row.warnings.append(.warning("criterion-out-of-years", at: location(columns.criterion), Message.criterionOutsideYears(criterion, year: sheet.year)))
                rows.append(row)
                continue
            }
            let evidence = table.text(record, at: columns.evidence)
            let comment = table.text(record, at: columns.comment)
            if value == .notApplicable, comment.isEmpty {
                row.warnings.append(.warning("na-without-comment", at: location(columns.answer), Message.naWithoutComment(criterion.id)))
            }
            if criterion.requiresEvidence, (value.value ?? 0) > 0, evidence.isEmpty {
                let place = columns.evidence.map { location($0) } ?? location(columns.answer)
                row.warnings.append(.warning("missing-evidence", at: place, Message.missingEvidence(criterion.id, answer: word)))
            }
            let dateText = table.text(record, at: columns.date)
            let isoDate = dateText.isEmpty ? nil : ValueParsing.isoDate(dateText)
            if !dateText.isEmpty, isoDate == nil {
                row.warnings.append(.warning("bad-date", at: location(columns.date), Message.badDate(dateText)))
            }
            row.answer = Answer(year: sheet.year, unit: unit, criterion: criterion.id, value: value,
                                word: word, evidence: evidence, comment: comment,
                                assessor: table.text(record, at: columns.assessor), date: dateText, isoDate: isoDate,
                                location: table.location(record))
            rows.append(row)
        }
        return Decoded(rows: rows, diagnostics: diagnostics)
    }

    /// A criterion of the year that a unit with answers did not answer: one warning per unit and year.
    private static func missingAnswers(catalogue: Catalogue, answered: [SlotKey: Place],
                                       firstRows: [(key: UnitYearKey, id: String, location: Location)]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var applying: [Int32: [Int]] = [:]
        for row in firstRows {
            let year = row.key.year
            let positions = applying[year] ?? catalogue.criteria.indices.filter { catalogue.criteria[$0].applies(in: Int(year)) }
            applying[year] = positions
            let missing = positions
                .filter { answered[SlotKey(year: year, unit: row.key.unit, criterion: Int32($0))] == nil }
                .map { catalogue.criteria[$0].id }
            if !missing.isEmpty {
                diagnostics.append(.warning("missing-answers", at: row.location, Message.missingAnswers(unit: row.id, year: Int(year), criteria: missing)))
            }
        }
        return diagnostics
    }

    /// A (year, unit, criterion) slot, with the unit and criterion as numbers: cheap to hash.
    struct SlotKey: Hashable {
        var year: Int32
        var unit: Int32
        var criterion: Int32
    }


    enum Message {
        static func yearMismatch(_ year: Int, folder: Int) -> String {
            "the row says \(year) but the file is in the folder \(folder); move the file or correct the year"
        }
        static let missingUnit = "the unit is empty: write the id of the unit this answer belongs to"
        static let missingCriterion = "the criterion is empty: write the id of the criterion answered"
        static func unknownAnswer(_ word: String, scale: Scale?) -> String {
            "'\(word)' is not an answer Vigie understands; write " + (scale.map { AnswerVocabulary.allowedWords(for: $0) } ?? "oui, partiel, non or sans objet")
        }
        static func offScale(_ word: String, criterion: Criterion) -> String {
            switch criterion.scale {
            case .level: "the criterion '\(criterion.id)' is answered with a level from 0 to 4 (or sans objet), not '\(word)'"
            case .binary: "the criterion '\(criterion.id)' is answered met or not met (oui / non / sans objet), not '\(word)'"
            case .ternary: "the criterion '\(criterion.id)' is answered oui / partiel / non / sans objet, not the level '\(word)'"
            }
        }
        static func duplicateAnswer(unit: String, criterion: String, year: Int, first: Location) -> String {
            "the unit '\(unit)' answers '\(criterion)' twice in \(year); the first answer is at \(first)"
        }
        static func unitOutsideYears(_ unit: OrgUnit, year: Int) -> String {
            "the unit '\(unit.id)' has answers in \(year) but exists only \(span(unit.since, unit.until)) according to units.csv; its answers are scored all the same"
        }
        static func criterionOutsideYears(_ criterion: Criterion, year: Int) -> String {
            "the criterion '\(criterion.id)' applies only \(span(criterion.since, criterion.until)); this \(year) answer is ignored"
        }
        static func naWithoutComment(_ id: String) -> String {
            "'\(id)' is answered not applicable without a comment; say why it does not apply"
        }
        static func missingEvidence(_ id: String, answer: String) -> String {
            "'\(id)' asks for evidence when it is met or partly met, and the answer '\(answer)' cites none"
        }
        static func badDate(_ text: String) -> String { "'\(text)' is not a date Vigie can read; write dd.mm.yyyy or yyyy-mm-dd" }
        static func missingAnswers(unit: String, year: Int, criteria: [String]) -> String {
            let shown = criteria.prefix(12).joined(separator: ", ") + (criteria.count > 12 ? ", …" : "")
            let noun = criteria.count == 1 ? "criterion" : "criteria"
            return "the unit '\(unit)' has no answer in \(year) for \(criteria.count) \(noun) of the catalogue (counted as unanswered): \(shown)"
        }
        static func span(_ since: Int?, _ until: Int?) -> String {
            switch (since, until) {
            case let (s?, u?): s == u ? "in \(s)" : "from \(s) to \(u)"
            case let (s?, nil): "from \(s) on"
            case let (nil, u?): "until \(u)"
            case (nil, nil): "always"
            }
        }
    }
}
