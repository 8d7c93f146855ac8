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
    static func print(_ loaded: LoadedWorkspace, format: DiagnosticFormat, language: Language) {
        switch format {
        case .text:
            var text = ""
            for diagnostic in loaded.diagnostics {
                text += TerminalText.escaped(diagnostic.rendered(in: language)) + "\n"
            }
            text += summary(loaded, language) + "\n"
            FileHandle.standardError.write(Data(text.utf8))
        case .json:
            FileHandle.standardOutput.write(Data(DiagnosticsJSON.render(loaded.diagnostics, filesRead: loaded.filesRead, language: language).utf8))
        }
    }

    /// `2 errors, 3 warnings in 14 files`, or `0 errors, 6 warnings, 21 notes in 89 files` when there are notes.
    static func summary(_ loaded: LoadedWorkspace, _ language: Language) -> String {
        language.wording.summary(errors: loaded.diagnostics.errorCount, warnings: loaded.diagnostics.warningCount,
                                 notes: loaded.diagnostics.noteCount, files: loaded.filesRead)
    }

    /// Only the errors and the summary, for commands whose main output is something else.
    static func printProblems(_ loaded: LoadedWorkspace, warnings: Bool, language: Language) {
        var text = ""
        for diagnostic in loaded.diagnostics where diagnostic.severity == .error || warnings {
            text += TerminalText.escaped(diagnostic.rendered(in: language)) + "\n"
        }
        if loaded.diagnostics.hasErrors || (warnings && !loaded.diagnostics.isEmpty) { text += summary(loaded, language) + "\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
