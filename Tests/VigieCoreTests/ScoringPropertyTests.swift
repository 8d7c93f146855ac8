import PropertyBased
import Testing
@testable import VigieCore

/// Properties that hold for every workspace, checked over generated ones (the seed is printed on failure).
struct ScoringPropertyTests {
    static let seeds = Gen.int(in: 0...Int(Int32.max))

    @Test func everyScoreLiesBetweenZeroAndHundred() async {
        await propertyCheck(count: 200, input: Self.seeds) { seed in
            let results = RandomWorkspace.make(seed: UInt64(seed)).score()
            for year in results.years {
                for unit in year.units {
                    #expect(unit.score.map { (0...100).contains($0) } ?? true)
                    #expect((0...1).contains(unit.coverage))
                    for domain in unit.domains { #expect(domain.score.map { (0...100).contains($0) } ?? true) }
                }
                for rollUp in year.departments + [year.canton] {
                    #expect(rollUp.score.map { (-1e-9...(100 + 1e-9)).contains($0) } ?? true)
                }
            }
        }
    }

    @Test func raisingOneAnswerNeverLowersTheUnitScore() async {
        await propertyCheck(count: 200, input: Self.seeds, Gen.int(in: 0...10_000)) { seed, pick in
            let build = RandomWorkspace.make(seed: UInt64(seed))
            let candidates = build.answers.indices.filter { index in
                let answer = build.answers[index]
                let scale = build.criteria.first { $0.id == answer.criterion }!.scale
                return RandomWorkspace.raised(answer.value, scale: scale) != nil
            }
            guard !candidates.isEmpty else { return }
            let index = candidates[pick % candidates.count]
            var raised = build
            let answer = build.answers[index]
            raised.answers[index].value = RandomWorkspace.raised(answer.value, scale: build.criteria.first { $0.id == answer.criterion }!.scale)!
            let before = build.score().unit(answer.unit, answer.year)!.score
            let after = raised.score().unit(answer.unit, answer.year)!.score
            if let before {
                #expect(after != nil && after! >= before - 1e-9)
            }
        }
    }

    @Test func answeringNotApplicableEqualsRemovingTheCriterion() async {
        await propertyCheck(count: 200, input: Self.seeds, Gen.int(in: 0...10_000)) { seed, pick in
            var build = RandomWorkspace.make(seed: UInt64(seed), stableCatalogue: true)
            let criterion = build.criteria[pick % build.criteria.count].id
            // Every unit answers this criterion na in every year it is audited …
            build.answers.removeAll { $0.criterion == criterion }
            var withNA = build
            for (year, units) in build.workspace.audited {
                for unit in units { withNA.answer(year, unit, criterion, .notApplicable) }
            }
            // … which scores like a catalogue without it; but an na is an answer, so a unit whose other rows are all
            // unanswered is started with it and not started without it (PRODUCT.md, Revision 2).
            var without = build
            without.criteria.removeAll { $0.id == criterion }
            let a = withNA.score()
            let b = without.score()
            for year in a.years {
                for unit in year.units {
                    let other = b.unit(unit.unit, year.year)!
                    if other.notStarted {
                        #expect(!unit.notStarted)
                        continue
                    }
                    #expect(unit.score == other.score || (unit.score != nil && other.score != nil && abs(unit.score! - other.score!) < 1e-9))
                }
            }
        }
    }

    @Test func theOrderOfRowsDoesNotChangeAnyResult() async {
        await propertyCheck(count: 100, input: Self.seeds) { seed in
            let build = RandomWorkspace.make(seed: UInt64(seed))
            var shuffled = build
            var rng = RandomWorkspace.SplitMix(state: UInt64(seed) &+ 1)
            shuffled.answers.shuffle(using: &rng)
            #expect(build.score() == shuffled.score())
        }
    }

    @Test func likeForLikeEqualsTheFullDeltaWhenTheCatalogueDoesNotChange() async {
        await propertyCheck(count: 200, input: Self.seeds) { seed in
            let results = RandomWorkspace.make(seed: UInt64(seed), stableCatalogue: true).score()
            for trend in results.trends {
                #expect(trend.delta == trend.deltaLikeForLike
                    || (trend.delta != nil && trend.deltaLikeForLike != nil && abs(trend.delta! - trend.deltaLikeForLike!) < 1e-9))
                #expect(trend.added.isEmpty && trend.removed.isEmpty)
            }
        }
    }
}
