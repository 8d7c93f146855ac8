import Testing
@testable import VigieCore

/// A unit-year's answer positions, kept one byte past its first when they lie close together and whole otherwise.
struct AnswerSlotsTests {
    static let criteria = [Criterion(id: "C1", domain: "D", title: "1"), Criterion(id: "C2", domain: "D", title: "2"),
                           Criterion(id: "C3", domain: "D", title: "3")]

    @Test func positionsCloseTogetherOrFarApartComeBackTheSame() {
        var build = Build(domains: [Domain(id: "D", title: "D")], criteria: Self.criteria)
        build.answer(2024, "A", "C1", .met)                                // position 0
        for _ in 0..<300 { build.answer(2024, "B", "C2", .partial) }       // positions 1…300: the last one counts
        build.answer(2024, "A", "C3", .notMet)                             // position 301: 301 past A's first
        build.answer(2025, "B", "C3", .met)                                // position 302
        let index = AnswerIndex(build.workspace)

        let a = index.of(unit: "A", year: 2024)
        #expect([a[0], a[1], a[2]] == [0, -1, 301], "a unit-year whose rows lie 301 apart keeps them whole")
        let b = index.of(unit: "B", year: 2024)
        #expect([b[0], b[1], b[2]] == [-1, 300, -1], "the later row wins; the rest of B's year is missing")
        let later = index.of(unit: "B", year: 2025)
        #expect([later[0], later[1], later[2]] == [-1, -1, 302])
        let none = index.of(unit: "Z", year: 2024)
        #expect([none[0], none[1], none[2]] == [-1, -1, -1], "a unit-year without answers has none")
    }

    /// A's two rows `gap` positions apart, B's rows between them: 254 is the largest offset one byte holds (0xFF
    /// marks a missing row), 255 keeps A's positions whole.
    @Test(arguments: [253, 254, 255, 256])
    func theWidestGapOneByteHolds(gap: Int) {
        var build = Build(domains: [Domain(id: "D", title: "D")], criteria: Self.criteria)
        build.answer(2024, "A", "C1", .met)
        for _ in 1..<gap { build.answer(2024, "B", "C2", .partial) }
        build.answer(2024, "A", "C3", .notMet)
        let a = AnswerIndex(build.workspace).of(unit: "A", year: 2024)
        #expect([a[0], a[1], a[2]] == [0, -1, Int32(gap)])
    }

    @Test func aUnitYearKeptWholeScoresAsOneKeptNarrow() {
        var build = Build(domains: [Domain(id: "D", title: "D")], criteria: Self.criteria)
        build.answer(2024, "A", "C1", .met)
        for _ in 0..<300 { build.answer(2024, "B", "C1", .notMet) }
        build.answer(2024, "A", "C2", .partial)
        build.answer(2024, "A", "C3", .notMet)
        let results = build.score()
        // A: (1 + 0.5 + 0) / 3 · 100 = 50, from rows 302 positions apart; B: C1 not met, C2 and C3 unanswered
        // (coverage 1/3, incomplete): 0 / 1 · 100 = 0.
        #expect(close(results.unit("A", 2024)?.score, 50))
        #expect(results.unit("A", 2024)?.criteria.map(\.answer) == [.met, .partial, .notMet])
        #expect(close(results.unit("B", 2024)?.score, 0) && results.unit("B", 2024)?.complete == false)
    }
}
