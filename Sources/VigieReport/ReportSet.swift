import Foundation
import VigieCore

/// `vigie report`: the HTML report set, as a pure function from scores to files (relative path → text).
public enum HTMLReport {
    public struct Options: Sendable {
        /// The year at a glance; nil for the latest audited year. Later years are left out of every page.
        public var year: Int?
        public var language: ReportLanguage
        /// The generation date shown in footers; nil leaves it out (the pages stay reproducible either way).
        public var date: ReportDate?
        public var version: String
        public var templates: ReportTemplates

        public init(year: Int? = nil, language: ReportLanguage = .fr, date: ReportDate? = nil, version: String,
                    templates: ReportTemplates = .builtIn) {
            self.year = year
            self.language = language
            self.date = date
            self.version = version
            self.templates = templates
        }
    }

    public enum RenderError: Error, CustomStringConvertible, Equatable {
        case noAudit
        case yearNotAudited(Int, audited: [Int])

        public var description: String {
            switch self {
            case .noAudit: "no unit was audited: there is nothing to report"
            case .yearNotAudited(let year, let audited):
                "no unit was audited in \(year); audited years: \(audited.map(String.init).joined(separator: ", "))"
            }
        }
    }

    /// Every page: `index.html`, `trends.html` and `<year>/<unit>.html` for each audited unit and year up to the year.
    public static func render(_ results: ScoreResults, workspace: Workspace, options: Options) throws(RenderError) -> [String: String] {
        guard let latest = results.years.last else { throw .noAudit }
        let year = options.year ?? latest.year
        guard results.year(year) != nil else { throw .yearNotAudited(year, audited: results.years.map(\.year)) }
        var scoped = results
        scoped.years = results.years.filter { $0.year <= year }
        scoped.trends = results.trends.filter { $0.yearTo <= year }
        let model = ReportModel(results: scoped, workspace: workspace, year: scoped.year(year)!, options: options)
        let templates = options.templates

        // Every page is rendered on every core, the overview pages (the largest) first; the set is assembled in
        // this order, so it does not depend on which core finished first.
        let jobs: [PageJob] = [.index, .trends] + scoped.years.flatMap(\.units).map(PageJob.unit)
        let rendered = RenderedPages(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            switch jobs[index] {
            case .index: rendered.set(index, "index.html", templates.render(IndexPage.context(model), page: "index"))
            case .trends: rendered.set(index, "trends.html", templates.render(TrendsPage.context(model), page: "trends"))
            case .unit(let unit):
                rendered.set(index, model.unitPath(unit.unit, unit.year), templates.render(UnitPage.context(model, unit: unit), page: "unit"))
            }
        }
        var pages: [String: String] = [:]
        for (path, page) in rendered.pages { pages[path] = page }
        return pages
    }
}

/// One page of the set to render.
private enum PageJob: Sendable {
    case index, trends
    case unit(UnitScore)
}

/// The pages (path and text) as they are rendered in parallel.
private final class RenderedPages: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var pages: [(path: String, text: String)]

    init(count: Int) { pages = Array(repeating: ("", ""), count: count) }

    func set(_ index: Int, _ path: String, _ text: String) {
        lock.lock()
        pages[index] = (path, text)
        lock.unlock()
    }
}
