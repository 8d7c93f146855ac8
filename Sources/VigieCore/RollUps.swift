/// Department and canton figures: means over complete members, placed by each unit's `parent` as written today.
struct RollUps {
    let workspace: Workspace
    let catalogue: Catalogue

    func departments(year: Int, units: [UnitScore]) -> [RollUp] {
        guard workspace.hasUnitsFile else { return [] }
        var members: [String: [UnitScore]] = [:]
        for unit in units {
            guard let department = workspace.department(of: unit.unit) else { continue }
            members[department, default: []].append(unit)
        }
        return members.keys.sorted().map { department in
            let group = members[department]!
            // Incomplete members are left out; a complete member without a defined score (all not applicable)
            // still counts for coverage and for the domains it has.
            let included = group.filter(\.complete)
            return rollUp(scope: .department, unit: department, year: year,
                          members: included.map { Figures(id: $0.unit, score: $0.score, coverage: $0.coverage, domains: $0.domains) },
                          leftOut: group.filter { $0.status == .incomplete }.map(\.unit),
                          notStarted: group.filter(\.notStarted).map(\.unit),
                          capped: included.filter(\.ratingCapped).map(\.unit))
        }
    }

    func canton(year: Int, units: [UnitScore], departments: [RollUp]) -> RollUp {
        let leftOut = units.filter { $0.status == .incomplete }.map(\.unit)
        let notStarted = units.filter(\.notStarted).map(\.unit)
        let capped = units.filter { $0.complete && $0.ratingCapped }.map(\.unit)
        if workspace.hasUnitsFile {
            // The departments with a defined roll-up: at least one complete member.
            let members = departments.filter { !$0.members.isEmpty }
                .map { Figures(id: $0.unit!, score: $0.score, coverage: $0.coverage ?? 0, domains: $0.domains) }
            return rollUp(scope: .canton, unit: nil, year: year, members: members, leftOut: leftOut, notStarted: notStarted, capped: capped)
        }
        let members = units.filter(\.complete)
            .map { Figures(id: $0.unit, score: $0.score, coverage: $0.coverage, domains: $0.domains) }
        return rollUp(scope: .canton, unit: nil, year: year, members: members, leftOut: leftOut, notStarted: notStarted, capped: capped)
    }

    struct Figures {
        var id: String
        var score: Double?
        var coverage: Double
        var domains: [DomainScore]
    }

    private func rollUp(scope: RollUp.Scope, unit: String?, year: Int, members: [Figures], leftOut: [String], notStarted: [String],
                        capped: [String]) -> RollUp {
        let score = mean(members.compactMap(\.score))
        var domains: [DomainScore] = []
        for domain in catalogue.domains {
            let scores = members.compactMap { $0.domains.first { $0.domain == domain.id }?.score }
            let coverages = members.compactMap { $0.domains.first { $0.domain == domain.id }?.coverage }
            if scores.isEmpty && coverages.isEmpty { continue }
            domains.append(DomainScore(domain: domain.id, score: mean(scores), coverage: mean(coverages)))
        }
        return RollUp(scope: scope, unit: unit, year: year, score: score, coverage: mean(members.map(\.coverage)),
                      rating: score.flatMap { catalogue.level(for: $0) }, domains: domains,
                      members: members.map(\.id), leftOut: leftOut.sorted(), notStarted: notStarted.sorted(), cappedMembers: capped.sorted())
    }

    private func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
