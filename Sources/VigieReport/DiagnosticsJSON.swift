import VigieCore

/// `vigie validate --format json`: every finding with its place, for tools.
public enum DiagnosticsJSON {
    /// The same keys and codes in every language; `message` is written in `language`.
    public static func render(_ diagnostics: [Diagnostic], filesRead: Int, language: Language = .en) -> String {
        JSONValue.object([
            ("errors", .integer(diagnostics.errorCount)),
            ("warnings", .integer(diagnostics.warningCount)),
            ("notes", .integer(diagnostics.noteCount)),
            ("files", .integer(filesRead)),
            ("diagnostics", .array(diagnostics.map { diagnostic in
                .object([
                    ("severity", .string(diagnostic.severity.rawValue)),
                    ("code", .string(diagnostic.code)),
                    ("file", .string(diagnostic.location.file)),
                    // As the text output prints them: a finding about a whole file stands at 1:1.
                    ("line", .integer(max(diagnostic.location.line, 1))),
                    ("column", .integer(max(diagnostic.location.column, 1))),
                    ("column_name", .string(diagnostic.location.columnName)),
                    // Where a spreadsheet shows the cell: its row (null when unknown), column letters, worksheet.
                    ("row", .integer(diagnostic.location.row > 0 ? diagnostic.location.row : nil)),
                    ("column_letter", .string(diagnostic.location.row > 0 ? diagnostic.location.columnLetter : nil)),
                    ("sheet", .string(diagnostic.location.sheet)),
                    ("criterion", .string(diagnostic.criterion)),
                    ("message", .string(diagnostic.finding.text(in: language))),
                    ("related", diagnostic.related.map { .string($0.description) } ?? .null),
                ])
            })),
        ]).rendered()
    }
}
