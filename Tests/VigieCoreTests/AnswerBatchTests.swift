import Testing
@testable import VigieCore

/// The answer loader reads sheets in batches and takes each batch in while the next is read: what it finds must
/// not depend on where a batch ends.
struct AnswerBatchTests {
    static let catalogue = Catalogue(name: "t", domains: [Domain(id: "D", title: "D")],
                                     criteria: [Criterion(id: "C1", domain: "D", title: "1"), Criterion(id: "C2", domain: "D", title: "2")],
                                     levels: Level.defaults)

    /// One sheet per unit U0…U(n-1), each answering C1 and C2; the last sheet also answers U0/C1 again.
    static func sheets(_ count: Int) -> [AnswersLoader.Sheet] {
        var sheets: [AnswersLoader.Sheet] = []
        for n in 0..<count {
            var records: [SourceTable.Record] = [.init(line: 2, fields: ["U\(n)", "C1", "oui", "c"]), .init(line: 3, fields: ["U\(n)", "C2", "non", ""])]
            if n == count - 1 { records.append(.init(line: 4, fields: ["U0", "C1", "partiel", "again"])) }
            sheets.append(AnswersLoader.Sheet(year: 2025, table: SourceTable(file: "audits/2025/s\(n).csv", headerLine: 1,
                                                                             header: ["unit", "criterion", "answer", "comment"], records: records)))
        }
        return sheets
    }

    @Test func aDuplicateAcrossBatchesIsFoundAndEveryOtherAnswerKept() {
        let count = AnswersLoader.batchSize + 44  // two batches: the duplicate is in the second, its first answer in the first
        let loaded = AnswersLoader.load(Self.sheets(count), catalogue: Self.catalogue, units: nil)
        let duplicates = loaded.diagnostics.filter { $0.code == "duplicate-answer" }
        #expect(duplicates.count == 1)
        #expect(duplicates.first?.location.description == "audits/2025/s\(count - 1).csv:4:2")
        #expect(duplicates.first?.related?.description == "audits/2025/s0.csv:2:2")
        #expect(loaded.answers.count == 2 * count, "two answers per sheet; the duplicate is left out")
        #expect(loaded.audited[2025]?.count == count)
        // Units numbered in file order, whatever the batches.
        #expect(loaded.answers.unitIDs == (0..<count).map { "U\($0)" })
        #expect(loaded.answers[0] .word == "oui" && loaded.answers[2 * count - 1].unit == "U\(count - 1)")
    }

    @Test func withoutTextsTheValuesAndFindingsAreTheSame() {
        let sheets = Self.sheets(30)
        let full = AnswersLoader.load(sheets, catalogue: Self.catalogue, units: nil, keepTexts: true)
        let lean = AnswersLoader.load(sheets, catalogue: Self.catalogue, units: nil, keepTexts: false)
        #expect(lean.diagnostics == full.diagnostics)
        #expect(lean.audited == full.audited)
        #expect((0..<lean.answers.count).map { lean.answers.value(at: $0) } == (0..<full.answers.count).map { full.answers.value(at: $0) })
        #expect(full.answers.keepsTexts && !lean.answers.keepsTexts)
        #expect(lean.answers[0].comment == "" && full.answers[0].comment == "c")
    }
}
