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
