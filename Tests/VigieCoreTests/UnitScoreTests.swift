import Testing
@testable import VigieCore

/// Domain and unit scores, coverage and potential gain, each figure worked out by hand in a comment.
struct UnitScoreTests {
    /// Two domains: A (weight 2) with A1 (w 2), A2 (w 1), A3 (w 1); B (weight 1) with B1 (w 1, level), B2 (w 3).
    static let base = Build(
        domains: [Domain(id: "A", title: "A", weight: 2), Domain(id: "B", title: "B", weight: 1)],
        criteria: [
            Criterion(id: "A1", domain: "A", weight: 2),
            Criterion(id: "A2", domain: "A", weight: 1),
            Criterion(id: "A3", domain: "A", weight: 1, scale: .binary),
            Criterion(id: "B1", domain: "B", weight: 1, scale: .level),
            Criterion(id: "B2", domain: "B", weight: 3),
        ])

    @Test func partialCreditLevelsAndDomainWeights() {
        var build = Self.base
        build.sheet(2025, "U", [("A1", .met), ("A2", .partial), ("A3", .notMet), ("B1", .level(3)), ("B2", .partial)])
        let unit = build.score().unit("U", 2025)!
        // S(A) = 100 × (2·1 + 1·0.5 + 1·0) / (2 + 1 + 1) = 100 × 2.5 / 4 = 62.5
        #expect(close(unit.domains[0].score, 62.5))
        // S(B) = 100 × (1·0.75 + 3·0.5) / (1 + 3) = 100 × 2.25 / 4 = 56.25
        #expect(close(unit.domains[1].score, 56.25))
        // S = (2·62.5 + 1·56.25) / (2 + 1) = 181.25 / 3 = 60.416666…
        #expect(close(unit.score, 181.25 / 3))
        #expect(unit.rating?.label == "En progrès")  // 50 ≤ 60.42 < 70
        #expect(close(unit.coverage, 1))
    }

    @Test func notApplicableIsLeftOutOfTheScoreButCountsAsAnswered() {
        var build = Self.base
        build.sheet(2025, "U", [("A1", .notApplicable), ("A2", .met), ("A3", .notMet), ("B1", .level(4)), ("B2", .met)])
        let unit = build.score().unit("U", 2025)!
        // S(A) = 100 × (1·1 + 1·0) / (1 + 1) = 50 (A1 is na: out of numerator and denominator)
        #expect(close(unit.domains[0].score, 50))
        // S(B) = 100 × (1·1 + 3·1) / 4 = 100; S = (2·50 + 1·100) / 3 = 66.666…
        #expect(close(unit.score, 200.0 / 3))
        // coverage = answered weight / applicable weight = 8 / 8 (na counts as answered)
        #expect(close(unit.coverage, 1))
        #expect(unit.criteria[0].potentialGain == nil)
    }

    @Test func anAllNotApplicableDomainIsUndefinedAndLeftOutOfTheUnitScore() {
        var build = Self.base
        build.sheet(2025, "U", [("A1", .notApplicable), ("A2", .notApplicable), ("A3", .notApplicable), ("B1", .level(2)), ("B2", .met)])
        let unit = build.score().unit("U", 2025)!
        #expect(unit.domains[0].score == nil)
        // S(B) = 100 × (1·0.5 + 3·1) / 4 = 87.5; S = 1·87.5 / 1 = 87.5 (domain A undefined, its weight left out)
        #expect(close(unit.score, 87.5))
        #expect(unit.rating?.label == "Exemplaire")
    }

    @Test func missingRowsCountAsUnansweredAndLowerCoverage() {
        var build = Self.base
        build.sheet(2025, "U", [("A1", .met), ("A2", .met), ("B2", .met)])
        let unit = build.score().unit("U", 2025)!
        // A3 (w 1) and B1 (w 1) missing: value 0. S(A) = 100 × 3 / 4 = 75; S(B) = 100 × 3 / 4 = 75; S = 75
        #expect(close(unit.score, 75))
        // coverage = (2 + 1 + 3) / 8 = 0.75 < 0.8 → incomplete
        #expect(close(unit.coverage, 0.75))
        #expect(!unit.complete)
        #expect(unit.unansweredCount == 2)
        #expect(unit.criteria.filter(\.missing).map(\.criterion) == ["A3", "B1"])
    }

    @Test func coverageExactlyAtTheMinimumIsComplete() {
        var build = Self.base
        build.sheet(2025, "U", [("A1", .met), ("A2", .unanswered), ("A3", .met), ("B1", .level(1)), ("B2", .met)])
        // coverage = (2 + 1 + 1 + 3) / 8 = 0.875; with a minimum of 0.875 the unit is complete, above it not.
        #expect(build.score(minimumCoverage: 0.875).unit("U", 2025)!.complete)
        #expect(!build.score(minimumCoverage: 0.876).unit("U", 2025)!.complete)
    }

    @Test func potentialGainIsTheRiseOfTheUnitScoreIfMet() {
        var build = Self.base
        build.sheet(2025, "U", [("A1", .met), ("A2", .partial), ("A3", .notMet), ("B1", .level(3)), ("B2", .partial)])
        let unit = build.score().unit("U", 2025)!
        let gains = Dictionary(unit.criteria.map { ($0.criterion, $0.potentialGain) }, uniquingKeysWith: { a, _ in a })
        // A3 met: S(A) rises by 100 × 1 × (1 − 0) / 4 = 25; S rises by 2 × 25 / 3 = 16.666…
        #expect(close(gains["A3"]!, 50.0 / 3))
        // A2 met: S(A) rises by 100 × 1 × 0.5 / 4 = 12.5; S by 2 × 12.5 / 3 = 8.333…
        #expect(close(gains["A2"]!, 25.0 / 3))
        // B2 met: S(B) rises by 100 × 3 × 0.5 / 4 = 37.5; S by 1 × 37.5 / 3 = 12.5
        #expect(close(gains["B2"]!, 12.5))
        // B1 at level 3 → 4: S(B) rises by 100 × 1 × 0.25 / 4 = 6.25; S by 6.25 / 3
        #expect(close(gains["B1"]!, 6.25 / 3))
        #expect(gains["A1"]! == nil)
        // The action list: largest gain first.
        #expect(unit.actionList.map(\.criterion) == ["A3", "B2", "A2", "B1"])
        // And the gain is exactly the rise: re-score with A3 met.
        var raised = Self.base
        raised.sheet(2025, "U", [("A1", .met), ("A2", .partial), ("A3", .met), ("B1", .level(3)), ("B2", .partial)])
        #expect(close(raised.score().unit("U", 2025)!.score! - unit.score!, gains["A3"]!!))
    }

    @Test func criteriaApplyOnlyWithinTheirYears() {
        var build = Self.base
        build.criteria[1].until = 2024  // A2 retired after 2024
        build.sheet(2025, "U", [("A1", .met), ("A3", .notMet), ("B1", .level(4)), ("B2", .met)])
        let unit = build.score().unit("U", 2025)!
        // Without A2: S(A) = 100 × 2 / 3 = 66.666…; S(B) = 100; S = (2 × 200/3 + 100) / 3 = 700/9
        #expect(close(unit.score, 700.0 / 9))
        #expect(close(unit.coverage, 1))
        #expect(!unit.criteria.contains { $0.criterion == "A2" })
    }
}
