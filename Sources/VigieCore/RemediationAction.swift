/// A remediation action planned for a gap: who does what by when (audits/actions.csv).
public struct RemediationAction: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case planned
        case inProgress = "in_progress"
        case done
        case dropped

        /// The words accepted for each status, in English, French and German (compared without case and accents).
        static let words: [String: Status] = {
            var table: [String: Status] = [:]
            for word in ["planned", "todo", "to do", "prevu", "prevue", "planifie", "planifiee", "a faire", "geplant", "offen"] { table[word] = .planned }
            for word in ["in progress", "ongoing", "en cours", "in bearbeitung", "laufend", "in arbeit"] { table[word] = .inProgress }
            for word in ["done", "completed", "fait", "termine", "terminee", "realise", "realisee", "erledigt", "abgeschlossen"] { table[word] = .done }
            for word in ["dropped", "cancelled", "canceled", "abandonne", "abandonnee", "annule", "annulee", "verworfen", "aufgegeben"] { table[word] = .dropped }
            return table
        }()

        public init?(word: String) {
            guard let status = Status.words[AnswerVocabulary.normalise(word)] else { return nil }
            self = status
        }

        /// Whether the action is still to be carried out.
        public var isOpen: Bool { self == .planned || self == .inProgress }
    }

    public var year: Int?
    public var unit, criterion, action, owner: String
    /// ISO date, when given.
    public var due: String?
    public var status: Status
    public var location: Location

    public init(year: Int? = nil, unit: String, criterion: String, action: String, owner: String = "", due: String? = nil,
                status: Status = .planned, location: Location = Location(file: "")) {
        self.year = year
        self.unit = unit
        self.criterion = criterion
        self.action = action
        self.owner = owner
        self.due = due
        self.status = status
        self.location = location
    }

    /// Overdue on a report date (ISO `yyyy-mm-dd`): due before that date and neither done nor dropped.
    public func isOverdue(on date: String) -> Bool {
        guard let due, status.isOpen else { return false }
        return due < date
    }
}

/// Reads audits/actions.csv against the catalogue and the organisation.
public enum ActionsLoader {
    public static func load(_ table: SourceTable, catalogue: Catalogue, units: [OrgUnit]?) -> (actions: [RemediationAction], diagnostics: [Diagnostic]) {
        var diagnostics = table.headerDiagnostics(required: ["unit", "criterion", "action"])
        guard !diagnostics.hasErrors else { return ([], diagnostics) }
        let unitIDs = units?.map(\.id)
        let known = unitIDs.map(Set.init)
        let criterionIDs = catalogue.criteria.map(\.id)
        var actions: [RemediationAction] = []
        for record in table.records {
            var valid = true
            let unitCell = table.cell(record, "unit")!
            let criterionCell = table.cell(record, "criterion")!
            let actionCell = table.cell(record, "action")!
            /// An optional column's value as `read` makes it, nil when empty; an error, and the row left out, when `read` fails.
            func optional<Value>(_ column: String, _ read: (String) -> Value?, else message: (String) -> DiagnosticMessage) -> Value? {
                guard let cell = table.cell(record, column), !cell.isEmpty else { return nil }
                if let value = read(cell.text) { return value }
                diagnostics.append(.error(message(cell.text), at: cell.location))
                valid = false
                return nil
            }
            let year = optional("year", ValueParsing.year) { .badYear(text: $0) }
            if unitCell.isEmpty {
                diagnostics.append(.error(.missingUnit, at: unitCell.location))
                valid = false
            } else if let known, !known.contains(unitCell.text) {
                diagnostics.append(.error(.unknownUnit(id: unitCell.text, suggestion: Suggestion.closest(to: unitCell.text, among: unitIDs ?? [])),
                                          at: unitCell.location))
                valid = false
            }
            if criterionCell.isEmpty {
                diagnostics.append(.error(.missingCriterion, at: criterionCell.location))
                valid = false
            } else if catalogue.criterion(criterionCell.text) == nil {
                diagnostics.append(.error(.unknownCriterion(id: criterionCell.text, catalogue: catalogue.name,
                                                            suggestion: Suggestion.closest(to: criterionCell.text, among: criterionIDs)),
                                          at: criterionCell.location))
                valid = false
            }
            if actionCell.isEmpty {
                diagnostics.append(.error(.missingAction, at: actionCell.location))
                valid = false
            }
            let due = optional("due", ValueParsing.isoDate) { .badDueDate(text: $0) }
            let status = optional("status", RemediationAction.Status.init(word:)) { .unknownStatus(word: $0) } ?? .planned
            guard valid else { continue }
            actions.append(RemediationAction(year: year, unit: unitCell.text, criterion: criterionCell.text, action: actionCell.text,
                                             owner: table.text(record, "owner"), due: due, status: status,
                                             location: table.location(record)))
        }
        return (actions, diagnostics)
    }
}
