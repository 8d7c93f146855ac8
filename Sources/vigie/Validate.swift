import ArgumentParser
import VigieCore
import VigieWorkspace

extension Vigie {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the answer sheets, the catalogue and the list of units, and list every mistake with the row and column to correct.",
            discussion: """
            Each finding names the file, line and column of the cell at fault, like a compiler, then the row and \
            column a spreadsheet shows and the criterion of the row: \
            'audits/2025/SPOP.csv:12:4: error: row 11, column D (answer), criterion REC-03: …'. Errors make the \
            workspace unusable (exit 1); warnings are reported and scoring goes on (exit 0); notes say what is \
            normal but worth knowing, such as a sheet not started yet.
            """
        )

        @OptionGroup var options: WorkspaceOptions

        @Option(help: "How to print the findings: text (for people) or json (for tools).")
        var format: DiagnosticFormat = .text

        func run() throws {
            // Validation needs the answers' values, not their texts.
            let loaded = WorkspaceLoader.load(at: options.workspace, catalogue: options.catalogue, answerTexts: false)
            DiagnosticPrinter.print(loaded, format: format, language: options.language.messages(loaded.settings))
            if loaded.diagnostics.hasErrors || loaded.workspace == nil { throw ExitCode(1) }
        }
    }
}
