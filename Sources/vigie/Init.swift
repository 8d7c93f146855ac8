import ArgumentParser
import Foundation
import VigieCore
import VigieReport
import VigieWorkspace

extension Vigie {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a new workspace with the default catalogue.",
            discussion: """
            Writes checklists/\(DefaultCatalogue.name)/ (the catalogue Vigie ships), audits/units.csv (a header to fill \
            with your departments and services), audits/<year>/ for the answer sheets, workspace.csv (the title and \
            notice shown in reports) and reports/. Never overwrites an existing workspace.
            """
        )

        @Argument(help: "The folder to create (it may exist if it holds no workspace).")
        var directory: String

        @Option(help: "The first audit year (default: the year of --date, or this year).")
        var year: Int?

        @Option(help: "A date (YYYY-MM-DD) that stands for today.")
        var date: String?

        func validate() throws { try OptionChecks.year(year) }

        func run() throws {
            let auditYear = try year ?? TodayDate.year(of: date)
            try OptionChecks.year(auditYear)
            do {
                let written = try WorkspaceInitializer.create(at: directory, year: auditYear)
                var text = "Created a workspace in \(directory):\n" + written.map { "  \($0)\n" }.joined()
                text += """

                Next:
                  1. list your departments and services in \(directory)/audits/units.csv
                  2. vigie template \(directory) --year \(auditYear)     (one answer sheet per unit)
                  3. fill the sheets in audits/\(auditYear)/, then: vigie validate \(directory)
                  4. vigie report \(directory)

                """
                FileHandle.standardOutput.write(Data(text.utf8))
            } catch let refusal as WorkspaceInitializer.Refusal {
                FileHandle.standardError.write(Data("error: \(TerminalText.escaped(refusal.description))\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}

/// Today's year for `vigie init`: `--date`, else `SOURCE_DATE_EPOCH` (read as `vigie report` reads them), else the clock.
enum TodayDate {
    static func year(of given: String?) throws -> Int {
        if let given {
            guard let iso = ValueParsing.isoDate(given) else { throw ValidationError("--date takes a date written YYYY-MM-DD (or DD.MM.YYYY)") }
            return Int(iso.prefix(4))!
        }
        if let date = try Vigie.Report.reportDate(nil, environment: ProcessInfo.processInfo.environment) { return date.year }
        let seconds = Int64(Date().timeIntervalSince1970)
        return ReportDate(epochSeconds: seconds)!.year
    }
}
