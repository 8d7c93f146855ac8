import Testing
@testable import VigieCore

/// The store's columns at a canton's size: criterion numbers and lines in one byte, then two, until one does not
/// fit, the unit and year once per run of answers, the domain figures of a unit-year in one array of doubles with the
/// ids shared.
struct CompactColumnsTests {
    /// From one byte to two, from two to four, and from one straight to four.
    @Test("a column of small integers is widened by the first that does not fit one byte, then two, keeping every value",
          arguments: [[0, 255, 7, 256, 65_535, 3, 65_536, -1, Int32.max], [255, 0, -1, 4], [1, 70_000, 2]] as [[Int32]])
    func compactIntegersWiden(_ values: [Int32]) {
        var column = CompactIntegers()
        for (count, value) in values.enumerated() {
            column.append(value)
            #expect(column.count == count + 1)
            #expect((0...count).map { column[$0] } == Array(values[0...count]), "after \(value)")
        }
    }

    /// A sheet sorted by criterion, as HR sort theirs: the units' answers interleave, a run of one answer each.
    @Test("answers of units and years interleaved give each answer its own unit and year back, in runs")
    func runsOfUnitYears() {
        let catalogue = Catalogue(name: "t", domains: [Domain(id: "D", title: "D")],
                                  criteria: [Criterion(id: "C1", domain: "D", title: "1"), Criterion(id: "C2", domain: "D", title: "2")],
                                  levels: Level.defaults)
        let answers = [
            Answer(year: 2024, unit: "A", criterion: "C1", value: .met),
            Answer(year: 2024, unit: "A", criterion: "C2", value: .partial),
            Answer(year: 2024, unit: "B", criterion: "C1", value: .notMet),
            Answer(year: 2024, unit: "A", criterion: "C1", value: .met),
            Answer(year: 2025, unit: "A", criterion: "C2", value: .notApplicable),
            Answer(year: 2025, unit: "B", criterion: "C2", value: .level(2)),
        ]
        let store = AnswerStore(answers, catalogue: catalogue)
        #expect(store.all == answers)
        for (position, answer) in answers.enumerated() {
            #expect(store.unitIDs[store.unitNumber(at: position)] == answer.unit && store.year(at: position) == answer.year)
        }
        let runs = Array(store.unitYearRuns.map { "\($0.positions.lowerBound)..<\($0.positions.upperBound) \(store.unitIDs[$0.unit]) \($0.year)" })
        #expect(runs == ["0..<2 A 2024", "2..<3 B 2024", "3..<4 A 2024", "4..<5 A 2025", "5..<6 B 2025"])
    }

    /// Unit U's two answers lie in two runs, B's between them: scoring finds both (the index reads every run).
    @Test("a unit-year split in two runs is scored on both")
    func aUnitYearInTwoRunsIsScoredWhole() {
        var build = Build(domains: [Domain(id: "D", title: "D")],
                          criteria: [Criterion(id: "C1", domain: "D"), Criterion(id: "C2", domain: "D")])
        build.answer(2025, "U", "C1", .met)
        build.answer(2025, "V", "C1", .notMet)
        build.answer(2025, "U", "C2", .partial)
        build.answer(2025, "V", "C2", .met)
        let results = build.score()
        // U: S = 100 × (1·1 + 1·0.5) / 2 = 75; V: 100 × (1·0 + 1·1) / 2 = 50; both answered in full.
        #expect(close(results.unit("U", 2025)?.score, 75) && close(results.unit("U", 2025)?.coverage, 1))
        #expect(close(results.unit("V", 2025)?.score, 50) && close(results.unit("V", 2025)?.coverage, 1))
    }

    /// A comment of 70,000 lines puts the next answer 70,000 lines further than its place in the sheet (the table
    /// is made in code, its lines as the reader would number them): its line no longer fits two bytes, and its
    /// texts are still found on it. The units alternate, as in a sheet sorted by criterion.
    @Test("texts read again from a sheet whose lines pass two bytes, units interleaved")
    func linesPastTwoBytes() throws {
        let records: [SourceTable.Record] = [
            .init(line: 2, fields: ["U0", "C1", "oui", "first"]),
            .init(line: 3, fields: ["U1", "C1", "non", "long"]),  // its comment's lines are 3…70,002
            .init(line: 70_003, fields: ["U0", "C2", "non", "after"]),
            .init(line: 70_004, fields: ["U1", "C2", "oui", "last"]),
        ]
        let table = SourceTable(file: "audits/2025/answers.csv", headerLine: 1, header: ["unit", "criterion", "answer", "comment"], records: records)
        let store = SheetTablesTests.load(sheets: 1, reads: SheetTablesTests.Reads()) { _, _ in table }
        let texts = try store.texts(at: Array(0..<store.count))
        #expect((0..<store.count).map { texts[$0]?.comment ?? "?" } == ["first", "long", "after", "last"])
        #expect((0..<store.count).map { texts[$0]?.location.line ?? 0 } == [2, 3, 70_003, 70_004])
        #expect(SheetTablesTests.positions(store, unit: "U0") == [0, 2] && SheetTablesTests.positions(store, unit: "U1") == [1, 3])
    }

    @Test("a unit-year's domain figures give back undefined scores and coverages, and compare equal")
    func domainFiguresRoundTrip() {
        let domains = [DomainScore(domain: "A", score: 62.5, coverage: 1), DomainScore(domain: "B", score: nil, coverage: 0.5),
                       DomainScore(domain: "C", score: nil, coverage: nil)]
        let figures = DomainFigures(domains)
        #expect(figures.scores == domains)
        #expect(figures.score(of: "B") == domains[1] && figures.score(of: "Z") == nil)
        #expect(figures == DomainFigures(domains), "undefined figures (NaN inside) compare equal")
        #expect(figures != DomainFigures([domains[0], domains[1], DomainScore(domain: "C", score: 0, coverage: nil)]))
    }

    @Test("a unit-year's domain figures worked out again from its answers are those scored, not started and na included")
    func domainFiguresWorkedOutAgain() {
        var build = Build(domains: [Domain(id: "D", title: "D"), Domain(id: "E", title: "E")],
                          criteria: [Criterion(id: "C1", domain: "D"), Criterion(id: "C2", domain: "D"), Criterion(id: "C3", domain: "E")])
        build.sheet(2025, "U", [("C1", .met), ("C2", .partial), ("C3", .notMet)])
        build.sheet(2025, "V", [("C1", .partial), ("C3", .notApplicable)])  // C2 missing: unanswered
        build.sheet(2025, "W", [("C1", .unanswered), ("C2", .unanswered)])  // no answered row: not started
        let workspace = build.workspace
        // With details (a report's, the JSON's) the figures are worked out from the rows at each read; without
        // (the CSV of scores) they are kept: the same figures either way.
        let reread = Scoring.score(workspace, options: ScoringOptions(details: true)).year(2025)!.units
        let kept = Scoring.score(workspace, options: ScoringOptions(details: false)).year(2025)!.units
        #expect(reread.map(\.keptFigures) == [nil, nil, nil] && kept.allSatisfy { $0.keptFigures != nil })
        #expect(reread.map(\.domains) == kept.map(\.domains))
        // U: S(D) = 100·(1·1 + 1·0.5)/(1 + 1) = 75, coverage 2/2; S(E) = 100·0/1 = 0, coverage 1/1.
        #expect(reread[0].domains == [DomainScore(domain: "D", score: 75, coverage: 1), DomainScore(domain: "E", score: 0, coverage: 1)])
        // V: S(D) = 100·(1·0.5 + 1·0)/(1 + 1) = 25 (C2 unanswered counts 0), coverage 1/2; E only na: no score, coverage 1/1.
        #expect(reread[1].domains == [DomainScore(domain: "D", score: 25, coverage: 0.5), DomainScore(domain: "E", score: nil, coverage: 1)])
        // W not started: no domain score; coverage 0 of each domain's weight.
        #expect(reread[2].notStarted && reread[2].domains.map(\.score) == [nil, nil] && reread[2].domains.map(\.coverage) == [0, 0])
        #expect(reread[1].domain("E") == kept[1].domain("E") && reread[0].domain("Z") == nil)
    }

    @Test("the unit-years of a year share one array of domain ids")
    func domainIDsAreShared() {
        var build = Build(domains: [Domain(id: "D", title: "D"), Domain(id: "E", title: "E")],
                          criteria: [Criterion(id: "C1", domain: "D"), Criterion(id: "C2", domain: "E")])
        for unit in ["U", "V", "W"] { build.sheet(2025, unit, [("C1", .met), ("C2", .partial)]) }
        let units = build.score().year(2025)!.units
        let addresses = Set(units.map { $0.domainFigures.ids.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) } })
        #expect(units.count == 3 && addresses.count == 1)
        #expect(units[0].domains.map(\.domain) == ["D", "E"])
    }
}
