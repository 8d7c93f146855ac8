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

    public var severity: Severity
    /// A stable identifier of the kind of finding, e.g. `unknown-criterion`.
    public var code: String
    public var location: Location
    public var message: String
    /// Another place that the message refers to (the first occurrence of a duplicate, for instance).
    public var related: Location?
    /// The criterion of the answer row the finding is about (as written in the row), when there is one.
    public var criterion: String?

    public init(_ severity: Severity, _ code: String, at location: Location, _ message: String, related: Location? = nil,
                criterion: String? = nil) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
        self.related = related
        self.criterion = criterion.flatMap { $0.isEmpty ? nil : $0 }
    }

    public static func error(_ code: String, at location: Location, _ message: String, related: Location? = nil,
                             criterion: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, at: location, message, related: related, criterion: criterion)
    }

    public static func warning(_ code: String, at location: Location, _ message: String, related: Location? = nil) -> Diagnostic {
        Diagnostic(.warning, code, at: location, message, related: related)
    }

    public static func note(_ code: String, at location: Location, _ message: String, criterion: String? = nil) -> Diagnostic {
        Diagnostic(.note, code, at: location, message, criterion: criterion)
    }

    /// The same finding, about the answer row of that criterion.
    public func about(criterion: String?) -> Diagnostic {
        var copy = self
        copy.criterion = criterion.flatMap { $0.isEmpty ? nil : $0 }
        return copy
    }

    /// `file:line:column: error: row 11, column G (answer), criterion REC-03: message`: the physical place for
    /// editors first, then the cell as a spreadsheet shows it, then the criterion of the row.
    public var description: String {
        "\(location): \(severity.rawValue): " + DiagnosticText.context(location, criterion: criterion) + message
    }
}

/// The texts around a diagnostic's message.
public enum DiagnosticText {
    /// `row 11, column G (answer)`: the cell as a spreadsheet shows it.
    public static func cell(row: Int, letter: String, name: String?) -> String {
        "row \(row), column \(letter)" + (name.map { " (\($0))" } ?? "")
    }

    /// `row 11`: a whole row.
    public static func row(_ row: Int) -> String { "row \(row)" }

    /// `column 'answer'`: a column, where the row is told otherwise (a workbook's cell reference) or unknown.
    public static func column(_ name: String) -> String { "column '\(name)'" }

    /// `criterion REC-03`
    public static func criterion(_ id: String) -> String { "criterion \(id)" }

    /// What stands between the severity and the message: the spreadsheet position and the criterion, each when
    /// known, then `: `; empty when neither is.
    public static func context(_ location: Location, criterion id: String?) -> String {
        var parts: [String] = []
        if location.sheet == nil && location.row > 0 && location.line > 0 {
            if let letter = location.columnLetter {
                parts.append(cell(row: location.row, letter: letter, name: location.columnName))
            } else {
                parts.append(row(location.row))
            }
        } else if let name = location.columnName, location.column > 0 {
            parts.append(column(name))
        }
        if let id { parts.append(criterion(id)) }
        return parts.isEmpty ? "" : parts.joined(separator: ", ") + ": "
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line, column, then errors before warnings before notes, then message: a stable order for output.
    public func sortedForOutput() -> [Diagnostic] {
        sorted { a, b in
            if a.location != b.location { return a.location < b.location }
            if a.severity != b.severity { return a.severity < b.severity }
            return a.message < b.message
        }
    }

    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
    public var noteCount: Int { count { $0.severity == .note } }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
