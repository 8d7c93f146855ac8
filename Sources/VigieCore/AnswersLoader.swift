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
    public static func load(_ sheets: [Sheet], catalogue: Catalogue, units: [OrgUnit]?)
        -> (answers: [Answer], audited: [Int: Set<String>], diagnostics: [Diagnostic])
    {
        var diagnostics: [Diagnostic] = []
        var answers: [Answer] = []
        var firstPlace: [AnswerKey: Location] = [:]
        let criterionIDs = catalogue.criteria.map(\.id)
        let unitIDs = units?.map(\.id) ?? []
        let unitsByID = Dictionary((units ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var unitOutsideYears: Set<String> = []
        /// The unit cell of each unit's first row of a year, for warnings about the unit as a whole.
        var firstRow: [UnitYear: Location] = [:]

        for sheet in sheets {
            let table = sheet.table
            let header = table.headerDiagnostics(required: ["unit", "criterion", "answer"])
            diagnostics += header
            if header.hasErrors { continue }
            for record in table.records {
                var rowIsValid = true
                if let yearCell = table.cell(record, "year"), !yearCell.isEmpty {
                    if let year = ValueParsing.year(yearCell.text) {
                        if year != sheet.year {
                            diagnostics.append(.error("year-mismatch", at: yearCell.location, Message.yearMismatch(year, folder: sheet.year)))
                            rowIsValid = false
                        }
                    } else {
                        diagnostics.append(.error("bad-year", at: yearCell.location, CatalogueLoader.Message.badYear(yearCell.text)))
                        rowIsValid = false
                    }
                }
                let unitCell = table.cell(record, "unit")!
                let criterionCell = table.cell(record, "criterion")!
                let answerCell = table.cell(record, "answer")!

                var unitIsKnown = !unitCell.isEmpty
                if unitCell.isEmpty {
                    diagnostics.append(.error("missing-unit", at: unitCell.location, Message.missingUnit))
                    rowIsValid = false
                } else if units != nil {
                    if let unit = unitsByID[unitCell.text] {
                        if !unit.exists(in: sheet.year), unitOutsideYears.insert("\(unit.id)\u{1}\(sheet.year)").inserted {
                            diagnostics.append(.warning("unit-out-of-years", at: unitCell.location, Message.unitOutsideYears(unit, year: sheet.year)))
                        }
                    } else {
                        diagnostics.append(.error("unknown-unit", at: unitCell.location,
                                                  CatalogueLoader.Message.unknown("unit", unitCell.text, in: "audits/units.csv",
                                                                                  suggestion: Suggestion.closest(to: unitCell.text, among: unitIDs))))
                        rowIsValid = false
                        unitIsKnown = false
                    }
                }

                var criterion: Criterion?
                if criterionCell.isEmpty {
                    diagnostics.append(.error("missing-criterion", at: criterionCell.location, Message.missingCriterion))
                    rowIsValid = false
                } else if let found = catalogue.criterion(criterionCell.text) {
                    criterion = found
                } else {
                    diagnostics.append(.error("unknown-criterion", at: criterionCell.location,
                                              CatalogueLoader.Message.unknown("criterion", criterionCell.text, in: "the catalogue '\(catalogue.name)'",
                                                                              suggestion: Suggestion.closest(to: criterionCell.text, among: criterionIDs))))
                    rowIsValid = false
                }

                let value = AnswerVocabulary.value(of: answerCell.text)
                if value == nil {
                    diagnostics.append(.error("unknown-answer", at: answerCell.location, Message.unknownAnswer(answerCell.text, scale: criterion?.scale)))
                    rowIsValid = false
                } else if let value, let criterion, !value.isAllowed(on: criterion.scale) {
                    diagnostics.append(.error("answer-off-scale", at: answerCell.location, Message.offScale(answerCell.text, criterion: criterion)))
                    rowIsValid = false
                }

                if !unitCell.isEmpty, let criterion {
                    let key = AnswerKey(year: sheet.year, unit: unitCell.text, criterion: criterion.id)
                    if let first = firstPlace[key] {
                        diagnostics.append(.error("duplicate-answer", at: criterionCell.location,
                                                  Message.duplicateAnswer(unit: unitCell.text, criterion: criterion.id, year: sheet.year, first: first),
                                                  related: first))
                        rowIsValid = false
                    } else {
                        firstPlace[key] = criterionCell.location
                    }
                }
                // An unknown unit is already an error: it is not audited, and gets no warning about missing answers.
                if unitIsKnown {
                    let key = UnitYear(unit: unitCell.text, year: sheet.year)
                    if firstRow[key] == nil || unitCell.location < firstRow[key]! { firstRow[key] = unitCell.location }
                }
                guard rowIsValid, let criterion, let value else { continue }

                if !criterion.applies(in: sheet.year) {
                    diagnostics.append(.warning("criterion-out-of-years", at: criterionCell.location, Message.criterionOutsideYears(criterion, year: sheet.year)))
                    continue
                }
                let evidence = table.text(record, "evidence")
                let comment = table.text(record, "comment")
                if value == .notApplicable, comment.isEmpty {
                    diagnostics.append(.warning("na-without-comment", at: answerCell.location, Message.naWithoutComment(criterion.id)))
                }
                if criterion.requiresEvidence, (value.value ?? 0) > 0, evidence.isEmpty {
                    let location = table.cell(record, "evidence")?.location ?? answerCell.location
                    diagnostics.append(.warning("missing-evidence", at: location, Message.missingEvidence(criterion.id, answer: answerCell.text)))
                }
                let dateText = table.text(record, "date")
                let isoDate = dateText.isEmpty ? nil : ValueParsing.isoDate(dateText)
                if !dateText.isEmpty, isoDate == nil, let cell = table.cell(record, "date") {
                    diagnostics.append(.warning("bad-date", at: cell.location, Message.badDate(dateText)))
                }
                answers.append(Answer(year: sheet.year, unit: unitCell.text, criterion: criterion.id, value: value,
                                      word: answerCell.text, evidence: evidence, comment: comment,
                                      assessor: table.text(record, "assessor"), date: dateText, isoDate: isoDate,
                                      location: table.location(record)))
            }
        }
        diagnostics += missingAnswers(catalogue: catalogue, answered: firstPlace, firstRow: firstRow)
        var audited: [Int: Set<String>] = [:]
        for key in firstRow.keys { audited[key.year, default: []].insert(key.unit) }
        return (answers, audited, diagnostics)
    }

    /// A criterion of the year that a unit with answers did not answer: one warning per unit and year.
    private static func missingAnswers(catalogue: Catalogue, answered: [AnswerKey: Location], firstRow: [UnitYear: Location]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (key, location) in firstRow.sorted(by: { ($0.key.year, $0.key.unit) < ($1.key.year, $1.key.unit) }) {
            let missing = catalogue.criteria(applyingIn: key.year)
                .filter { answered[AnswerKey(year: key.year, unit: key.unit, criterion: $0.id)] == nil }
                .map(\.id)
            if !missing.isEmpty {
                diagnostics.append(.warning("missing-answers", at: location, Message.missingAnswers(unit: key.unit, year: key.year, criteria: missing)))
            }
        }
        return diagnostics
    }

    struct AnswerKey: Hashable {
        var year: Int
        var unit: String
        var criterion: String
    }

    struct UnitYear: Hashable {
        var unit: String
        var year: Int
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
