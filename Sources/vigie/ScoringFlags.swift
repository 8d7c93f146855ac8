import ArgumentParser
import Foundation
import VigieCore
import VigieWorkspace

/// The options that change scores, shared by `score` and `report`.
struct ScoringFlags: ParsableArguments {
    @Option(help: "The minimum weighted coverage below which a score is incomplete: a fraction from 0 to 1 (0.8) or a percentage with % (80%).")
    var minCoverage: String = "0.8"

    func scoringOptions(details: Bool, trends: Bool) -> ScoringOptions {
        ScoringOptions(minimumCoverage: (try? MinimumCoverage.parse(minCoverage)) ?? 0.8, details: details, trends: trends)
    }

    func validate() throws { _ = try MinimumCoverage.parse(minCoverage) }

    /// Loads and scores the workspace; on errors prints them and exits 1. Warnings are counted on stderr.
    /// - Parameters: details, trends: what the output needs beyond the unit and roll-up figures (the answers' texts
    ///   are kept only with details, which show them).
    func load(_ options: WorkspaceOptions, details: Bool = true, trends: Bool = true) throws -> (Workspace, ScoreResults) {
        let loaded = WorkspaceLoader.load(at: options.workspace, catalogue: options.catalogue, answerTexts: details)
        guard let workspace = loaded.workspace, !loaded.diagnostics.hasErrors else {
            DiagnosticPrinter.printProblems(loaded, warnings: false)
            throw ExitCode(1)
        }
        let warnings = loaded.diagnostics.warningCount
        if warnings > 0 {
            FileHandle.standardError.write(Data("\(warnings) \(warnings == 1 ? "warning" : "warnings") (run 'vigie validate' to see them)\n".utf8))
        }
        return (workspace, Scoring.score(workspace, options: scoringOptions(details: details, trends: trends)))
    }
}

/// `--min-coverage`: `0.8` or `80%`, never a number that could be read either way (`1.5` would be 1.5 % or 150 %).
enum MinimumCoverage {
    /// The fraction written in `text`, or a `ValidationError` that says how to write it.
    static func parse(_ text: String) throws -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") {
            guard let percent = ValueParsing.number(String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces)),
                  percent >= 0, percent <= 100 else { throw ValidationError(Message.badPercentage(text)) }
            return percent / 100
        }
        guard let value = ValueParsing.number(trimmed), value >= 0 else { throw ValidationError(Message.notANumber(text)) }
        if value <= 1 { return value }
        if value <= 100 { throw ValidationError(Message.ambiguous(text)) }
        throw ValidationError(Message.notANumber(text))
    }

    enum Message {
        static func badPercentage(_ text: String) -> String { "--min-coverage takes a percentage from 0% to 100%, got '\(text)'" }
        static func notANumber(_ text: String) -> String {
            "--min-coverage takes a fraction from 0 to 1 (such as 0.8) or a percentage with % (such as 80%), got '\(text)'"
        }
        static func ambiguous(_ text: String) -> String {
            "--min-coverage '\(text)' is more than 1: for a percentage write '\(text)%', for a fraction a number from 0 to 1"
        }
    }
}
