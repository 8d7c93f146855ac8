import ArgumentParser
import Foundation
import VigieCore
import VigieWorkspace

/// The options that change scores, shared by `score` and `report`.
struct ScoringFlags: ParsableArguments {
    @Option(help: "The minimum weighted coverage (0–1, or a percentage such as 80) below which a score is incomplete.")
    var minCoverage: Double = 0.8

    func scoringOptions(details: Bool, trends: Bool) -> ScoringOptions {
        ScoringOptions(minimumCoverage: minCoverage > 1 ? minCoverage / 100 : minCoverage, details: details, trends: trends)
    }

    /// Loads and scores the workspace; on errors prints them and exits 1. Warnings are counted on stderr.
    /// - Parameters: details, trends: what the output needs beyond the unit and roll-up figures (the answers' texts
    ///   are kept only with details, which show them).
    func load(_ options: WorkspaceOptions, details: Bool = true, trends: Bool = true) throws -> (Workspace, ScoreResults) {
        // Checked here rather than in validate(), so that the error speaks the chosen language.
        guard minCoverage >= 0, minCoverage <= 100 else { throw ValidationError(options.language.messages().wording.badMinimumCoverage) }
        let loaded = WorkspaceLoader.load(at: options.workspace, catalogue: options.catalogue, answerTexts: details)
        let language = options.language.messages(loaded.settings)
        guard let workspace = loaded.workspace, !loaded.diagnostics.hasErrors else {
            DiagnosticPrinter.printProblems(loaded, warnings: false, language: language)
            throw ExitCode(1)
        }
        let warnings = loaded.diagnostics.warningCount
        if warnings > 0 {
            FileHandle.standardError.write(Data((language.wording.warningsHidden(warnings) + "\n").utf8))
        }
        return (workspace, Scoring.score(workspace, options: scoringOptions(details: details, trends: trends)))
    }
}
