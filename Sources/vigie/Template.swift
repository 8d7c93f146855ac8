import ArgumentParser
import Foundation
import VigieCore
import VigieWorkspace

extension Vigie {
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write blank answer sheets for a year, one per unit, ready for Excel.",
            discussion: """
            Each sheet lists the criteria that apply in the year, in catalogue order, with the words each one \
            accepts (answers_allowed) and, where the unit was audited before, its last answer and comment \
            (previous_answer, previous_comment), following renamed units and reworded criteria. Fill the \
            'answer', 'evidence', 'comment', 'assessor' and 'date' columns; Vigie ignores the others when reading. \
            By default every unit that exists in the year gets a sheet, except departments that have services.
            """
        )

        @OptionGroup var options: WorkspaceOptions

        @Option(help: "The audit year of the sheets.")
        var year: Int

        @Option(help: "A unit to write a sheet for (repeat for several; default: all units of the year).")
        var unit: [String] = []

        @Option(help: "Where to write the sheets (default: WORKSPACE/audits/<year>).")
        var out: String?

        @Flag(help: "Overwrite sheets that already hold answers.")
        var force = false

        @Option(help: "The CSV delimiter: ';' (default), ',' or 'tab'.")
        var delimiter: DelimiterOption = .semicolon

        func run() throws {
            let loaded = WorkspaceLoader.load(at: options.workspace, catalogue: options.catalogue)
            let language = options.language.messages(loaded.settings)
            guard let workspace = loaded.workspace, !loaded.diagnostics.hasErrors else {
                DiagnosticPrinter.printProblems(loaded, warnings: false, language: language)
                throw ExitCode(1)
            }
            let known = workspace.units.map(\.id)
            for id in unit where !known.contains(id) {
                throw ValidationError(language.wording.unknownUnit(id, suggestion: Suggestion.closest(to: id, among: known)))
            }
            let units = unit.isEmpty ? TemplateWriter.defaultUnits(workspace, year: year) : unit
            guard !units.isEmpty else {
                throw ValidationError(language.wording.noUnitForSheets)
            }
            let folder = out ?? WorkspaceLayout.path(options.workspace, WorkspaceLayout.audits + "/\(year)")
            do {
                let written = try TemplateWriter.write(workspace: workspace, year: year, units: units, folder: folder, force: force,
                                                       writer: .init(delimiter: delimiter.csv))
                FileHandle.standardOutput.write(Data((language.wording.wroteSheets(written.count) + "\n" + written.map { "  \($0)\n" }.joined()).utf8))
            } catch let refusal as TemplateWriter.Refusal {
                FileHandle.standardError.write(Data("error: \(refusal.text(in: language))\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}
