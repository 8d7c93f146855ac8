import ArgumentParser
import Foundation
import VigieCore
import VigieReport
import VigieWorkspace

extension Vigie {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set up a new audit folder: the criteria catalogue, the list of units and a folder for this year's answer sheets.",
            discussion: """
            Writes checklists/\(DefaultCatalogue.name)/ (the catalogue Vigie ships), audits/units.csv (a header to fill \
            with your departments and services), audits/<year>/ for the answer sheets, workspace.csv (the title and \
            notice shown in reports, and the language: --lang, else the one of LC_ALL, LC_MESSAGES or LANG) and reports/. Never overwrites an existing workspace.
            """
        )

        @Argument(help: "The folder to create (it may exist if it holds no workspace).")
        var directory: String

        @Option(help: "The first audit year (default: the year of --date, or this year).")
        var year: Int?

        @Option(help: "A date (YYYY-MM-DD) that stands for today.")
        var date: String?

        @OptionGroup var language: LanguageOption

        func validate() throws { try OptionChecks.year(year, language.messages()) }

        func run() throws {
            let words = language.messages().wording
            let auditYear = try year ?? TodayDate.year(of: date, language.messages())
            try OptionChecks.year(auditYear, language.messages())
            do {
                // The workspace's language: --lang, else the environment's locale (empty when neither names one).
                let chosen = language.lang ?? Language.environmentLocale(ProcessInfo.processInfo.environment)
                let written = try WorkspaceInitializer.create(at: directory, year: auditYear, language: chosen)
                var text = words.created(directory) + "\n" + written.map { "  \($0)\n" }.joined()
                text += "\n" + words.nextSteps(directory, year: auditYear) + "\n\n"
                FileHandle.standardOutput.write(Data(text.utf8))
            } catch let refusal as WorkspaceInitializer.Refusal {
                FileHandle.standardError.write(Data("error: \(TerminalText.escaped(refusal.text(in: language.messages())))\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}

/// Today's year for `vigie init`: `--date`, else `SOURCE_DATE_EPOCH` (read as `vigie report` reads them), else the clock.
enum TodayDate {
    static func year(of given: String?, _ language: Language) throws -> Int {
        if let given {
            guard let iso = ValueParsing.isoDate(given) else { throw ValidationError(language.wording.badInitDate) }
            return Int(iso.prefix(4))!
        }
        if let date = try Vigie.Report.reportDate(nil, environment: ProcessInfo.processInfo.environment, language: language) { return date.year }
        let seconds = Int64(Date().timeIntervalSince1970)
        return ReportDate(epochSeconds: seconds)!.year
    }
}
