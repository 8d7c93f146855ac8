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
        for year in years { applying[year] = applying(in: year) }
    }

    /// The positions of the criteria that apply in a year (cached for the audited years).
    func applying(in year: Int) -> [Int] {
        if let cached = applying[year] { return cached }
        return catalogue.criteria.indices.filter { catalogue.criteria[$0].applies(in: year) }
    }

    var domainCount: Int { catalogue.domains.count }
}

/// Answers by unit and year: for each audited unit-year, the position in `Workspace.answers` of its answer to
/// each criterion (by criterion position), or -1.
struct AnswerIndex {
    struct Key: Hashable {
        var unit: String
        var year: Int
    }

    private var slots: [Key: [Int32]] = [:]
    private let criterionCount: Int

    init(_ workspace: Workspace) {
        criterionCount = workspace.catalogue.criteria.count
        let catalogue = workspace.catalogue
        for (position, answer) in workspace.answers.enumerated() {
            guard let criterion = catalogue.position(ofCriterion: answer.criterion) else { continue }
            slots[Key(unit: answer.unit, year: answer.year), default: [Int32](repeating: -1, count: criterionCount)][criterion] = Int32(position)
        }
    }

    /// The answer positions of a unit's year, by criterion position (-1 where there is no row).
    func of(unit: String, year: Int) -> [Int32] {
        slots[Key(unit: unit, year: year)] ?? [Int32](repeating: -1, count: criterionCount)
    }
}
