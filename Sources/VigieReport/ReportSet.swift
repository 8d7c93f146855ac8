import Foundation
import VigieCore

/// `vigie report`: the HTML report set, as a pure function from scores to files (relative path → text).
public enum HTMLReport {
    public struct Options: Sendable {
        /// The year at a glance; nil for the default year (the latest with a complete unit). Later years are left out
        /// of every page, but for the progress of a campaign under way on the index.
        public var year: Int?
        public var language: ReportLanguage
        /// The generation date shown in footers; nil leaves it out (the pages stay reproducible either way).
        public var date: ReportDate?
        public var version: String
        public var templates: ReportTemplates
        /// A year overview or the trends page that would weigh more bytes than this is written in parts (`PageParts`).
        public var splitAbove: Int

        public init(year: Int? = nil, language: ReportLanguage = .fr, date: ReportDate? = nil, version: String,
                    templates: ReportTemplates = .builtIn, splitAbove: Int = 1_000_000) {
            self.year = year
            self.language = language
            self.date = date
            self.version = version
            self.templates = templates
            self.splitAbove = splitAbove
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

    /// Every page: `index.html`, `trends.html`, `domains.html`, `method.html`, `<year>/<unit>.html` for each audited unit and year
    /// up to the year, `<year>/index.html` for each audited year (the current year's as `index.html` too), and
    /// `<year>/departments/<id>.html` for each department and year.
    public static func render(_ results: ScoreResults, workspace: Workspace, options: Options) throws(RenderError) -> [String: String] {
        var pages: [String: String] = [:]
        do {
            try render(results, workspace: workspace, options: options) { path, text in pages[path] = text }
        } catch let error as RenderError {
            throw error
        } catch {
            preconditionFailure("collecting pages cannot fail: \(error)")
        }
        return pages
    }

    /// The year the set is about, or why there is nothing to report: callers check it before they write anything.
    public static func reportYear(_ results: ScoreResults, options: Options) throws(RenderError) -> Int {
        guard let latest = results.defaultYear else { throw .noAudit }
        let year = options.year ?? latest
        guard results.year(year) != nil else { throw .yearNotAudited(year, audited: results.years.map(\.year)) }
        return year
    }

    /// How many pages are rendered together before they are handed on: enough to keep every core busy, few enough
    /// that a set of tens of thousands of pages never sits in memory at once.
    public static let batchSize = 64

    /// Every page, as `render` gives them, handed to `emit` (path, text) batch by batch in a fixed order: `trends.html`
    /// (and its parts), the unit pages by year and unit, the year overviews, the department pages, then `index.html`,
    /// `domains.html` and `method.html`. Throws a `RenderError` before
    /// any page when there is nothing to report, a `SheetChanged` when an answer's sheet changed since it was read,
    /// and whatever `emit` throws.
    public static func render(_ results: ScoreResults, workspace: Workspace, options: Options, batchSize: Int = batchSize,
                              emit: (_ path: String, _ text: String) throws -> Void) throws {
        try renderUTF8(results, workspace: workspace, options: options, batchSize: batchSize) { path, utf8 in
            try emit(path, String(decoding: utf8, as: UTF8.self))
        }
    }

    /// As `render(…emit:)`, each page handed on as its UTF-8 bytes (what goes to disk: no String made for a unit page).
    public static func renderUTF8(_ results: ScoreResults, workspace: Workspace, options: Options, batchSize: Int = batchSize,
                                  emit: (_ path: String, _ utf8: [UInt8]) throws -> Void) throws {
        let year = try reportYear(results, options: options)
        let scoped = results.upTo(year)
        // Later years with sheets and no complete unit: their progress only, never their figures as results.
        let campaigns = results.years.filter { $0.year > year && results.campaignYears.contains($0.year) }
        let model = ReportModel(results: scoped, workspace: workspace, year: scoped.year(year)!, campaigns: campaigns, options: options)

        // A page written as a String, handed on as soon as it is written (a page in parts holds one part at a time).
        let emitText = { (path: String, text: String) in try emit(path, Array(text.utf8)) }
        // The trends page first, handed on at once: when it is written in parts, a unit page links to its row on
        // its part. The domains and method pages are handed on last.
        model.trendsPart = try TrendsPage.pages(model, emit: emitText)
        // Each batch of unit pages is rendered on every core and handed on in year and unit order, so the output
        // does not depend on which core finished first.
        let parts = UnitPageParts(model)
        // Where each page's unit stands (year, unit), rather than a copy of every unit-year's scores.
        let places = scoped.years.indices.flatMap { year in scoped.years[year].units.indices.map { (Int32(year), Int32($0)) } }
        try inBatches(places.count, of: batchSize, emit: emit) { index throws(SheetChanged) in
            let unit = scoped.years[Int(places[index].0)].units[Int(places[index].1)]
            // The rows and their texts once for the page (texts read again from the unit's sheets).
            let (criteria, texts) = try unit.criteriaWithTexts()
            let page = UnitPageModel(model, unit: unit, criteria: criteria, texts: texts, parts: parts)
            return [(model.unitPath(unit.unit, unit.year), UnitPageHTML.utf8(page, model: model))]
        }
        // No page after the unit pages reads an answer's texts: the sheets kept for them go.
        workspace.answerStore.dropKeptSheets()
        // The domains and method pages list every unit (1.4 and 0.8 MB at 3,000 units): rendered now, beside the
        // pages that follow, rather than beside the unit pages, where they sat done until the end, on top of the
        // pages in flight.
        let overview = RenderedPages(count: 2)
        let overviewDone = DispatchGroup()
        DispatchQueue.global().async(group: overviewDone) {
            overview.set(0, DomainsPage.path, Array(DomainsPageHTML.write(DomainsPage.model(model), model: model).utf8))
            overview.set(1, MethodPage.path, Array(MethodPageHTML.write(MethodPage.model(model), model: model).utf8))
        }
        // The overview of each audited year, as `index.html` shows the current one: on the figures up to that year.
        // One at a time: each holds every unit of its year several times over (two at once took 50 MiB more at full
        // size, 3,000 units).
        for earlier in model.overviewYears {
            // Its trends are the report set's (the model shares them): no copy of them here.
            let upTo = scoped.upTo(earlier, trends: false)
            let yearModel = earlier == year ? model
                : ReportModel(results: upTo, workspace: workspace, year: upTo.year(earlier)!, options: options, set: model)
            try IndexPage.pages(yearModel, path: "\(earlier)/index.html", root: "../", withParts: true, emit: emitText)
        }
        // The department pages, each as small as a unit page, in year and department order.
        let departments = DepartmentPage.pages(model)
        try inBatches(departments.count, of: batchSize, emit: emit) { index in
            let (path, department) = departments[index]
            return [(path, Array(DepartmentPageHTML.write(DepartmentPage.model(model, department: department), model: model).utf8))]
        }
        // `index.html` after them, on its own: an overview holds every unit of its year several times over.
        try IndexPage.pages(model, path: "index.html", root: "", withParts: false, emit: emitText)
        overviewDone.wait()
        for (path, page) in overview.pages { try emit(path, page) }
    }

    /// Renders `count` jobs `size` at a time on every core, each job's pages (path, UTF-8) handed to `emit` in the
    /// jobs' order once its batch is done, so the output does not depend on which core finished first. A sheet that
    /// changed under the report stops it before its batch is handed on: no page mixes versions.
    private static func inBatches(_ count: Int, of size: Int, emit: (_ path: String, _ utf8: [UInt8]) throws -> Void,
                                  render: @Sendable (Int) throws(SheetChanged) -> [(path: String, utf8: [UInt8])]) throws {
        var start = 0
        while start < count {
            let (first, end) = (start, min(start + max(1, size), count))
            let rendered = RenderedPages(count: end - first)
            DispatchQueue.concurrentPerform(iterations: end - first) { offset in
                do throws(SheetChanged) {
                    rendered.set(offset, try render(first + offset))
                } catch {
                    rendered.fail(offset, error)
                }
            }
            if let failure = rendered.failure { throw failure }
            for (path, page) in rendered.pages { try emit(path, page) }
            start = end
        }
    }
}

/// The pages (path and UTF-8 text) as they are rendered in parallel: a slot per job (one page, or a page and its
/// parts), handed on in the slots' order.
private final class RenderedPages: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[(path: String, utf8: [UInt8])]]
    /// The failure of the earliest page that failed, if any.
    private var failures: [Int: SheetChanged] = [:]

    init(count: Int) { slots = Array(repeating: [], count: count) }

    var pages: [(path: String, utf8: [UInt8])] { lock.withLock { slots.flatMap { $0 } } }

    var failure: SheetChanged? { lock.withLock { failures.min { $0.key < $1.key }?.value } }

    func fail(_ index: Int, _ error: SheetChanged) {
        lock.lock()
        failures[index] = error
        lock.unlock()
    }

    func set(_ index: Int, _ path: String, _ text: [UInt8]) { set(index, [(path, text)]) }

    func set(_ index: Int, _ pages: [(path: String, utf8: [UInt8])]) {
        lock.lock()
        slots[index] = pages
        lock.unlock()
    }
}

extension ScoreResults {
    /// The results as they stood in `year`: its years and trends up to it (`trends: false`: none, for a model that
    /// shares the report set's).
    func upTo(_ year: Int, trends keepTrends: Bool = true) -> ScoreResults {
        // The latest year's are the results themselves: no copy of every trend.
        if keepTrends, years.allSatisfy({ $0.year <= year }), trends.allSatisfy({ $0.yearTo <= year }) { return self }
        var results = self
        results.years = years.filter { $0.year <= year }
        results.trends = keepTrends ? trends.filter { $0.yearTo <= year } : []
        return results
    }
}
