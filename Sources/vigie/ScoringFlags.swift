import ArgumentParser
import Foundation
import VigieCore
import VigieWorkspace

/// The options that change scores, shared by `score` and `report`.
struct ScoringFlags: ParsableArguments {
    @Option(help: "The minimum weighted coverage below which a score is incomplete: a fraction from 0 to 1 (0.8) or a percentage with % (80%).")
    var minCoverage: String = "0.8"

    func scoringOptions(details: Bool, trends: Bool) -> ScoringOptions {
        ScoringOptions(minimumCoverage: (try? MinimumCoverage.parse(minCoverage, .en)) ?? 0.8, details: details, trends: trends)
    }


    /// Loads and scores the workspace; on errors prints them and exits 1. Warnings are counted on stderr.
    /// - Parameters: details, trends: what the output needs beyond the unit and roll-up figures (the answers' texts
    ///   are kept only with details, which show them).
    /// - Parameter texts: the language of the catalogue's titles, questions, guidance and level labels in the
    ///   results, from the workspace's settings; nil keeps the base columns (for machine-read output).
    /// - Parameter textsFromSheets: the answers' texts read again from their sheets when asked, rather than kept.
    func load(_ options: WorkspaceOptions, details: Bool = true, trends: Bool = true, textsFromSheets: Bool = false,
              texts: ((WorkspaceSettings) -> Language)? = nil) throws -> (Workspace, ScoreResults) {
        // Checked here rather than in validate(), which does not see --lang, so that the error speaks the chosen language.
        _ = try MinimumCoverage.parse(minCoverage, options.language.messages())
        let mode: AnswerTextMode = !details ? .dropped : textsFromSheets ? .fromSheets : .kept
        let loaded = WorkspaceLoader.load(at: options.workspace, catalogue: options.catalogue, texts: mode)
        let language = options.language.messages(loaded.settings)
        guard var workspace = loaded.workspace, !loaded.diagnostics.hasErrors else {
            DiagnosticPrinter.printProblems(loaded, warnings: false, language: language)
            throw ExitCode(1)
        }
        let warnings = loaded.diagnostics.warningCount
        if warnings > 0 {
            FileHandle.standardError.write(Data((language.wording.warningsHidden(warnings) + "\n").utf8))
        }
        if let texts { workspace.catalogue = workspace.catalogue.localized(to: texts(workspace.settings)) }
        return (workspace, Scoring.score(workspace, options: scoringOptions(details: details, trends: trends)))
    }
}

/// `--min-coverage`: `0.8` or `80%`, never a number that could be read either way (`1.5` would be 1.5 % or 150 %).
enum MinimumCoverage {
    /// The fraction written in `text`, or a `ValidationError` that says how to write it.
    static func parse(_ text: String, _ language: Language) throws -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") {
            guard let percent = ValueParsing.number(String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces)),
                  percent >= 0, percent <= 100 else { throw ValidationError(language.wording.coverageBadPercentage(text)) }
            return percent / 100
        }
        guard let value = ValueParsing.number(trimmed), value >= 0 else { throw ValidationError(language.wording.coverageNotANumber(text)) }
        if value <= 1 { return value }
        if value <= 100 { throw ValidationError(language.wording.coverageAmbiguous(text)) }
        throw ValidationError(language.wording.coverageNotANumber(text))
    }
}
