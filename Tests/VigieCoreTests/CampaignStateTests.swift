import Testing
@testable import VigieCore

/// PRODUCT.md, Revision 2, "Campaign states": not started, incomplete, comparable trends, the default year.
struct CampaignStateTests {
    /// One domain, five criteria of weight 1.
    static let catalogue = Build(domains: [Domain(id: "D", title: "D")],
                                 criteria: (1...5).map { Criterion(id: "C\($0)", domain: "D", critical: $0 == 1) })

    /// U: complete in 2024, incomplete in 2025, complete in 2026, not started in 2027 (a blank template).
    /// V: complete in 2025 and 2026.
    static var campaign: Build {
        var build = catalogue
        build.sheet(2024, "U", (1...5).map { ("C\($0)", .met) })
        build.sheet(2025, "U", [("C1", .met), ("C2", .notMet)])
        build.sheet(2026, "U", [("C1", .met), ("C2", .met), ("C3", .met), ("C4", .met), ("C5", .notMet)])
        build.sheet(2027, "U", (1...5).map { ("C\($0)", .unanswered) })
        build.sheet(2025, "V", (1...5).map { ("C\($0)", .met) })
        build.sheet(2026, "V", [("C1", .met), ("C2", .met), ("C3", .met), ("C4", .met), ("C5", .partial)])
        return build
    }

    @Test func aSheetWithNoAnsweredRowIsNotStarted() {
        let results = Self.campaign.score()
        let unit = results.unit("U", 2027)!
        #expect(unit.notStarted)
        #expect(unit.status == .notStarted)
        // Every row unanswered (C1 critical among them): no score, rating, cap, rank; coverage 0.
        #expect(unit.score == nil)
        #expect(unit.rating == nil)
        #expect(unit.criticalFailures.isEmpty)
        #expect(unit.rank == nil)
        #expect(!unit.complete)
        #expect(unit.coverage == 0)
        #expect(unit.domains.allSatisfy { $0.score == nil })
        #expect(unit.actionList.isEmpty)
        // In no roll-up, and not counted among the incomplete units left out.
        let canton = results.year(2027)!.canton
        #expect(canton.members.isEmpty)
        #expect(canton.score == nil)
        #expect(canton.leftOut.isEmpty)
        #expect(canton.notStarted == ["U"])
    }

    @Test func aSheetAnsweredOnlyNotApplicableIsStarted() {
        var build = Self.catalogue
        build.sheet(2025, "U", (1...5).map { ("C\($0)", .notApplicable) })
        let unit = build.score().unit("U", 2025)!
        // na is an answer: coverage 5/5 = 1, complete, but no criterion left to score: S undefined.
        #expect(!unit.notStarted)
        #expect(unit.status == .complete)
        #expect(unit.score == nil)
    }

    @Test func aPairOfYearsIsComparableOnlyWhenCompleteAtBothEnds() {
        let results = Self.campaign.score()
        let u = results.trends.filter { $0.unit == "U" }
        // U's audits: 2024, 2025, 2026 (2027 is not started: no audit, no trend into it).
        #expect(u.map { "\($0.yearFrom)→\($0.yearTo)" } == ["2024→2025", "2025→2026"])
        // 2025: coverage 2/5 = 0.4 < 0.8, incomplete, S = 100 × (1 + 0 + 0 + 0 + 0) / 5 = 20; 2024 S = 100, 2026 S = 80.
        #expect(close(results.unit("U", 2025)!.score, 20))
        for trend in u {
            #expect(!trend.comparable)
            #expect(trend.incompleteYears == [2025])
            // Without the rule, 2024→2025 would read −80 and 2025→2026 +60: no Δ at all instead.
            #expect(trend.delta == nil)
            #expect(trend.deltaLikeForLike == nil)
            #expect(trend.regressions.isEmpty && trend.improvements.isEmpty)
        }
        // The scores of each end stay known (each marked by its own status).
        #expect(close(u[0].scoreFrom, 100))
        #expect(close(u[1].scoreTo, 80))
        // V, complete in both: 2025 S = 100, 2026 S = 100 × (4 + 0.5) / 5 = 90, Δ = −10, C5 fell 1 → 0.5.
        let v = results.trends.first { $0.unit == "V" }!
        #expect(v.comparable)
        #expect(v.incompleteYears.isEmpty)
        #expect(close(v.delta, -10))
        #expect(close(v.deltaLikeForLike, -10))
        #expect(v.regressions.map(\.criterion) == ["C5"])
    }

    @Test func theDefaultYearIsTheLatestWithACompleteUnit() {
        let results = Self.campaign.score()
        // 2027 holds sheets but no complete unit: a campaign in progress, after the default year 2026.
        #expect(results.defaultYear == 2026)
        #expect(results.campaignYears == [2027])
        var build = Self.campaign
        build.answers.removeAll { $0.year == 2027 }
        #expect(build.score().defaultYear == 2026)
        #expect(build.score().campaignYears.isEmpty)
        // With no complete unit at all, the latest year.
        var none = Self.catalogue
        none.sheet(2025, "U", [("C1", .met)])
        #expect(none.score().defaultYear == 2025)
        #expect(none.score().campaignYears.isEmpty)
    }

    @Test func aNotStartedYearIsBridgedLikeASkippedOne() {
        var build = Self.catalogue
        build.sheet(2024, "U", (1...5).map { ("C\($0)", .met) })
        build.sheet(2025, "U", (1...5).map { ("C\($0)", .unanswered) })
        build.sheet(2026, "U", [("C1", .met), ("C2", .met), ("C3", .met), ("C4", .notMet), ("C5", .notMet)])
        let trends = build.score().trends
        // 2024 S = 100, 2026 S = 100 × 3 / 5 = 60: Δ = −40 across the blank 2025.
        #expect(trends.map { "\($0.yearFrom)→\($0.yearTo)" } == ["2024→2026"])
        #expect(close(trends.first?.delta, -40))
    }
}
