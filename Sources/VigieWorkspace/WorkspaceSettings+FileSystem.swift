import VigieCore

extension WorkspaceSettings {
    /// Reads `workspace.csv` (`key;value` rows: `title`, `notice`); unknown keys are warned about, not refused.
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
            default: diagnostics.append(.warning("unknown-setting", at: key.location, Message.unknownKey(key.text)))
            }
        }
        return (settings, diagnostics)
    }

    enum Message {
        static func unknownKey(_ key: String) -> String { "'\(key)' is not a setting Vigie knows (title, notice); the row is ignored" }
    }
}
