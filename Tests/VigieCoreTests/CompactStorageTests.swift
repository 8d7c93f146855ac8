import Testing
@testable import VigieCore
import VigieSource

/// The compact forms the loader keeps millions of: cells as bytes, answers by columns (ids looked up by bytes:
/// VigieSourceTests).
struct CompactStorageTests {
    @Test(arguments: [AnswerValue.met, .partial, .notMet, .notApplicable, .unanswered, .level(0), .level(1), .level(2), .level(3), .level(4)])
    func everyAnswerValueSurvivesItsOneByteCode(_ value: AnswerValue) {
        #expect(AnswerValue(code8: value.code8) == value)
    }

    @Test func anAnswerStoreGivesBackTheAnswersItWasGiven() {
        let catalogue = Catalogue(name: "t", domains: [Domain(id: "D", title: "D")],
                                  criteria: [Criterion(id: "C1", domain: "D", title: "1"), Criterion(id: "C2", domain: "D", title: "2")],
                                  levels: Level.defaults)
        let answers = [
            Answer(year: 2024, unit: "B", criterion: "C2", value: .partial, word: "partiel", evidence: "https://x", comment: "a\nb",
                   assessor: "RH", date: "01.02.2024", isoDate: "2024-02-01", location: Location(file: "audits/2024/b.csv", line: 3, column: 1)),
            Answer(year: 2025, unit: "A", criterion: "C1", value: .level(3)),
            // A criterion outside the catalogue (answers built in code) keeps its id.
            Answer(year: 2025, unit: "B", criterion: "ELSEWHERE", value: .met),
        ]
        let store = AnswerStore(answers, catalogue: catalogue, unitIDs: ["A"])
        #expect(store.all == answers)
        #expect(store.unitIDs == ["A", "B"], "units.csv's ids first, then the others in order of appearance")
        #expect(store.unitNumber(at: 0) == 1 && store.unitNumber(at: 1) == 0)
        #expect(store.criterionNumber(at: 0) == 1 && store.criterionNumber(at: 2) == 2)
        #expect(store.value(at: 1) == .level(3) && store.year(at: 1) == 2025)
    }

    @Test func aStoreWithoutTextsKeepsValuesOnly() {
        var store = AnswerStore(unitIDs: [], criterionIDs: ["C1"], keepTexts: false)
        store.append(unit: 0, year: 2024, criterion: 0, value: .met,
                     texts: AnswerStore.Texts(word: "oui", evidence: "e", comment: "c", assessor: "a", date: "", isoDate: nil,
                                              location: Location(file: "f.csv", line: 2, column: 1)))
        store.appendUnitIDs(["U"])
        #expect(!store.keepsTexts)
        #expect(store[0] == Answer(year: 2024, unit: "U", criterion: "C1", value: .met))
    }

    /// The byte path of a cell must read exactly what the String path reads: `trimmedCSV`, then line ends as LF.
    @Test(arguments: [
        "plain", "  spaced\t", "\u{00A0}no-break\u{00A0}", "\u{FEFF}bom", "line\r\nbreak", "cr\ronly", " \r\n ", "",
        "é", " é ", "e\u{301}", "tab\tinside", "\u{2003}em space", "x\u{2003}", "\n\nlf\n", "a\u{0085}",
    ])
    func aCellReadAsBytesIsTheCellReadAsText(_ raw: String) {
        let table = SourceTable(file: "t.csv", headerLine: 1, header: ["a"], records: [.init(line: 2, fields: [raw])])
        let record = table.records[0]
        let expected = raw.trimmedCSV.withLFLineEnds
        #expect(table.text(record, at: 0) == expected)
        #expect(table.withBytes(record, at: 0) { Array($0) } == Array(expected.utf8))
        #expect(table.fields(record) == [raw])
        #expect(table.text(record, at: 1) == "", "a short record reads its missing fields as empty")
    }
}

extension Array where Element == UInt8 {
    /// The bytes of a cell as `SourceTable.withBytes` hands them.
    init(_ span: Span<UInt8>) { self = (0..<span.count).map { span[$0] } }
}
