import Testing
@testable import VigieCore

/// Year-over-year comparisons: full and like-for-like deltas, reworded criteria, renamed units.
struct TrendTests {
    /// One domain. OLD (w 2) applies until 2024 and NEW (w 2, since 2025) replaces it; GONE (w 1) until 2024;
    /// ADDED (w 1) since 2025; KEEP (w 1) always.
    static let catalogue = Build(
        domains: [Domain(id: "D", title: "D")],
        criteria: [
            Criterion(id: "KEEP", domain: "D", weight: 1),
            Criterion(id: "OLD", domain: "D", weight: 2, until: 2024),
            Criterion(id: "NEW", domain: "D", weight: 2, since: 2025, replaces: ["OLD"]),
            Criterion(id: "GONE", domain: "D", weight: 1, until: 2024),
            Criterion(id: "ADDED", domain: "D", weight: 1, since: 2025),
        ])

    @Test func likeForLikeCountsAReplacedCriterionAsOne() {
        var build = Self.catalogue
        build.sheet(2024, "U", [("KEEP", .notMet), ("OLD", .partial), ("GONE", .met)])
        build.sheet(2025, "U", [("KEEP", .met), ("NEW", .met), ("ADDED", .notMet)])
        let results = build.score()
        let trend = results.trends.first { $0.unit == "U" }!
        // 2024 full: 100 × (1·0 + 2·0.5 + 1·1) / 4 = 50. 2025 full: 100 × (1 + 2 + 0) / 4 = 75. Δ = 25.
        #expect(close(trend.scoreFrom, 50))
        #expect(close(trend.scoreTo, 75))
        #expect(close(trend.delta, 25))
        // Like-for-like: classes {KEEP}, {OLD, NEW} apply in both; GONE and ADDED do not count.
        // 2024: 100 × (0 + 2·0.5) / 3 = 33.333…; 2025: 100 × (1 + 2·1) / 3 = 100; Δ = 66.666…
        #expect(close(trend.likeForLikeFrom, 100.0 / 3))
        #expect(close(trend.likeForLikeTo, 100))
        #expect(close(trend.deltaLikeForLike, 200.0 / 3))
        #expect(trend.added == ["ADDED"])
        #expect(trend.removed == ["GONE"])
        // Improvements: KEEP 0 → 1 (rise 1) before NEW 0.5 → 1 (rise 0.5, compared with OLD).
        #expect(trend.improvements.map(\.criterion) == ["KEEP", "NEW"])
        #expect(trend.improvements[1].previousCriterion == "OLD")
        #expect(trend.regressions.isEmpty)
    }

    @Test func regressionsAreListedLargestFirst() {
        var build = Build(domains: [Domain(id: "D", title: "D")],
                          criteria: ["A", "B", "C"].map { Criterion(id: $0, domain: "D") })
        build.sheet(2024, "U", [("A", .met), ("B", .met), ("C", .notMet)])
        build.sheet(2025, "U", [("A", .partial), ("B", .notMet), ("C", .met)])
        let trend = build.score().trends[0]
        #expect(trend.regressions.map(\.criterion) == ["B", "A"])
        #expect(trend.improvements.map(\.criterion) == ["C"])
        // Same catalogue both years: like-for-like equals full. 2024: 200/3; 2025: 150/3 = 50; Δ = −50/3.
        #expect(close(trend.delta, -50.0 / 3))
        #expect(close(trend.deltaLikeForLike, -50.0 / 3))
    }

    @Test func aSkippedYearIsBridged() {
        var build = Build(domains: [Domain(id: "D", title: "D")], criteria: [Criterion(id: "A", domain: "D")])
        build.sheet(2023, "U", [("A", .notMet)])
        build.sheet(2025, "U", [("A", .met)])
        build.sheet(2024, "V", [("A", .met)])
        let trends = build.score().trends.filter { $0.unit == "U" }
        #expect(trends.count == 1)
        #expect(trends[0].yearFrom == 2023 && trends[0].yearTo == 2025)
        #expect(close(trends[0].delta, 100))
    }

    @Test func aRenamedUnitContinuesItsPredecessorsTrend() {
        var build = Build(domains: [Domain(id: "D", title: "D")],
                          criteria: [Criterion(id: "A", domain: "D"), Criterion(id: "B", domain: "D")],
                          units: [OrgUnit(id: "DEP"), OrgUnit(id: "OLDU", parent: "DEP", until: 2024),
                                  OrgUnit(id: "NEWU", parent: "DEP", since: 2025, replaces: ["OLDU"])])
        build.sheet(2023, "OLDU", [("A", .notMet), ("B", .notMet)])  // 0
        build.sheet(2024, "OLDU", [("A", .met), ("B", .notMet)])     // 50
        build.sheet(2025, "NEWU", [("A", .met), ("B", .partial)])    // 75
        build.sheet(2026, "NEWU", [("A", .met), ("B", .met)])        // 100
        let trends = build.score().trends
        let bridge = trends.first { $0.isBridge }!
        // The bridge runs from the predecessor's last audited year to the successor's first: 50 → 75.
        #expect(bridge.unit == "NEWU" && bridge.unitFrom == "OLDU")
        #expect(bridge.yearFrom == 2024 && bridge.yearTo == 2025)
        #expect(close(bridge.delta, 25))
        #expect(close(bridge.deltaLikeForLike, 25))
        #expect(bridge.improvements.map(\.criterion) == ["B"])
        #expect(trends.map { "\($0.unitFrom)>\($0.unit):\($0.yearFrom)-\($0.yearTo)" }
            == ["OLDU>NEWU:2024-2025", "NEWU>NEWU:2025-2026", "OLDU>OLDU:2023-2024"])
    }

    @Test func aNotApplicableAnswerIsNeitherARegressionNorAnImprovement() {
        var build = Build(domains: [Domain(id: "D", title: "D")],
                          criteria: [Criterion(id: "A", domain: "D"), Criterion(id: "B", domain: "D")])
        build.sheet(2024, "U", [("A", .met), ("B", .met)])
        build.sheet(2025, "U", [("A", .notApplicable), ("B", .met)])
        let trend = build.score().trends[0]
        #expect(trend.regressions.isEmpty && trend.improvements.isEmpty)
        // 100 → 100 (A left out in 2025).
        #expect(close(trend.delta, 0))
    }
}
