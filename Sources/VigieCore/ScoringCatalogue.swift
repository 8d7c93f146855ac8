/// The catalogue as the scoring loops want it: integers and doubles by position, no strings, no copies of
/// `Criterion`. Built once per scoring run.
struct ScoringCatalogue {
    let catalogue: Catalogue
    /// By domain position.
    let domainWeight: [Double]
    /// By criterion position.
    let domainOf: [Int]
    let weight: [Double]
    let critical: [Bool]
    /// The class of each criterion (criteria linked by `replaces`, directly or through a chain, count as one).
    let classOf: [Int]
    /// Per year: the positions of the criteria that apply, in catalogue order.
    private(set) var applying: [Int: [Int]] = [:]
    /// Per year: the ids of the domains with a criterion that applies, in catalogue order (the one array the year's
    /// unit-years share).
    private(set) var domainIDs: [Int: [String]] = [:]

    init(_ catalogue: Catalogue, years: [Int]) {
        self.catalogue = catalogue
        domainWeight = catalogue.domains.map(\.weight)
        // A criterion of an unknown domain cannot reach scoring (the workspace is rejected); map it past the end.
        domainOf = catalogue.criteria.map { catalogue.position(ofDomain: $0.domain) ?? catalogue.domains.count }
        weight = catalogue.criteria.map(\.weight)
        critical = catalogue.criteria.map(\.critical)
        let ids = catalogue.criteria.map(\.id)
        let classes = Graph.classes(nodes: ids, links: { catalogue.criterion($0)?.replaces ?? [] })
        classOf = ids.map { catalogue.position(ofCriterion: classes[$0]!)! }
        for year in years {
            let criteria = applying(in: year)
            applying[year] = criteria
            let present = Set(criteria.map { domainOf[$0] })
            domainIDs[year] = catalogue.domains.indices.filter(present.contains).map { catalogue.domains[$0].id }
        }
    }

    /// The positions of the criteria that apply in a year (cached for the audited years).
    func applying(in year: Int) -> [Int] {
        if let cached = applying[year] { return cached }
        return catalogue.criteria.indices.filter { catalogue.criteria[$0].applies(in: year) }
    }

    var domainCount: Int { catalogue.domains.count }
}

/// Answers by unit and year: for each audited unit-year, the position in the workspace's `answerStore` of its
/// answer to each criterion (by criterion position), or -1. Built from the store's numbers, no String per answer.
struct AnswerIndex {
    private struct Key: Hashable {
        var unit: Int32
        var year: Int32
    }

    /// Per unit-year: the first of its `criterionCount` slots in `slots`.
    private var base: [Key: Int] = [:]
    private var slots: [Int32] = []
    private var unitNumbers: [String: Int32] = [:]
    private let criterionCount: Int

    init(_ workspace: Workspace) {
        let store = workspace.answerStore
        let criterionCount = workspace.catalogue.criteria.count
        self.criterionCount = criterionCount
        for (number, id) in store.unitIDs.enumerated() where unitNumbers[id] == nil { unitNumbers[id] = Int32(number) }
        // Every unit-year audited has its slots: sized once rather than doubled (megabytes at a canton's size).
        let unitYears = workspace.audited.values.reduce(0) { $0 + $1.count }
        base.reserveCapacity(unitYears)
        slots.reserveCapacity(unitYears * criterionCount)
        for run in store.unitYearRuns {
            let key = Key(unit: Int32(run.unit), year: Int32(run.year))
            let start: Int
            if let known = base[key] {
                start = known
            } else {
                start = slots.count
                base[key] = start
                slots.append(contentsOf: repeatElement(-1, count: criterionCount))
            }
            for position in run.positions {
                let criterion = store.criterionNumber(at: position)
                guard criterion < criterionCount else { continue }  // an id outside the catalogue (answers built in code)
                slots[start + criterion] = Int32(position)  // a later row wins, as it did when answers were a list
            }
        }
    }

    /// The answer positions of a unit's year, by criterion position (-1 where there is no row).
    func of(unit: String, year: Int) -> ArraySlice<Int32> {
        guard let number = unitNumbers[unit], let start = base[Key(unit: number, year: Int32(year))] else {
            return ArraySlice(repeatElement(-1, count: criterionCount))
        }
        return slots[start..<start + criterionCount]
    }
}
