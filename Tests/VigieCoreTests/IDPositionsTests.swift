import Testing
@testable import VigieCore

/// A year's units and departments found by id: by binary search over ids in order, by a dictionary otherwise.
struct IDPositionsTests {
    /// The first place of every id, by a plain scan: what both ways must give.
    static func scan(_ ids: [String], _ id: String) -> Int? { ids.firstIndex(of: id) }

    @Test(arguments: [
        // In order (binary search): with a repeated id, whose first place counts, and ids that are prefixes of others.
        ["A", "AB", "ABC", "B", "B", "C", "D-01", "D-02"],
        // Out of order (dictionary): the same ids shuffled.
        ["D-02", "B", "A", "C", "B", "ABC", "D-01", "AB"],
        // One id, none.
        ["ONLY"], [],
    ])
    func everyIdAtItsFirstPlace(ids: [String]) {
        let positions = IDPositions(ids)
        for id in ids + ["", "0", "AA", "B0", "Z", "D-03"] {
            #expect(positions.position(of: id) { ids[$0] } == Self.scan(ids, id), "\(id)")
        }
    }

    @Test func anIdInAnotherUnicodeFormIsTheSameId() {
        // "É" composed (U+00C9) and decomposed (E, U+0301) are equal Strings, and sort as one.
        let ids = ["A", "R\u{00C9}C", "Z"]
        #expect(IDPositions(ids).position(of: "RE\u{0301}C") { ids[$0] } == 1)
    }

    @Test func aYearFindsItsUnitsWhetherOrNotTheyAreInOrder() throws {
        let levels: [Level] = []
        func unit(_ id: String) -> UnitScore {
            UnitScore(unit: id, year: 2026, score: nil, coverage: 0, complete: false, notStarted: true, levels: levels,
                      ratingPosition: -1, uncappedPosition: -1, criticalFailures: [], rank: nil, rankedCount: 0,
                      keptFigures: DomainFigures([]), rows: nil)
        }
        let canton = RollUp(scope: .canton, unit: nil, year: 2026, score: nil, coverage: nil, rating: nil, domains: [],
                            members: [], leftOut: [], notStarted: [], cappedMembers: [])
        for order in [["DIN", "OCC", "SEN"], ["SEN", "DIN", "OCC"]] {
            var year = YearScores(year: 2026, units: order.map(unit), departments: [], canton: canton)
            #expect(order.allSatisfy { year.unit($0)?.unit == $0 })
            #expect(year.unit("SAM") == nil && !year.hasUnit("SAM"))
            // Changed after the fact: found at its new place.
            year.units.append(unit("AAA"))
            #expect(year.unit("AAA")?.unit == "AAA" && year.unit("DIN")?.unit == "DIN")
        }
    }
}
