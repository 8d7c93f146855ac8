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

    /// Every page, as `render` gives them, handed to `emit` (path, text) batch by batch in a fixed order: the
    /// unit pages by year and unit, then `index.html`, `trends.html` and `method.html`. Throws a `RenderError` before
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
        var scoped = results
        scoped.years = results.years.filter { $0.year <= year }
        scoped.trends = results.trends.filter { $0.yearTo <= year }
        // Later years with sheets and no complete unit: their progress only, never their figures as results.
        let campaigns = results.years.filter { $0.year > year && results.campaignYears.contains($0.year) }
        let model = ReportModel(results: scoped, workspace: workspace, year: scoped.year(year)!, campaigns: campaigns, options: options)

        // The overview pages hold every unit (the trends page every unit and year): on a large administration each
        // takes as long as hundreds of unit pages, so they are rendered beside the batches of unit pages rather
        // than holding one batch up, and handed on last.
        // The trends page comes first, beside the index: when it is written in parts, a unit page links to its row on
        // its part.
        let overview = RenderedPages(count: 4)
        let overviewDone = DispatchGroup()
        DispatchQueue.global().async(group: overviewDone) {
            overview.set(0, IndexPage.pages(model, path: "index.html", root: "", withParts: false))
        }
        let trends = TrendsPage.pages(model)
        model.trendsPart = trends.partOf
        overview.set(1, trends.pages)
        DispatchQueue.global().async(group: overviewDone) {
            overview.set(2, DomainsPage.path, Array(DomainsPageHTML.write(DomainsPage.model(model), model: model).utf8))
            overview.set(3, MethodPage.path, Array(MethodPageHTML.write(MethodPage.model(model), model: model).utf8))
        }
        // Each batch of unit pages is rendered on every core and handed on in year and unit order, so the output
        // does not depend on which core finished first.
        let units = scoped.years.flatMap(\.units)
        let parts = UnitPageParts(model)
        var start = 0
        while start < units.count {
            let batch = Array(units[start..<min(start + batchSize, units.count)])
            let rendered = RenderedPages(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                let unit = batch[index]
                do throws(SheetChanged) {
                    // The rows and their texts once for the page (texts read again from the unit's sheets).
                    let (criteria, texts) = try unit.criteriaWithTexts()
                    let page = UnitPageModel(model, unit: unit, criteria: criteria, texts: texts, parts: parts)
                    rendered.set(index, model.unitPath(unit.unit, unit.year), UnitPageHTML.utf8(page, model: model))
                } catch {
                    rendered.fail(index, error)
                }
            }
            // A sheet that changed under the report stops it before the batch is handed on: no page mixes versions.
            if let failure = rendered.failure { throw failure }
            for (path, page) in rendered.pages { try emit(path, page) }
            start += batch.count
        }
        // The overview of each audited year, as `index.html` shows the current one: on the figures up to that year.
        for earlier in model.overviewYears {
            var upTo = scoped
            upTo.years = scoped.years.filter { $0.year <= earlier }
            upTo.trends = scoped.trends.filter { $0.yearTo <= earlier }
            let yearModel = earlier == year ? model
                : ReportModel(results: upTo, workspace: workspace, year: upTo.year(earlier)!, options: options, set: model)
            for (path, page) in IndexPage.pages(yearModel, path: "\(earlier)/index.html", root: "../", withParts: true) {
                try emit(path, Array(page.utf8))
            }
        }
        // The department pages, each as small as a unit page, in year and department order.
        for (path, department) in DepartmentPage.pages(model) {
            try emit(path, Array(DepartmentPageHTML.write(DepartmentPage.model(model, department: department), model: model).utf8))
        }
        overviewDone.wait()
        for (path, page) in overview.pages { try emit(path, page) }
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

    func set(_ index: Int, _ path: String, _ text: [UInt8]) {
        lock.lock()
        slots[index] = [(path, text)]
        lock.unlock()
    }

    func set(_ index: Int, _ pages: [(path: String, text: String)]) {
        let encoded = pages.map { (path: $0.path, utf8: Array($0.text.utf8)) }
        lock.lock()
        slots[index] = encoded
        lock.unlock()
    }
}
