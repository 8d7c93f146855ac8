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
            abstract: "Show the score and rating of each unit, department and the canton, with ranks and changes from year to year.",
            discussion: """
            The workspace must validate without error. 'table' is for reading in a terminal; 'csv' and 'json' \
            expose every figure for other tools (scores unrounded, coverage as a fraction 0–1).
            """
        )

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var scoring: ScoringFlags

        @Option(help: "Only this audit year (the table defaults to the latest year with a complete unit; csv and json give every year).")
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
            try OptionChecks.year(year, options.language.messages())
            if let date, ReportDate(iso: date) == nil { throw ValidationError(options.language.messages().wording.badDateOption(date)) }
        }

        func run() throws {
            // The CSV and the table need no per-criterion rows; only JSON and --trends need the comparisons.
            // The table speaks the messages' language, level labels included; CSV and JSON keep the catalogue's base texts.
            let (workspace, results) = try scoring.load(options, details: format == .json, trends: format == .json || trends,
                                                        texts: format == .table ? { options.language.messages($0) } : nil)
            let language = options.language.messages(workspace.settings)
            if let year, results.year(year) == nil {
                throw ValidationError(language.wording.yearNotAudited(year, audited: workspace.years))
            }
            let output: [UInt8]
            switch format {
            case .table:
                output = Array(ScoreTable.render(results, workspace: workspace, year: year, language: language).utf8)
            case .csv:
                let writer = CSVWriter(delimiter: delimiter.csv)
                output = trends ? ScoreCSV.trends(results, year: year, writer: writer) : ScoreCSV.scores(results, year: year, writer: writer)
            case .json:
                let day = try Report.reportDate(date, environment: ProcessInfo.processInfo.environment, language: language)?.iso
                output = Array(ScoreJSON.render(results, workspace: workspace, year: year, version: VigieVersion.current, date: day).utf8)
            }
            // Handed to the file as they are: a canton's CSV is megabytes, not worth a copy into Data.
            output.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
                FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
            }
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

