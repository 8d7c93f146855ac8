import Foundation
import VigieCore

/// What every page needs, computed once per report set: lookups by unit and year, the texts and formats of the
/// language, and the small conversions from figures to template values. A class: every page and row reads the
/// one instance (a struct of this size would be copied into each closure that reads it).
final class ReportModel: @unchecked Sendable {
    let results: ScoreResults
    let workspace: Workspace
    let catalogue: Catalogue
    /// The year shown at a glance.
    let current: YearScores
    /// Campaigns in progress after the current year (no complete unit yet): shown as progress, never as results.
    let campaigns: [YearScores]
    let strings: Strings
    let format: LocaleFormat
    let date: ReportDate?
    let version: String
    let templates: ReportTemplates

    /// Year → its place in `results.years`: a unit's score of a year is found there (`score(of:in:)`), not copied.
    private let yearPlaces: [Int: Int]
    /// Every trend of the report set (an earlier year's model shares the set's, not a copy), and unit → the places of
    /// its trends in it, oldest first (`trends(of:)`).
    private let trendList: [Trend]
    private let trendPlaces: [String: [Int32]]
    /// Year → domain → canton mean.
    let cantonDomainMeans: [Int: [String: Double]]
    /// Every unit with at least one audit up to the current year, sorted.
    let allUnits: [String]
    /// The file-name stem of every unit's pages: `FileNames`, the one function that turns ids into file names.
    let fileStems: [String: String]
    /// The five fixed answers as `answer` gives them (met, partial, not met, not applicable, unanswered).
    let fixedAnswers: [(text: String, cls: String, symbol: String)]
    /// Levels 0 to 4 as `answer` gives them, made once rather than for every row that shows one.
    let levelAnswers: [(text: String, cls: String, symbol: String)]
    /// The criteria's weights as `plain` writes them, written once.
    let weights: [Double: String]
    /// The built-in `figure` partial's markup for an undefined figure, in the language of the report.
    let undefinedFigure: String
    /// Unit → its remediation actions with their place in the file, in file order (read once, not per page).
    let actionsByUnit: [String: [(offset: Int, action: RemediationAction)]]
    /// The guidance the level-scale criteria share, said once per page.
    let sharedGuidance: SharedGuidance
    /// Criterion → its guidance without the shared opening (`SharedGuidance.own`), worked out once, not per page.
    let ownGuidance: [String: String]

    /// The year `index.html` shows (the current year of the report set, also for the model of an earlier year's overview).
    let reportYear: Int
    /// The years with an overview page (those with an audited unit, up to the report's year), oldest first.
    let overviewYears: [Int]
    /// Pages heavier than this are written in parts (`PageParts`).
    let splitAbove: Int
    /// The part of the trends page each unit's row stands on, when that page is written in parts (set before the
    /// unit pages, which link to their row, are written).
    var trendsPart: [String: String] = [:]

    /// `set`: the model of the whole report set, when this one is an earlier year's (for its overview page): the
    /// file names, the report's year and the years with an overview come from it, so links agree across pages.
    init(results: ScoreResults, workspace: Workspace, year: YearScores, campaigns: [YearScores] = [], options: HTMLReport.Options,
         set: ReportModel? = nil) {
        self.reportYear = set?.reportYear ?? year.year
        self.overviewYears = set?.overviewYears ?? results.years.filter { $0.units.contains { !$0.notStarted } }.map(\.year)
        self.splitAbove = options.splitAbove
        self.results = results
        self.workspace = workspace
        self.catalogue = workspace.catalogue
        self.current = year
        self.campaigns = campaigns
        let strings = Strings(options.language)
        self.strings = strings
        self.undefinedFigure = PageHTML.undefinedFigure(strings)
        self.fixedAnswers = [
            (strings.text(.answerMet), "met", "✓"), (strings.text(.answerPartial), "partial", "◐"),
            (strings.text(.answerNotMet), "not-met", "✗"), (strings.text(.answerNA), "na", "–"),
            (strings.text(.answerUnanswered), "unanswered", "?"),
        ]
        self.levelAnswers = (0...4).map { Self.level($0, strings) }
        var weights: [Double: String] = [:]
        for criterion in workspace.catalogue.criteria where weights[criterion.weight] == nil {
            weights[criterion.weight] = Self.plain(criterion.weight, language: options.language)
        }
        self.weights = weights
        self.format = LocaleFormat(options.language)
        self.date = options.date
        self.version = options.version
        self.templates = options.templates
        var yearPlaces: [Int: Int] = [:]
        var audited: Set<String> = []
        var means: [Int: [String: Double]] = [:]
        for (place, yearScores) in results.years.enumerated() {
            if yearPlaces[yearScores.year] == nil { yearPlaces[yearScores.year] = place }
            for unit in yearScores.units { audited.insert(unit.unit) }
            var domainMeans: [String: Double] = [:]
            for domain in yearScores.canton.domains { if let score = domain.score { domainMeans[domain.domain] = score } }
            means[yearScores.year] = domainMeans
        }
        self.yearPlaces = yearPlaces
        self.cantonDomainMeans = means
        self.allUnits = audited.sorted()
        self.fileStems = set?.fileStems ?? FileNames.stems(for: Set(workspace.units.map(\.id)).union(audited))
        if let set {
            (trendList, trendPlaces) = (set.trendList, set.trendPlaces)
        } else {
            let trends = results.trends
            var places: [String: [Int32]] = [:]
            for (place, trend) in trends.enumerated() { places[trend.unit, default: []].append(Int32(place)) }
            trendList = trends
            trendPlaces = places.mapValues { own in
                own.sorted { a, b in
                    let (x, y) = (trends[Int(a)], trends[Int(b)])
                    return (x.yearTo, x.yearFrom, x.unitFrom) < (y.yearTo, y.yearFrom, y.unitFrom)
                }
            }
        }
        var actionsByUnit: [String: [(offset: Int, action: RemediationAction)]] = [:]
        for (offset, action) in workspace.actions.enumerated() { actionsByUnit[action.unit, default: []].append((offset, action)) }
        self.actionsByUnit = actionsByUnit
        let sharedGuidance = SharedGuidance(workspace.catalogue)
        self.sharedGuidance = sharedGuidance
        var ownGuidance: [String: String] = [:]
        for id in Set(workspace.catalogue.criteria.map(\.id)) {
            if let criterion = workspace.catalogue.criterion(id) { ownGuidance[id] = sharedGuidance.own(criterion.guidance, scale: criterion.scale) }
        }
        self.ownGuidance = ownGuidance
    }

    // MARK: Scores and trends

    /// A unit's score of a year, if it was audited then (up to the model's year).
    func score(of unit: String, in year: Int) -> UnitScore? {
        yearPlaces[year].flatMap { results.years[$0].unit(unit) }
    }

    /// The years a unit was audited (up to the model's year), oldest first.
    func years(of unit: String) -> [Int] {
        results.years.compactMap { $0.hasUnit(unit) ? $0.year : nil }.sorted()
    }

    /// A unit's scores by year.
    func scores(of unit: String) -> [Int: UnitScore] {
        var scores: [Int: UnitScore] = [:]
        for year in results.years { if scores[year.year] == nil, let score = year.unit(unit) { scores[year.year] = score } }
        return scores
    }

    /// A unit's trends up to the model's year, oldest first.
    func trends(of unit: String) -> [Trend] {
        Array((trendPlaces[unit] ?? []).lazy.map { self.trendList[Int($0)] }.filter { $0.yearTo <= self.current.year })
    }

    // MARK: Remediation actions

    /// Whether an action is overdue on the report date (never without a date: the clock is not asked).
    func isOverdue(_ action: RemediationAction) -> Bool {
        date.map { action.isOverdue(on: $0.iso) } ?? false
    }

    /// A unit's actions recorded up to a year (those without a year always count), overdue ones first, then by due
    /// date, then in file order.
    func actions(of unit: String, upTo year: Int) -> [RemediationAction] {
        (actionsByUnit[unit] ?? [])
            .filter { ($0.action.year ?? year) <= year }
            .sorted { a, b in
                let (oa, ob) = (isOverdue(a.action), isOverdue(b.action))
                if oa != ob { return oa }
                let (da, db) = (a.action.due ?? "9999", b.action.due ?? "9999")
                return da != db ? da < db : a.offset < b.offset
            }
            .map(\.action)
    }

    /// A remediation action as a page shows it: text, owner · due date · status, and whether it is overdue.
    struct ActionItem {
        var text, meta: String
        var overdue: Bool
        var criterion, anchor: String
    }

    func actionItem(_ action: RemediationAction) -> ActionItem {
        var meta: [String] = []
        if !action.owner.isEmpty { meta.append(action.owner) }
        if let due = action.due, let day = ReportDate(iso: due) { meta.append(t(.actionDue, ["date": format.date(day)])) }
        let status: TextKey = switch action.status {
        case .planned: .actionStatusPlanned
        case .inProgress: .actionStatusInProgress
        case .done: .actionStatusDone
        case .dropped: .actionStatusDropped
        }
        meta.append(t(status))
        return ActionItem(text: action.action, meta: meta.joined(separator: " · "), overdue: isOverdue(action),
                          criterion: action.criterion, anchor: "c-" + Slug.make(action.criterion))
    }

    // MARK: Texts

    func t(_ key: TextKey) -> String { strings.text(key) }
    func t(_ key: TextKey, _ values: [String: String]) -> String { strings.format(key, values) }

    /// A unit of units.csv (its first row, for an id written twice), found through the workspace's index rather
    /// than a copy of every unit (0.75 MiB at 3,000 units, once per year overview).
    func unit(_ id: String) -> OrgUnit? { workspace.unit(id) }
    func name(of unit: String) -> String { workspace.unit(unit)?.name ?? unit }
    /// The department of a unit (nil without units.csv, or for a unit outside it).
    func department(of unit: String) -> String? { workspace.department(of: unit) }
    func domainTitle(_ id: String) -> String {
        let title = catalogue.domain(id)?.title ?? ""
        return title.isEmpty ? id : title
    }
    func criterionTitle(_ id: String) -> String { catalogue.criterion(id)?.title ?? "" }

    // MARK: Paths

    /// The page of a unit's year, relative to the report's root.
    func unitPath(_ unit: String, _ year: Int) -> String { "\(year)/\(fileStems[unit] ?? FileNames.stem(unit)).html" }
    /// A department's page of a year, relative to the report's root.
    func departmentPath(_ department: String, _ year: Int) -> String {
        "\(year)/departments/\(fileStems[department] ?? FileNames.stem(department)).html"
    }
    func unitAnchor(_ unit: String) -> String { "u-" + Slug.make(unit) }
    func departmentAnchor(_ unit: String) -> String { "dep-" + Slug.make(unit) }

    // MARK: Figures

    /// Figures as a page model holds them (`Figure`).
    func scoreFigure(_ value: Double?) -> Figure { Figure(value.map { format.number($0) }) }
    func percentFigure(_ value: Double?) -> Figure { Figure(value.map { format.percent($0) }) }
    func signedFigure(_ value: Double?) -> Figure { Figure(value.map { format.signed($0) }) }
    func ratingFigure(_ level: Level?) -> Figure { Figure(level?.label) }
    /// A domain's score as a figure: "not answered" when its coverage is 0.
    func domainFigure(_ domain: DomainScore) -> Figure {
        Self.isAnswered(domain) ? scoreFigure(domain.score) : Figure(t(.notAnswered))
    }

    /// Whether a domain has an answered criterion: one with none reads "not answered", never 0, and is never named
    /// strongest or weakest.
    static func isAnswered(_ domain: DomainScore) -> Bool { (domain.coverage ?? 0) > 0 }

    /// "not comparable (incomplete in 2024)", or nil for a comparable pair.
    func notComparable(_ trend: Trend) -> String? {
        trend.comparable ? nil : t(.notComparable, ["years": trend.incompleteYears.map(String.init).joined(separator: ", ")])
    }

    /// A weight as written: 1, 1,5, 0,25.
    func plain(_ value: Double) -> String { weights[value] ?? Self.plain(value, language: format.language) }

    static func plain(_ value: Double, language: ReportLanguage) -> String {
        let canonical = NumberText.canonical(value, decimals: 2)
        guard language == .fr || language == .it, canonical.utf8.contains(0x2E) else { return canonical }
        return String(String.UnicodeScalarView(canonical.unicodeScalars.map { $0 == "." ? "," : $0 }))
    }

    /// The heat-map band of a score: its rating level's position scaled to five bands, and a symbol (a disc filled
    /// from full to empty, so the band shows without colour; arrows are kept for changes).
    func band(_ value: Double?) -> (band: String, symbol: String) {
        guard let value, let level = catalogue.level(for: value),
              let index = catalogue.levels.firstIndex(of: level) else { return ("bn", "") }
        let band = Self.band(index: index, count: catalogue.levels.count)
        return ("b\(band)", Self.bandSymbols[band])
    }

    static let bandSymbols = ["●", "◕", "◑", "◔", "○"]

    static func band(index: Int, count: Int) -> Int {
        guard count > 1 else { return 0 }
        return Int((Double(index) * 4 / Double(count - 1)).rounded())
    }

    /// An answer as text, with a class for its colour and a symbol (the text always says it).
    func answer(_ value: AnswerValue) -> (text: String, cls: String, symbol: String) {
        if let slot = value.wordSlot { return fixedAnswers[slot] }
        guard case .level(let k) = value else { preconditionFailure("an answer without a word is a level") }
        return levelAnswers.indices.contains(k) ? levelAnswers[k] : Self.level(k, strings)
    }

    private static func level(_ k: Int, _ strings: Strings) -> (text: String, cls: String, symbol: String) {
        (strings.format(.answerLevel, ["level": String(k)]), k == 4 ? "met" : k == 0 ? "not-met" : "partial", k == 4 ? "✓" : k == 0 ? "✗" : "◐")
    }

    /// Ids with their titles, for sentences: `REC-03 (Title), …`.
    func criteriaList(_ ids: [String]) -> String {
        ids.map { id in
            let title = criterionTitle(id)
            return title.isEmpty ? id : "\(id) (\(title))"
        }.joined(separator: ", ")
    }

    func unitList(_ ids: [String]) -> String { ids.map { name(of: $0) }.joined(separator: ", ") }

    // MARK: Frame

    struct Crumb {
        var label: String
        var href: String?
    }

    enum Page { case index, trends, domains, unit, department, part }

    /// A year's overview page, relative to the report's root: `index.html` for the current year (also written as
    /// `<year>/index.html`), `<year>/index.html` for the others.
    func overviewPath(_ year: Int) -> String { year == reportYear ? "index.html" : "\(year)/index.html" }

    /// Units grouped by department (department first, then its services by id), or one unnamed group.
    func grouped(_ ids: [String]) -> [(department: String?, units: [String])] {
        guard workspace.hasUnitsFile else { return [(nil, ids.sorted())] }
        var groups: [String: [String]] = [:]
        for id in ids { groups[department(of: id) ?? id, default: []].append(id) }
        return groups.keys.sorted().map { key in
            (key, groups[key]!.sorted { a, b in (a == key ? 0 : 1, a) < (b == key ? 0 : 1, b) })
        }
    }
}
