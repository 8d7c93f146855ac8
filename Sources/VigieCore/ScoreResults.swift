/// The options that change scores.
public struct ScoringOptions: Sendable, Equatable {
    /// Below this weighted coverage (0–1) a unit's score is incomplete. Exactly at it is complete.
    public var minimumCoverage: Double
    /// Whether to keep each criterion's row (answer, value, potential gain) in the results: the reports and the
    /// JSON need them, the CSV of scores does not.
    public var details: Bool
    /// Whether to compare consecutive audits (trends): the reports, the JSON and `--trends` need them.
    public var trends: Bool

    public init(minimumCoverage: Double = 0.8, details: Bool = true, trends: Bool = true) {
        self.minimumCoverage = minimumCoverage
        self.details = details
        self.trends = trends
    }
}

/// One criterion of a unit's audit year, as scored.
public struct CriterionScore: Sendable, Equatable {
    public var criterion, domain: String
    public var weight: Double
    /// `.unanswered` when the row is missing too.
    public var answer: AnswerValue
    /// Whether the unit had no row at all for this criterion.
    public var missing: Bool
    /// nil for not applicable.
    public var value: Double?
    /// The rise of the unit score if this criterion were met, everything else equal; nil when met or not applicable.
    public var potentialGain: Double?
    /// The row, when there is one (evidence, comment, assessor, date, location), read from the answers when asked:
    /// a report holds the rows of every unit and year, and a copy of each answer took 200 bytes a row.
    public var source: Answer? { sourcePosition < 0 ? nil : sources?.store[Int(sourcePosition)] }
    private let sources: AnswerSources?
    /// The answer's position in the store; -1 for a missing row.
    let sourcePosition: Int32

    init(criterion: String, domain: String, weight: Double, answer: AnswerValue, missing: Bool, value: Double?,
         potentialGain: Double?, sources: AnswerSources, position: Int32) {
        self.criterion = criterion
        self.domain = domain
        self.weight = weight
        self.answer = answer
        self.missing = missing
        self.value = value
        self.potentialGain = potentialGain
        self.sources = sources
        sourcePosition = position < 0 ? -1 : position
    }

    public static func == (a: CriterionScore, b: CriterionScore) -> Bool {
        (a.criterion, a.domain, a.weight, a.answer, a.missing) == (b.criterion, b.domain, b.weight, b.answer, b.missing)
            && a.value == b.value && a.potentialGain == b.potentialGain && a.source == b.source
    }
}

/// The answers that criterion rows point back to, shared by reference: a row keeps 12 bytes for its source.
final class AnswerSources: Sendable {
    let store: AnswerStore

    init(_ store: AnswerStore) { self.store = store }
}

/// A domain's figures: score (nil = undefined, "—") and weighted coverage.
public struct DomainScore: Sendable, Equatable {
    public var domain: String
    public var score, coverage: Double?
}

/// Where a unit's audit year stands (PRODUCT.md, Revision 2, "Campaign states").
public enum UnitStatus: String, Sendable, Equatable {
    /// Coverage at least the minimum: scored, ranked, in the roll-ups and trends.
    case complete
    /// Some answers, coverage below the minimum: a score marked incomplete, no rank, out of roll-ups, no comparable trend.
    case incomplete
    /// Sheets with no answered row: no score, rating, rank or trend, in no roll-up.
    case notStarted = "not-started"
}

/// A unit's audit year.
public struct UnitScore: Sendable, Equatable {
    public var unit: String
    public var year: Int {
        get { Int(year32) }
        set { year32 = Int32(newValue) }
    }
    /// nil when no domain has a defined score, and when the year is not started.
    public var score: Double? {
        get { scoreValue.noneIfNaN }
        set { scoreValue = newValue ?? .nan }
    }
    public var coverage: Double
    public var status: UnitStatus { notStarted ? .notStarted : complete ? .complete : .incomplete }
    /// The rating after the critical cap.
    public var rating: Level? { level(at: ratingPosition) }
    /// The rating the score alone would give.
    public var uncappedRating: Level? { level(at: uncappedPosition) }
    /// The catalogue's levels (one array every unit-year shares: its rows' catalogue's, else the one kept); the
    /// positions in it of the rating and of the uncapped rating (-1: none) are kept below, rather than two copies of
    /// a level (112 bytes).
    var levels: [Level] { kept?.levels ?? rows?.context.catalogue.catalogue.levels ?? [] }
    /// Critical criteria not met or unanswered, in catalogue order. Made at each call from the unit-year's answers
    /// when it has its rows (1.4 MiB kept for a report's 30,000 unit-years otherwise), else the list kept.
    public var criticalFailures: [String] {
        get { kept?.failures ?? (notStarted ? [] : rows?.criticalFailures() ?? []) }
        set { kept = Kept(levels: levels, figures: kept?.figures, failures: newValue) }
    }
    /// Whether a critical criterion lowered the rating.
    public var ratingCapped: Bool { ratingPosition != uncappedPosition }

    private func level(at position: Int32) -> Level? { position < 0 ? nil : levels[Int(position)] }
    /// Place among the complete units of the year; nil when incomplete or undefined.
    public var rank: Int? {
        get { rank32 < 0 ? nil : Int(rank32) }
        set { rank32 = newValue.map(Int32.init) ?? -1 }
    }
    /// How many units are ranked that year.
    public var rankedCount: Int {
        get { Int(rankedCount32) }
        set { rankedCount32 = Int32(newValue) }
    }
    /// What a unit-year without rows to work it out from again keeps (scores without details), or what was set:
    /// the levels, the domain figures and the critical failures. One reference, nil for a report's unit-years.
    final class Kept: Sendable, Equatable {
        let levels: [Level]
        let figures: DomainFigures?
        let failures: [String]?

        init(levels: [Level], figures: DomainFigures?, failures: [String]?) {
            (self.levels, self.figures, self.failures) = (levels, figures, failures)
        }

        static func == (a: Kept, b: Kept) -> Bool { (a.levels, a.figures, a.failures) == (b.levels, b.figures, b.failures) }
    }
    private var kept: Kept?
    var keptFigures: DomainFigures? { kept?.figures }
    var keptFailures: [String]? { kept?.failures }
    var rows: CriterionRows?
    // The rest in four bytes each, after the fields of eight (a report holds 30,000 of these: 104 bytes each rather
    // than 160). The score as NaN for none.
    private var scoreValue: Double
    private var year32, rank32, rankedCount32: Int32
    let ratingPosition, uncappedPosition: Int32
    public var complete: Bool
    /// No row of the unit's year holds an answered value: no score, rating, rank or trend.
    public var notStarted: Bool

    init(unit: String, year: Int, score: Double?, coverage: Double, complete: Bool, notStarted: Bool, levels: [Level],
         ratingPosition: Int32, uncappedPosition: Int32, criticalFailures: [String]?, rank: Int?, rankedCount: Int,
         keptFigures: DomainFigures?, rows: CriterionRows?) {
        // With rows, nothing kept that they give again.
        let levelsGiven = rows.map { $0.context.catalogue.catalogue.levels == levels } ?? false
        kept = levelsGiven && keptFigures == nil && criticalFailures == nil ? nil
            : Kept(levels: levels, figures: keptFigures, failures: criticalFailures)
        self.unit = unit
        self.coverage = coverage
        self.rows = rows
        scoreValue = score ?? .nan
        (year32, rank32, rankedCount32) = (Int32(year), rank.map(Int32.init) ?? -1, Int32(rankedCount))
        (self.ratingPosition, self.uncappedPosition) = (ratingPosition, uncappedPosition)
        (self.complete, self.notStarted) = (complete, notStarted)
    }

    /// Field by field, the score as an optional (NaN, its none, is not equal to itself).
    public static func == (a: UnitScore, b: UnitScore) -> Bool {
        (a.unit, a.year, a.coverage, a.complete, a.notStarted) == (b.unit, b.year, b.coverage, b.complete, b.notStarted)
            && a.score == b.score && a.levels == b.levels && (a.ratingPosition, a.uncappedPosition) == (b.ratingPosition, b.uncappedPosition)
            && (a.rank32, a.rankedCount32) == (b.rank32, b.rankedCount32) && a.keptFigures == b.keptFigures
            && a.keptFailures == b.keptFailures && a.rows == b.rows
    }

    /// In catalogue order of domains (only domains with criteria that apply that year). Made at each call, from the
    /// unit-year's answers when it has its rows (a report's 30,000 unit-years kept 5 MiB of figures otherwise), else
    /// from the figures kept: read it once, or `domain(_:)` for one.
    public var domains: [DomainScore] {
        get { domainFigures.scores }
        set { kept = Kept(levels: levels, figures: DomainFigures(newValue), failures: kept?.failures) }
    }
    var domainFigures: DomainFigures { keptFigures ?? rows?.domainFigures(year: year, notStarted: notStarted) ?? DomainFigures([]) }
    /// The figures of one domain, nil when none of its criteria applies that year.
    public func domain(_ id: String) -> DomainScore? { domainFigures.score(of: id) }
    /// In catalogue order; empty when the scoring kept no details. Worked out from the answers at each call (see
    /// `CriterionRows`): read it once for a page.
    public var criteria: [CriterionScore] { rows?.rows() ?? [] }

    /// Criteria counted as unanswered (missing rows included).
    public var unansweredCount: Int { rows?.unansweredCount ?? 0 }

    /// The action list: criteria with a potential gain, largest first (catalogue order on ties).
    public var actionList: [CriterionScore] { Self.actionList(criteria) }

    /// The action list of `criteria` (a unit-year's, in catalogue order), for a page that has its rows already.
    public static func actionList(_ criteria: [CriterionScore]) -> [CriterionScore] {
        criteria.enumerated()
            .filter { ($0.element.potentialGain ?? 0) > 0 }
            .sorted { a, b in
                let (ga, gb) = (a.element.potentialGain ?? 0, b.element.potentialGain ?? 0)
                return ga != gb ? ga > gb : a.offset < b.offset
            }
            .map(\.element)
    }
}

/// A department's or the canton's figures for a year: means over their complete members.
public struct RollUp: Sendable, Equatable {
    public enum Scope: String, Sendable { case department, canton }

    public var scope: Scope
    /// The department's id; nil for the canton.
    public var unit: String?
    public var year: Int
    public var score, coverage: Double?
    public var rating: Level?
    public var domains: [DomainScore]
    /// The members whose figures are averaged (units for a department, departments for the canton).
    public var members: [String]
    /// Units left out because their score is incomplete.
    public var leftOut: [String]
    /// Units left out because their year is not started.
    public var notStarted: [String]
    /// Members (units) whose rating a critical criterion caps.
    public var cappedMembers: [String]
}

/// Everything scored for one year.
public struct YearScores: Sendable, Equatable {
    public var year: Int
    /// Sorted by unit id.
    public var units: [UnitScore] { didSet { unitIndex = IDPositions(units.map(\.unit)) } }
    /// Sorted by department id.
    public var departments: [RollUp] { didSet { departmentIndex = IDPositions(departments.map { $0.unit ?? "" }) } }
    public var canton: RollUp

    private var unitIndex, departmentIndex: IDPositions

    public init(year: Int, units: [UnitScore], departments: [RollUp], canton: RollUp) {
        self.year = year
        self.units = units
        self.departments = departments
        self.canton = canton
        unitIndex = IDPositions(units.map(\.unit))
        departmentIndex = IDPositions(departments.map { $0.unit ?? "" })
    }

    public func unit(_ id: String) -> UnitScore? { unitPosition(id).map { units[$0] } }
    /// Whether the unit has scores this year, without a copy of them.
    public func hasUnit(_ id: String) -> Bool { unitPosition(id) != nil }
    public func department(_ id: String) -> RollUp? {
        departmentIndex.position(of: id) { departments[$0].unit ?? "" }.map { departments[$0] }
    }

    private func unitPosition(_ id: String) -> Int? { unitIndex.position(of: id) { units[$0].unit } }

    public static func == (lhs: YearScores, rhs: YearScores) -> Bool {
        lhs.year == rhs.year && lhs.units == rhs.units && lhs.departments == rhs.departments && lhs.canton == rhs.canton
    }
}

/// A change of one criterion's value between two audits of a unit.
public struct CriterionChange: Sendable, Equatable {
    /// The criterion of the later year.
    public var criterion: String
    /// The criterion of the earlier year (a different id when reworded through `replaces`).
    public var previousCriterion: String
    public var from, to: AnswerValue
    public var fromValue, toValue: Double
}

/// A comparison of two consecutive audits of a unit (or of its predecessor and itself, across a `replaces`).
/// Not-started years are no audits here; a pair with an incomplete end is listed but not comparable: no Δ, no
/// regressions nor improvements.
///
/// A report holds every trend of every unit (27,000 at 3,000 units × 10 years): the years and counts are kept in
/// four bytes, the four figures as doubles with NaN for none, and the Δs are worked out from them when asked (the
/// same subtraction, so the same doubles); what the trends of one pair of years share is kept once for them all
/// (`TrendChanges.Pair`), and of the answers only where the two unit-years' slots stand: 120 bytes a trend rather
/// than 232.
public struct Trend: Sendable, Equatable {
    public var unit: String
    /// The unit of the earlier year: the unit itself, or its predecessor on a bridge.
    public var unitFrom: String
    /// The years of the pair in which the unit is incomplete (empty when comparable), oldest first.
    public var incompleteYears: [Int]
    public var yearFrom: Int { Int(years.from) }
    public var yearTo: Int { Int(years.to) }
    public var scoreFrom: Double? { figures.scoreFrom.noneIfNaN }
    public var scoreTo: Double? { figures.scoreTo.noneIfNaN }
    /// On each year's full catalogue; nil when not comparable.
    public var delta: Double? { comparable ? Self.difference(scoreTo, scoreFrom) : nil }
    public var likeForLikeFrom: Double? { figures.likeFrom.noneIfNaN }
    public var likeForLikeTo: Double? { figures.likeTo.noneIfNaN }
    /// On the criteria that apply in both years (classes linked by `replaces` counting as one); nil when not comparable.
    public var deltaLikeForLike: Double? { comparable ? Self.difference(likeForLikeTo, likeForLikeFrom) : nil }
    /// Value fell, largest fall first (none when not comparable). Worked out from the answers at each call (see
    /// `TrendChanges`): read it once for a page.
    public var regressions: [CriterionChange] { changes?.list(rising: false) ?? [] }
    /// Value rose, largest rise first.
    public var improvements: [CriterionChange] { changes?.list(rising: true) ?? [] }
    /// How many criteria `regressions` and `improvements` list, without making the lists.
    public var regressionCount: Int { Int(counts.regressions) }
    public var improvementCount: Int { Int(counts.improvements) }
    /// nil when the scoring kept no details, and when the pair is not comparable.
    var changes: TrendChanges? {
        guard let places, let context = pair.context, let slots = pair.slots else { return nil }
        return TrendChanges(context: context, counterparts: pair.counterparts, before: AnswerSlots(storage: slots, place: places.before),
                            after: AnswerSlots(storage: slots, place: places.after))
    }
    /// Criteria of the later year with no counterpart in the earlier one.
    public var added: [String] { pair.added }
    /// Criteria of the earlier year with no counterpart in the later one.
    public var removed: [String] { pair.removed }

    private let pair: TrendChanges.Pair
    private let figures: (scoreFrom: Double, scoreTo: Double, likeFrom: Double, likeTo: Double)
    private let years: (from: Int32, to: Int32)
    private let counts: (regressions: Int32, improvements: Int32)
    /// Where the two unit-years' slots stand, when the trend lists its changes.
    private let places: (before: AnswerSlots.Place, after: AnswerSlots.Place)?
    /// Whether the unit (and its predecessor, on a bridge) is complete in both years; else there is no Δ.
    public var comparable: Bool

    public var isBridge: Bool { unit != unitFrom }

    init(unit: String, unitFrom: String, yearFrom: Int, yearTo: Int, scoreFrom: Double?, scoreTo: Double?, comparable: Bool,
         incompleteYears: [Int], likeForLikeFrom: Double?, likeForLikeTo: Double?, regressionCount: Int, improvementCount: Int,
         changes: TrendChanges?, pair: TrendChanges.Pair) {
        self.unit = unit
        self.unitFrom = unitFrom
        years = (Int32(yearFrom), Int32(yearTo))
        figures = (scoreFrom ?? .nan, scoreTo ?? .nan, likeForLikeFrom ?? .nan, likeForLikeTo ?? .nan)
        self.comparable = comparable
        self.incompleteYears = incompleteYears
        counts = (Int32(regressionCount), Int32(improvementCount))
        self.pair = pair
        places = changes.map { ($0.before.place, $0.after.place) }
    }

    private static func difference(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b else { return nil }
        return a - b
    }

    public static func == (a: Trend, b: Trend) -> Bool {
        (a.unit, a.unitFrom, a.yearFrom, a.yearTo, a.comparable) == (b.unit, b.unitFrom, b.yearFrom, b.yearTo, b.comparable)
            && (a.scoreFrom, a.scoreTo, a.likeForLikeFrom, a.likeForLikeTo) == (b.scoreFrom, b.scoreTo, b.likeForLikeFrom, b.likeForLikeTo)
            && (a.regressionCount, a.improvementCount) == (b.regressionCount, b.improvementCount)
            && a.incompleteYears == b.incompleteYears && a.changes == b.changes && a.added == b.added && a.removed == b.removed
    }
}

/// Everything Vigie computes from a workspace.
public struct ScoreResults: Sendable, Equatable {
    public var catalogueName, fingerprint: String
    public var options: ScoringOptions
    /// Oldest first.
    public var years: [YearScores]
    /// Sorted by unit, year to, unit from.
    public var trends: [Trend]

    public func year(_ year: Int) -> YearScores? { years.first { $0.year == year } }

    /// The year reports and the score table open on: the latest year with at least one complete unit (else the
    /// latest year). Later years are campaigns in progress, never shown as results.
    public var defaultYear: Int? {
        years.last { $0.units.contains(where: \.complete) }?.year ?? years.last?.year
    }

    /// The years after the default year that hold sheets: campaigns in progress, oldest first.
    public var campaignYears: [Int] {
        guard let last = defaultYear else { return [] }
        return years.map(\.year).filter { $0 > last }
    }

    /// The trends of a unit, across its predecessors' bridges, oldest first. Found by binary search, since
    /// `trends` is sorted by unit: a report asks this for each of thousands of units.
    public func trends(of unit: String) -> [Trend] {
        var low = 0, high = trends.count
        while low < high {
            let middle = (low + high) / 2
            if trends[middle].unit < unit { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < trends.count && trends[end].unit == unit { end += 1 }
        return Array(trends[low..<end])
    }
}
