import Testing
@testable import VigieCore

/// Ratings and the critical cap, ranks, and department and canton roll-ups.
struct RatingRankRollUpTests {
    /// One domain, weight 1: C1 (w 1, critical), C2 (w 1), C3 (w 2).
    static let catalogue = Build(
        domains: [Domain(id: "D", title: "D")],
        criteria: [
            Criterion(id: "C1", domain: "D", weight: 1, critical: true),
            Criterion(id: "C2", domain: "D", weight: 1),
            Criterion(id: "C3", domain: "D", weight: 2),
        ])

    @Test func aFailedCriticalCriterionCapsTheRatingAtTheThirdLevelAndIsNamed() {
        var build = Self.catalogue
        build.sheet(2025, "U", [("C1", .notMet), ("C2", .met), ("C3", .met)])
        let unit = build.score().unit("U", 2025)!
        // S = 100 × (1·0 + 1·1 + 2·1) / 4 = 75 → Établi, capped to the third level, En progrès.
        #expect(close(unit.score, 75))
        #expect(unit.uncappedRating?.label == "Établi")
        #expect(unit.rating?.label == "En progrès")
        #expect(unit.ratingCapped)
        #expect(unit.criticalFailures == ["C1"])
    }

    @Test func anUnansweredOrMissingCriticalCriterionCapsToo() {
        var build = Self.catalogue
        build.sheet(2025, "U", [("C2", .met), ("C3", .met)])  // C1 missing
        let unit = build.score().unit("U", 2025)!
        // S = 100 × 3 / 4 = 75 (Établi) but C1 missing → En progrès; coverage 3/4 = 0.75 → incomplete.
        #expect(unit.rating?.label == "En progrès")
        #expect(unit.criticalFailures == ["C1"])
        #expect(!unit.complete)
    }

    @Test("the critical failures worked out again from the rows are those kept without rows")
    func criticalFailuresWithAndWithoutRows() throws {
        var build = Self.catalogue
        build.sheet(2025, "U", [("C2", .met), ("C3", .met)])  // C1 missing: unanswered
        build.sheet(2025, "V", [("C1", .notMet), ("C2", .met), ("C3", .met)])
        build.sheet(2025, "W", [("C1", .met), ("C2", .notMet), ("C3", .met)])
        build.sheet(2025, "X", [("C1", .unanswered), ("C2", .unanswered), ("C3", .unanswered)])  // not started
        let withRows = Scoring.score(build.workspace, options: ScoringOptions(details: true))
        let withoutRows = Scoring.score(build.workspace, options: ScoringOptions(details: false))
        for (id, failures) in [("U", ["C1"]), ("V", ["C1"]), ("W", []), ("X", [])] {
            let worked = try #require(withRows.unit(id, 2025)), kept = try #require(withoutRows.unit(id, 2025))
            #expect(worked.rows != nil && worked.keptFailures == nil, "\(id): with rows, nothing kept")
            #expect(kept.rows == nil && kept.keptFailures == failures, "\(id): without rows, the list kept")
            #expect(worked.criticalFailures == failures, "\(id)")
        }
    }

    @Test func theCapNeverRaisesARating() {
        var build = Self.catalogue
        build.sheet(2025, "U", [("C1", .notMet), ("C2", .notMet), ("C3", .partial)])
        let unit = build.score().unit("U", 2025)!
        // S = 100 × (2·0.5) / 4 = 25 → Insuffisant, below the cap: stays Insuffisant, not capped.
        #expect(unit.rating?.label == "Insuffisant")
        #expect(!unit.ratingCapped)
        #expect(unit.criticalFailures == ["C1"])
    }

    @Test func withFewerThanThreeLevelsTheCapIsTheLowest() {
        var build = Self.catalogue
        build.levels = [Level(id: "ok", label: "OK", minScore: 60), Level(id: "ko", label: "KO", minScore: 0)]
        build.sheet(2025, "U", [("C1", .notMet), ("C2", .met), ("C3", .met)])
        // S = 75 → OK, capped to the lowest level KO.
        #expect(build.score().unit("U", 2025)!.rating?.label == "KO")
    }

    @Test func ratingsCompareUnroundedScores() {
        var build = Build(domains: [Domain(id: "D", title: "D")],
                          criteria: (1...3).map { Criterion(id: "C\($0)", domain: "D") })
        build.levels = [Level(id: "hi", label: "Haut", minScore: 66.67), Level(id: "lo", label: "Bas", minScore: 0)]
        build.sheet(2025, "U", [("C1", .met), ("C2", .met), ("C3", .notMet)])
        // S = 200/3 = 66.666…, shown as 66.7 but below 66.67: Bas.
        #expect(build.score().unit("U", 2025)!.rating?.label == "Bas")
    }

    @Test func equalScoresShareTheBetterPlaceAndIncompleteUnitsHaveNoRank() {
        var build = Self.catalogue
        build.sheet(2025, "A", [("C1", .met), ("C2", .met), ("C3", .met)])       // 100
        build.sheet(2025, "B", [("C1", .met), ("C2", .notMet), ("C3", .met)])    // 100 × 3/4 = 75
        build.sheet(2025, "C", [("C1", .notMet), ("C2", .met), ("C3", .met)])    // 75
        build.sheet(2025, "D", [("C1", .met), ("C2", .met), ("C3", .partial)])   // 100 × 3/4 = 75
        build.sheet(2025, "E", [("C1", .met), ("C2", .notMet), ("C3", .notMet)]) // 25
        build.sheet(2025, "F", [("C1", .met)])                                   // coverage 1/4: incomplete
        let year = build.score().year(2025)!
        #expect(year.units.map(\.rank) == [1, 2, 2, 2, 5, nil])
        #expect(year.units.allSatisfy { $0.rankedCount == 5 })
    }

    /// DEP with services S1, S2, S3 (incomplete); DEP2 with only its own answers.
    static func organisation(departmentAnswers: Bool) -> Build {
        var build = Self.catalogue
        build.units = [
            OrgUnit(id: "DEP"), OrgUnit(id: "S1", parent: "DEP"), OrgUnit(id: "S2", parent: "DEP"),
            OrgUnit(id: "S3", parent: "DEP"), OrgUnit(id: "DEP2"), OrgUnit(id: "O1", parent: "S1"),
        ]
        build.sheet(2025, "S1", [("C1", .met), ("C2", .met), ("C3", .met)])        // 100
        build.sheet(2025, "S2", [("C1", .met), ("C2", .notMet), ("C3", .partial)]) // 100 × 2/4 = 50
        build.sheet(2025, "S3", [("C1", .met)])                                    // 100, coverage 0.25: incomplete
        build.sheet(2025, "DEP2", [("C1", .met), ("C2", .met), ("C3", .notMet)])   // 100 × 2/4 = 50
        if departmentAnswers {
            build.sheet(2025, "DEP", [("C1", .met), ("C2", .notMet), ("C3", .notMet)]) // 25
        }
        return build
    }

    @Test func aDepartmentIsTheMeanOfItsCompleteServices() {
        let year = Self.organisation(departmentAnswers: false).score().year(2025)!
        let dep = year.department("DEP")!
        // DEP = mean(S1 100, S2 50) = 75; S3 is incomplete and left out, and counted.
        #expect(close(dep.score, 75))
        #expect(dep.members == ["S1", "S2"])
        #expect(dep.leftOut == ["S3"])
        #expect(dep.rating?.label == "Établi")
        // Canton = mean over departments: (75 + 50) / 2 = 62.5
        #expect(close(year.canton.score, 62.5))
        #expect(year.canton.members == ["DEP", "DEP2"])
        #expect(year.canton.leftOut == ["S3"])
    }

    @Test func aDepartmentsOwnAnswersCountAsOneMoreMember() {
        let year = Self.organisation(departmentAnswers: true).score().year(2025)!
        // DEP = mean(DEP 25, S1 100, S2 50) = 175 / 3 = 58.333…
        #expect(close(year.department("DEP")!.score, 175.0 / 3))
        #expect(year.department("DEP")!.members == ["DEP", "S1", "S2"])
        // Canton = (175/3 + 50) / 2 = 325/6
        #expect(close(year.canton.score, 325.0 / 6))
    }

    @Test func aRollUpsDomainFiguresAreMeansOfItsMembersDomainFigures() {
        var build = Build(domains: [Domain(id: "A", title: "A", weight: 3), Domain(id: "B", title: "B")],
                          criteria: [Criterion(id: "A1", domain: "A"), Criterion(id: "B1", domain: "B")],
                          units: [OrgUnit(id: "DEP"), OrgUnit(id: "S1", parent: "DEP"), OrgUnit(id: "S2", parent: "DEP")])
        build.sheet(2025, "S1", [("A1", .met), ("B1", .notApplicable)])  // S(A) 100, S(B) —, S = 100
        build.sheet(2025, "S2", [("A1", .partial), ("B1", .notMet)])     // S(A) 50, S(B) 0, S = (3·50 + 0) / 4 = 37.5
        let dep = build.score().year(2025)!.department("DEP")!
        // S = mean(100, 37.5) = 68.75; A = mean(100, 50) = 75; B = mean over defined = 0.
        #expect(close(dep.score, 68.75))
        #expect(close(dep.domains.first { $0.domain == "A" }?.score, 75))
        #expect(close(dep.domains.first { $0.domain == "B" }?.score, 0))
        // A roll-up's rating comes from its score alone: 68.75 → En progrès.
        #expect(dep.rating?.label == "En progrès")
    }

    @Test func unitsUnderAServicesCountForTheDepartmentAtTheTopOfTheChain() {
        var build = Self.organisation(departmentAnswers: false)
        build.sheet(2025, "O1", [("C1", .met), ("C2", .met), ("C3", .notMet)])  // 50
        let dep = build.score().year(2025)!.department("DEP")!
        // DEP = mean(O1 50, S1 100, S2 50) = 200/3
        #expect(close(dep.score, 200.0 / 3))
    }

    @Test func withoutUnitsFileTheCantonIsTheMeanOfCompleteUnits() {
        var build = Self.catalogue
        build.sheet(2025, "A", [("C1", .met), ("C2", .met), ("C3", .met)])     // 100
        build.sheet(2025, "B", [("C1", .met), ("C2", .notMet), ("C3", .met)])  // 75
        build.sheet(2025, "C", [("C2", .met)])                                  // incomplete
        let year = build.score().year(2025)!
        #expect(year.departments.isEmpty)
        // (100 + 75) / 2 = 87.5
        #expect(close(year.canton.score, 87.5))
        #expect(year.canton.leftOut == ["C"])
    }

    @Test func anExactScoreReachesItsLevelDespiteFloatingPoint() {
        // Three level criteria of weight 0.1. U answers 1, 4, 1: S = 100 × (0.1·0.25 + 0.1·1 + 0.1·0.25) / 0.3 = 50
        // exactly, but binary floating point gives 49.99999999999999. V answers 2, 2, 2: S = 50, computed as 50.0.
        // Both are En progrès (≥ 50) and share the first place; W answers 3, 3, 1: 100 × 0.175 / 0.3 = 58.3….
        var build = Build(domains: [Domain(id: "D", title: "D")],
                          criteria: ["A", "B", "C"].map { Criterion(id: $0, domain: "D", weight: 0.1, scale: .level) })
        build.sheet(2025, "U", [("A", .level(1)), ("B", .level(4)), ("C", .level(1))])
        build.sheet(2025, "V", [("A", .level(2)), ("B", .level(2)), ("C", .level(2))])
        build.sheet(2025, "W", [("A", .level(3)), ("B", .level(3)), ("C", .level(1))])
        let year = build.score().year(2025)!
        #expect(year.unit("U")!.score! < 50, "the floating-point sum this test is about")
        #expect(year.unit("U")!.rating?.label == "En progrès")
        #expect(year.unit("V")!.rating?.label == "En progrès")
        #expect(year.units.map(\.rank) == [2, 2, 1])
    }

    @Test func aCompleteMemberWithoutAScoreStillCountsForCoverage() {
        var build = Build(domains: [Domain(id: "D", title: "D")], criteria: [Criterion(id: "A", domain: "D"), Criterion(id: "B", domain: "D")],
                          units: [OrgUnit(id: "DEP"), OrgUnit(id: "S1", parent: "DEP"), OrgUnit(id: "S2", parent: "DEP")])
        build.sheet(2025, "S1", [("A", .notApplicable), ("B", .notApplicable)])  // complete (coverage 1), score undefined
        build.sheet(2025, "S2", [("A", .met), ("B", .unanswered)])               // coverage 1/2: incomplete
        let dep = build.score().year(2025)!.department("DEP")!
        #expect(dep.members == ["S1"])
        #expect(dep.score == nil)
        #expect(close(dep.coverage, 1))
        #expect(dep.leftOut == ["S2"])
    }
}
