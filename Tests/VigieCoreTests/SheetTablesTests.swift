import Foundation
import Testing
@testable import VigieCore

/// `vigie report` reads the answers' texts again from their sheets (`AnswerTextMode.fromSheets`), a unit page at a
/// time: a sheet of many units must be read once for all their pages, not once a page, and a sheet changed since the
/// workspace was read must still stop the report.
struct SheetTablesTests {
    static let catalogue = AnswerBatchTests.catalogue

    /// How many times each sheet was read (by the loader, then for texts).
    final class Reads: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [Int: Int] = [:]
        func count(_ sheet: Int) { lock.withLock { counts[sheet, default: 0] += 1 } }
        subscript(sheet: Int) -> Int { lock.withLock { counts[sheet] ?? 0 } }
        var total: Int { lock.withLock { counts.values.reduce(0, +) } }
    }

    /// Units U0…U(n-1) answering C1 (comment "c<unit>") and C2, in one table.
    static func table(file: String, units: Range<Int>, swapped: Bool = false) -> SourceTable {
        var records: [SourceTable.Record] = []
        for n in units {
            let line = 2 + 2 * (n - units.lowerBound)
            records.append(.init(line: line, fields: ["U\(n)", swapped ? "C2" : "C1", "oui", "c\(n)"]))
            records.append(.init(line: line + 1, fields: ["U\(n)", swapped ? "C1" : "C2", "non", ""]))
        }
        return SourceTable(file: file, headerLine: 1, header: ["unit", "criterion", "answer", "comment"], records: records)
    }

    /// The sheets as the workspace loader gives them, each read counted; `tables(sheet, readsSoFar)` gives a read's table.
    static func load(
        sheets: Int, reads: Reads, delay: Double = 0,
        tables: @escaping @Sendable (Int, Int) -> SourceTable
    ) -> AnswerStore {
        let sources = (0..<sheets).map { sheet in
            AnswersLoader.SheetSource(year: 2025) {
                let before = reads[sheet]
                reads.count(sheet)
                if delay > 0 { Thread.sleep(forTimeInterval: delay) }
                return (tables(sheet, before), [])
            }
        }
        let loaded = AnswersLoader.load(sources: sources, catalogue: catalogue, units: nil, texts: .fromSheets)
        #expect(loaded.diagnostics.isEmpty)
        return loaded.answers
    }

    /// The positions of a unit's answers.
    static func positions(_ store: AnswerStore, unit: String) -> [Int] {
        let number = store.unitIDs.firstIndex(of: unit)!
        return (0..<store.count).filter { store.unitNumber(at: $0) == number }
    }

    @Test("the texts of 50 units of one sheet, asked a unit at a time, read the sheet once")
    func oneSheetOfManyUnitsIsReadOnce() throws {
        let reads = Reads()
        let store = Self.load(sheets: 1, reads: reads) { _, _ in Self.table(file: "audits/2025/answers.csv", units: 0..<50) }
        #expect(reads[0] == 1, "the loader's read")
        for n in 0..<50 {
            let texts = try store.texts(at: Self.positions(store, unit: "U\(n)"))
            #expect(texts.count == 2 && texts.values.contains { $0.comment == "c\(n)" })
        }
        #expect(reads[0] == 2, "once for the 50 pages (51 reads before)")
    }

    @Test("the sheets kept are let go when asked: the next texts read the sheet again")
    func keptSheetsDropped() throws {
        let reads = Reads()
        let store = Self.load(sheets: 1, reads: reads) { _, _ in Self.table(file: "a.csv", units: 0..<2) }
        _ = try store.texts(at: Self.positions(store, unit: "U0"))
        _ = try store.texts(at: Self.positions(store, unit: "U1"))
        #expect(reads[0] == 2, "the loader's read, then one for both units")
        store.dropKeptSheets()
        #expect(try store.texts(at: Self.positions(store, unit: "U0")).count == 2)
        #expect(reads[0] == 3, "read again once dropped")
    }

    @Test("threads asking for the same sheet at once read it once")
    func concurrentAsksReadOnce() throws {
        let reads = Reads()
        let store = Self.load(sheets: 1, reads: reads, delay: 0.05) { _, _ in Self.table(file: "a.csv", units: 0..<16) }
        let failures = Reads()
        DispatchQueue.concurrentPerform(iterations: 16) { n in
            if (try? store.texts(at: Self.positions(store, unit: "U\(n)")))?.count != 2 { failures.count(n) }
        }
        #expect(failures.total == 0)
        #expect(reads[0] == 2)
    }

    @Test("the least recently used table is dropped: a sheet per unit, more sheets than are kept")
    func leastRecentlyUsedIsDropped() throws {
        let reads = Reads()
        let kept = SheetTables().capacity
        let store = Self.load(sheets: kept + 2, reads: reads) { sheet, _ in Self.table(file: "s\(sheet).csv", units: sheet..<(sheet + 1)) }
        func ask(_ sheet: Int) throws { #expect(try store.texts(at: Self.positions(store, unit: "U\(sheet)")).count == 2) }
        for sheet in 0..<kept { try ask(sheet) }
        try ask(0) // used again: sheet 1 is now the least recently used
        try ask(kept) // drops sheet 1
        try ask(0)
        #expect(reads[0] == 2, "kept, read once for texts")
        try ask(1)
        #expect(reads[1] == 3, "dropped, read again")
        #expect((2..<kept).allSatisfy { reads[$0] == 2 } && reads[kept] == 2 && reads[kept + 1] == 1)
    }

    @Test("a sheet changed since the loader read it stops the texts, for every unit of it")
    func changedSheetIsReported() throws {
        let reads = Reads()
        // Read again for texts, lines 2 and 3 are swapped (and 4 and 5, 6 and 7).
        let store = Self.load(sheets: 1, reads: reads) { _, before in Self.table(file: "a.csv", units: 0..<3, swapped: before > 0) }
        #expect(throws: SheetChanged(file: "a.csv", line: 2)) { try store.texts(at: Self.positions(store, unit: "U0")) }
        #expect(throws: SheetChanged(file: "a.csv", line: 4)) { try store.texts(at: Self.positions(store, unit: "U1")) }
        #expect(reads[0] == 2, "the changed table is the one kept")
    }

    @Test("a sheet that no longer reads stops the texts and is read again next time")
    func unreadableSheetIsReported() throws {
        let reads = Reads()
        let sources = [
            AnswersLoader.SheetSource(year: 2025) {
                let before = reads[0]
                reads.count(0)
                return before == 1
                    ? (nil, [.error(.unreadable, at: Location(file: "a.csv", line: 1, column: 1))])
                    : (Self.table(file: "a.csv", units: 0..<2), [])
            }
        ]
        let store = AnswersLoader.load(sources: sources, catalogue: Self.catalogue, units: nil, texts: .fromSheets).answers
        #expect(throws: SheetChanged(file: "a.csv", line: 2)) { try store.texts(at: Self.positions(store, unit: "U0")) }
        #expect(try store.texts(at: Self.positions(store, unit: "U1")).count == 2)
        #expect(reads[0] == 3)
    }
}
