import VigieCore

extension WorkspaceSettings {
    /// Reads `workspace.csv` (`key;value` rows: `title`, `notice`, `language`: fr, de, it or en); unknown keys are warned about, not refused.
    static func read(_ table: SourceTable) -> (settings: WorkspaceSettings, diagnostics: [Diagnostic]) {
        var diagnostics = table.headerDiagnostics(required: ["key", "value"])
        guard !diagnostics.hasErrors else { return (WorkspaceSettings(), diagnostics) }
        var settings = WorkspaceSettings()
        for record in table.records {
            let key = table.cell(record, "key")!
            let value = table.text(record, "value")
            switch key.text.lowercased() {
            case "title": settings.title = value.isEmpty ? nil : value
            case "notice": settings.notice = value.isEmpty ? nil : value
            case "language":
                if let language = Language(rawValue: value.lowercased()) {
                    settings.language = language
                } else if !value.isEmpty {
                    diagnostics.append(.warning(.unknownLanguage(value: value), at: table.cell(record, "value")?.location ?? key.location))
                }
            default: diagnostics.append(.warning(.unknownSetting(key: key.text, known: ["title", "notice", "language"]), at: key.location))
            }
        }
        return (settings, diagnostics)
    }
}
