import ArgumentParser
import Foundation
import VigieCore
import VigieWorkspace

extension Vigie {
    struct Template: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write blank answer sheets for a year, one per unit, ready for Excel.",
            discussion: """
            The sheets are Excel workbooks (.xlsx) by default: the criteria locked, the answer area unlocked, a \
            dropdown of the accepted words on each answer, the guidance and the critical and evidence-required \
            marks beside each question. --format csv writes CSV sheets instead. Each sheet lists the criteria that apply in the year, in catalogue order, with the words each one \
            accepts (answers_allowed) and, where the unit was audited before, its last answer and comment \
            (previous_answer, previous_comment), following renamed units and reworded criteria. Fill the \
            'answer', 'evidence', 'comment', 'assessor' and 'date' columns; Vigie ignores the others when reading. \
            The header, the dropdown's words and the criteria's texts are in the language of messages (--lang, the \
            workspace's 'language', the locale); Vigie reads the header names and answer words of fr, de, it and en. \
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

        @Flag(help: "Write the sheets even where a sheet of the folder already holds the unit's answers (it is overwritten when it has the same name).")
        var force = false

        @Option(help: "The sheets' format: xlsx (Excel workbooks, the default) or csv.")
        var format: TemplateFormatOption = .xlsx

        @Option(help: "The CSV delimiter with --format csv: ';' (default), ',' or 'tab'.")
        var delimiter: DelimiterOption = .semicolon

        func validate() throws {
            try OptionChecks.year(year, options.language.messages())
            try OptionChecks.outputPath(out, option: "--out", options.language.messages())
        }

        func run() throws {
            let loaded = WorkspaceLoader.load(at: options.workspace, catalogue: options.catalogue)
            let language = options.language.messages(loaded.settings)
            guard var workspace = loaded.workspace, !loaded.diagnostics.hasErrors else {
                DiagnosticPrinter.printProblems(loaded, warnings: false, language: language)
                throw ExitCode(1)
            }
            // The sheets show the criteria's titles, questions and guidance in the language of the workspace.
            workspace.catalogue = workspace.catalogue.localized(to: language)
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
                                                       format: format.format, writer: .init(delimiter: delimiter.csv),
                                                       language: language)
                FileHandle.standardOutput.write(Data((language.wording.wroteSheets(written.count) + "\n" + written.map { "  \($0)\n" }.joined()).utf8))
            } catch let refusal as TemplateWriter.Refusal {
                FileHandle.standardError.write(Data("error: \(refusal.text(in: language))\n".utf8))
                throw ExitCode(1)
            } catch let failure as TemplateWriter.Failure {
                FileHandle.standardError.write(Data("error: \(failure.text(in: language))\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}

/// `--format` of `vigie template`.
enum TemplateFormatOption: String, ExpressibleByArgument, CaseIterable {
    case xlsx, csv

    var format: TemplateWriter.Format {
        switch self {
        case .xlsx: .xlsx
        case .csv: .csv
        }
    }
}
