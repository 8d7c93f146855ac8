/// A place in a workspace file: 1-based line and column, with the column's header name.
public struct Location: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file's path relative to the workspace, with `/` separators.
    public var file: String
    /// 1-based physical line; 0 when the diagnostic concerns the file as a whole.
    public var line: Int
    /// 1-based field index; 0 when the diagnostic concerns a whole record.
    public var column: Int
    /// The header name of the column, when known.
    public var columnName: String?

    public init(file: String, line: Int = 0, column: Int = 0, columnName: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.columnName = columnName
    }

    /// `file:line:column`, the way compilers print it (line and column never below 1).
    public var description: String { "\(file):\(max(line, 1)):\(max(column, 1))" }

    public static func < (lhs: Location, rhs: Location) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
