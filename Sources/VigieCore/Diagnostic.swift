/// One finding about the input: an error rejects the workspace, a warning is reported and scoring goes on.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    public var severity: Severity
    /// A stable identifier of the kind of finding, e.g. `unknown-criterion`.
    public var code: String
    public var location: Location
    public var message: String
    /// Another place that the message refers to (the first occurrence of a duplicate, for instance).
    public var related: Location?

    public init(_ severity: Severity, _ code: String, at location: Location, _ message: String, related: Location? = nil) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
        self.related = related
    }

    public static func error(_ code: String, at location: Location, _ message: String, related: Location? = nil) -> Diagnostic {
        Diagnostic(.error, code, at: location, message, related: related)
    }

    public static func warning(_ code: String, at location: Location, _ message: String, related: Location? = nil) -> Diagnostic {
        Diagnostic(.warning, code, at: location, message, related: related)
    }

    /// `file:line:column: error: column 'answer': message`
    public var description: String {
        var text = "\(location): \(severity.rawValue): "
        if let name = location.columnName, location.column > 0 { text += "column '\(name)': " }
        text += message
        return text
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line, column, then errors before warnings, then message: a stable order for output.
    public func sortedForOutput() -> [Diagnostic] {
        sorted { a, b in
            if a.location != b.location { return a.location < b.location }
            if a.severity != b.severity { return a.severity < b.severity }
            return a.message < b.message
        }
    }

    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
