import ArgumentParser
import Foundation
import VigieCSV
import VigieCore
import VigieReport
import VigieWorkspace

/// The formats of `vigie score`; the exhaustive switch in `Score.run` makes a missing renderer a compile error.
enum ScoreFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

extension Vigie {
    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compute the scores, ratings, ranks, roll-ups and trends of a workspace.",
            discussion: """
            The workspace must validate without error. 'table' is for reading in a terminal; 'csv' and 'json' \
            expose every figure for other tools (scores unrounded, coverage as a fraction 0–1).
            """
        )

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var scoring: ScoringFlags

        @Option(help: "Only this audit year.")
        var year: Int?

        @Option(help: "table, csv or json.")
        var format: ScoreFormat = .table

        @Flag(help: "With csv: the year-to-year comparisons instead of the scores.")
        var trends = false

        @Option(help: "The CSV delimiter: ';' (default), ',' or 'tab'.")
        var delimiter: DelimiterOption = .semicolon

        @Option(help: "With json: the date (YYYY-MM-DD) that decides which actions are overdue (default: SOURCE_DATE_EPOCH, else none).")
        var date: String?

        func validate() throws {
            if let date, ReportDate(iso: date) == nil { throw ValidationError("--date takes a date YYYY-MM-DD, got '\(date)'") }
        }

        func run() throws {
            // The CSV and the table need no per-criterion rows; only JSON and --trends need the comparisons.
            let (workspace, results) = try scoring.load(options, details: format == .json, trends: format == .json || trends)
            if let year, results.year(year) == nil {
                throw ValidationError("no unit was audited in \(year); audited years: \(workspace.years.map(String.init).joined(separator: ", "))")
            }
            let output: [UInt8]
            switch format {
            case .table:
                output = Array(ScoreTable.render(results, workspace: workspace, year: year).utf8)
            case .csv:
                let writer = CSVWriter(delimiter: delimiter.csv)
                output = trends ? ScoreCSV.trends(results, year: year, writer: writer) : ScoreCSV.scores(results, year: year, writer: writer)
            case .json:
                let day = try Report.reportDate(date, environment: ProcessInfo.processInfo.environment)?.iso
                output = Array(ScoreJSON.render(results, workspace: workspace, year: year, version: VigieVersion.current, date: day).utf8)
            }
            FileHandle.standardOutput.write(Data(output))
        }
    }
}

enum DelimiterOption: String, ExpressibleByArgument, CaseIterable {
    case semicolon = ";", comma = ",", tab

    var csv: CSVDelimiter {
        switch self {
        case .semicolon: .semicolon
        case .comma: .comma
        case .tab: .tab
        }
    }
}

/// The options that change scores, shared by `score` and `report`.
struct ScoringFlags: ParsableArguments {
    @Option(help: "The minimum weighted coverage (0–1, or a percentage such as 80) below which a score is incomplete.")
    var minCoverage: Double = 0.8

    func scoringOptions(details: Bool, trends: Bool) -> ScoringOptions {
        ScoringOptions(minimumCoverage: minCoverage > 1 ? minCoverage / 100 : minCoverage, details: details, trends: trends)
    }

    func validate() throws {
        guard minCoverage >= 0, minCoverage <= 100 else { throw ValidationError("--min-coverage takes a fraction from 0 to 1 or a percentage from 0 to 100") }
    }

    /// Loads and scores the workspace; on errors prints them and exits 1. Warnings are counted on stderr.
    /// - Parameters: details, trends: what the output needs beyond the unit and roll-up figures.
    func load(_ options: WorkspaceOptions, details: Bool = true, trends: Bool = true) throws -> (Workspace, ScoreResults) {
        let loaded = WorkspaceLoader.load(at: options.workspace, catalogue: options.catalogue)
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
