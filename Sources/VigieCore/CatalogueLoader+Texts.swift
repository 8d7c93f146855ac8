/// The catalogue's texts in other languages: `title_de`, `question_it`, `label_en`… columns, read by name (any
/// case), and a warning for a column whose suffix names no language Vigie speaks (`title_es`).
extension CatalogueLoader {
    /// The texts of `fields` found in a record's `<field>_<language>` columns.
    static func readTexts(_ table: SourceTable, _ record: SourceTable.Record, _ fields: [CatalogueTexts.Field]) -> CatalogueTexts {
        var texts = CatalogueTexts()
        for field in fields {
            for language in Language.allCases {
                texts[field, language] = table.text(record, CatalogueTexts.column(field, language))
            }
        }
        return texts
    }

    /// A warning at each header cell named `<field>_<suffix>` whose suffix is not a language of Vigie.
    static func textColumnDiagnostics(_ table: SourceTable, _ fields: [CatalogueTexts.Field]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (position, name) in table.header.enumerated() {
            let lowered = name.lowercased()
            for field in fields where lowered.hasPrefix(field.rawValue + "_") {
                let suffix = String(lowered.dropFirst(field.rawValue.count + 1))
                guard Language(rawValue: suffix) == nil else { continue }
                diagnostics.append(.warning(.unknownTextLanguage(column: name, field: field.rawValue, suffix: suffix),
                                            at: Location(file: table.file, line: table.headerLine, column: position + 1, columnName: name,
                                                         row: table.headerRow).inWorksheet(table.sheet)))
            }
        }
        return diagnostics
    }
}
