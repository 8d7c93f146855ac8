import ArgumentParser
import Foundation
import VigieCore
import VigieReport
import VigieWorkspace

extension Vigie {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the reports to open in a browser: an overview of the canton, one page per unit and year, and the trends.",
            discussion: """
            Writes index.html, trends.html and <year>/<unit>.html into --out (default: WORKSPACE/reports). \
            The pages are self-contained (no script, no outside request), valid HTML, accessible (WCAG 2.1 AA) \
            and byte-identical for identical input.

            The files are written into a temporary folder beside --out and moved into place when complete; \
            a failure leaves the previous report set untouched. Vigie marks its output with a '.vigie-report' \
            file and refuses an --out folder holding files it did not write, unless --force (which replaces \
            the whole folder).

            The generation date comes from --date, else from SOURCE_DATE_EPOCH (UTC day); with neither, \
            the pages carry no date.

            --templates DIR: files named <name>.mustache replace the built-in template of that name \
            (\(ReportTemplates.names.joined(separator: ", "))); the others stay built in. Values are \
            HTML-escaped by Mustache; keep {{…}} (not {{{…}}}) for anything but the HTML Vigie writes \
            itself: the charts, a figure's html and the unit page's criteriaRows, actionRows and changeRows \
            (the same rows are given as values too: criteria, actions, changes).
            """
        )

        @OptionGroup var options: WorkspaceOptions
        @OptionGroup var scoring: ScoringFlags

        @Option(help: "The year at a glance (default: the latest year with a complete unit); later years are left out, but for the progress of a campaign under way.")
        var year: Int?

        @Option(help: "The output folder (default: WORKSPACE/reports).")
        var out: String?

        @Option(help: "The generation date shown in the pages, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else none).")
        var date: String?

        @Option(help: "A folder of <name>.mustache files that replace built-in templates.")
        var templates: String?

        @Flag(help: "Replace --out even when it holds files Vigie did not write.")
        var force = false

        func validate() throws {
            try OptionChecks.year(year, options.language.messages())
            try OptionChecks.outputPath(out, option: "--out", options.language.messages())
            if let date, ReportDate(iso: date) == nil { throw ValidationError(options.language.messages().wording.badDateOption(date)) }
        }

        func run() throws {
            AllocatorSettings.forReports()
            let reportDate = try Self.reportDate(date, environment: ProcessInfo.processInfo.environment, language: options.language.messages())
            let reportTemplates = try loadTemplates()
            let (workspace, results) = try scoring.load(options, textsFromSheets: true, texts: { Language.forReports(option: options.language.lang, workspace: $0.language) })
            let language = options.language.messages(workspace.settings)
            let lang = Language.forReports(option: options.language.lang, workspace: workspace.settings.language)
            let destination = out ?? (options.workspace as NSString).appendingPathComponent(WorkspaceLayout.reports)
            let renderOptions = HTMLReport.Options(year: year, language: lang, date: reportDate, version: VigieVersion.current,
                                                   templates: reportTemplates)
            do {
                _ = try HTMLReport.reportYear(results, options: renderOptions)
            } catch {
                throw ValidationError("\(error)")
            }
            // Pages go to disk as they are rendered (into a temporary folder swapped in at the end).
            let count: Int
            do {
                count = try ReportWriter.writeUTF8(to: destination, workspace: options.workspace, force: force) { emit in
                    try HTMLReport.renderUTF8(results, workspace: workspace, options: renderOptions, emit: emit)
                }
            } catch let error as HTMLReport.RenderError {
                throw ValidationError("\(error)")
            } catch {
                let text = (error as? ReportWriter.WriteError)?.text(in: language) ?? "\(error)"
                FileHandle.standardError.write(Data("error: \(TerminalText.escaped(text))\n".utf8))
                throw ExitCode(1)
            }
            FileHandle.standardError.write(Data((language.wording.wrotePages(count, TerminalText.escaped(destination)) + "\n").utf8))
        }

        /// `--date`, else `SOURCE_DATE_EPOCH` (reproducible builds' convention), else none.
        static func reportDate(_ option: String?, environment: [String: String], language: Language) throws -> ReportDate? {
            if let option { return ReportDate(iso: option) }
            guard let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty else { return nil }
            guard let seconds = Int64(epoch), let date = ReportDate(epochSeconds: seconds) else {
                throw ValidationError(language.wording.badSourceDateEpoch(epoch))
            }
            return date
        }

        func loadTemplates() throws -> ReportTemplates {
            guard let folder = templates else { return .builtIn }
            do {
                return try ReportTemplates(overrides: TemplateFolder.read(folder))
            } catch let error as ReportTemplates.TemplateError {
                let message = switch error {
                case .syntax: (folder as NSString).appendingPathComponent(error.description)
                default: "\(folder): error: \(error.description)"
                }
                FileHandle.standardError.write(Data("\(message)\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}
