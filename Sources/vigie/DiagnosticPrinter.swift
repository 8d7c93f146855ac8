import ArgumentParser
import Foundation
import VigieCore
import VigieReport
import VigieWorkspace

enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Prints diagnostics: text to stderr, compiler style, with a summary line; or JSON to stdout.
enum DiagnosticPrinter {
    static func print(_ loaded: LoadedWorkspace, format: DiagnosticFormat) {
        switch format {
        case .text:
            var text = ""
            for diagnostic in loaded.diagnostics {
                text += TerminalText.escaped(diagnostic.description) + "\n"
            }
            text += summary(loaded) + "\n"
            FileHandle.standardError.write(Data(text.utf8))
        case .json:
            FileHandle.standardOutput.write(Data(DiagnosticsJSON.render(loaded.diagnostics, filesRead: loaded.filesRead).utf8))
        }
    }

    /// `2 errors, 3 warnings in 14 files`, or `0 errors, 6 warnings, 21 notes in 89 files` when there are notes.
    static func summary(_ loaded: LoadedWorkspace) -> String {
        let errors = loaded.diagnostics.errorCount
        let warnings = loaded.diagnostics.warningCount
        let notes = loaded.diagnostics.noteCount
        var text = "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
        if notes > 0 { text += ", \(notes) \(notes == 1 ? "note" : "notes")" }
        return text + " in \(loaded.filesRead) \(loaded.filesRead == 1 ? "file" : "files")"
    }

    /// Only the errors and the summary, for commands whose main output is something else.
    static func printProblems(_ loaded: LoadedWorkspace, warnings: Bool) {
        var text = ""
        for diagnostic in loaded.diagnostics where diagnostic.severity == .error || warnings {
            text += TerminalText.escaped(diagnostic.description) + "\n"
        }
        if loaded.diagnostics.hasErrors || (warnings && !loaded.diagnostics.isEmpty) { text += summary(loaded) + "\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
