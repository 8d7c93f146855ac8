/// One finding about the input: an error rejects the workspace, a warning is reported and scoring goes on, a note
/// says something normal worth knowing (a sheet not started yet).
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error, warning, note

        private var order: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.order < rhs.order }
    }

    /// What the finding says, in no language yet: `message`, `rendered(in:)` write it out.
    public var finding: DiagnosticMessage
    public var location: Location
    /// Another place that the message refers to (the first occurrence of a duplicate, for instance).
    public var related: Location?
    /// The criterion of the answer row the finding is about (as written in the row), when there is one.
    public var criterion: String?

    public init(_ finding: DiagnosticMessage, at location: Location, related: Location? = nil, criterion: String? = nil) {
        self.finding = finding
        self.location = location
        self.related = related
        self.criterion = criterion.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The severity and code, from the registry (`DiagnosticKind`).
    public var kind: DiagnosticKind { finding.kind }
    public var severity: Severity { finding.kind.severity }
    /// A stable identifier of the kind of finding, e.g. `unknown-criterion`: the same in every language.
    public var code: String { finding.kind.code }
    /// The message in English (the order of output and the fallback language).
    public var message: String { finding.text(in: .en) }

    /// An error; the kind must be one (checked in debug builds), so that a raise site reads as what it raises.
    public static func error(_ finding: DiagnosticMessage, at location: Location, related: Location? = nil,
                             criterion: String? = nil) -> Diagnostic {
        assert(finding.kind.severity == .error, "\(finding.kind.code) is a \(finding.kind.severity.rawValue)")
        return Diagnostic(finding, at: location, related: related, criterion: criterion)
    }

    public static func warning(_ finding: DiagnosticMessage, at location: Location, related: Location? = nil,
                               criterion: String? = nil) -> Diagnostic {
        assert(finding.kind.severity == .warning, "\(finding.kind.code) is a \(finding.kind.severity.rawValue)")
        return Diagnostic(finding, at: location, related: related, criterion: criterion)
    }

    public static func note(_ finding: DiagnosticMessage, at location: Location, criterion: String? = nil) -> Diagnostic {
        assert(finding.kind.severity == .note, "\(finding.kind.code) is a \(finding.kind.severity.rawValue)")
        return Diagnostic(finding, at: location, criterion: criterion)
    }

    /// The same finding, about the answer row of that criterion.
    public func about(criterion: String?) -> Diagnostic {
        var copy = self
        copy.criterion = criterion.flatMap { $0.isEmpty ? nil : $0 }
        return copy
    }

    /// `file:line:column: error: row 11, column G (answer), criterion REC-03: message`: the physical place for
    /// editors first, then the cell as a spreadsheet shows it, then the criterion of the row. The severity word
    /// stays English in every language, as the code does: editors and CI read it.
    public func rendered(in language: Language) -> String {
        "\(location): \(severity.rawValue): " + DiagnosticText.context(location, criterion: criterion, language: language)
            + finding.text(in: language)
    }

    /// In English.
    public var description: String { rendered(in: .en) }
}

/// The texts around a diagnostic's message: where the cell is, as a spreadsheet shows it.
public enum DiagnosticText {
    /// What stands between the severity and the message: the spreadsheet position and the criterion, each when
    /// known, then `: ` (` : ` in French); empty when neither is. E.g. `row 11, column G (answer), criterion REC-03: `.
    public static func context(_ location: Location, criterion id: String?, language: Language = .en) -> String {
        let words = language.wording
        var parts: [String] = []
        if location.sheet == nil && location.row > 0 && location.line > 0 {
            if let letter = location.columnLetter {
                parts.append(words.cell(location.row, letter, location.columnName))
            } else {
                parts.append(words.row(location.row))
            }
        } else if let name = location.columnName, location.column > 0 {
            parts.append(words.column(name))
        }
        if let id { parts.append(words.criterion(id)) }
        return parts.isEmpty ? "" : parts.joined(separator: ", ") + words.colon
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line, column, then errors before warnings before notes, then message: a stable order for output.
    /// The message compared is the English one, so that the order (and the JSON) is the same in every language.
    public func sortedForOutput() -> [Diagnostic] {
        let messages = map(\.message)  // written once each, not at every comparison
        return indices.sorted { i, j in
            let a = self[i], b = self[j]
            if a.location != b.location { return a.location < b.location }
            if a.severity != b.severity { return a.severity < b.severity }
            return messages[i] < messages[j]
        }.map { self[$0] }
    }

    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
    public var noteCount: Int { count { $0.severity == .note } }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
