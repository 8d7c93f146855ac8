import Foundation
import VigieSource

/// What the answers keep of their texts (word, evidence, comment, assessor, date, place): nothing (scores), every
/// text packed in memory (JSON, templates), or only each answer's line, its texts read again from its sheet when a
/// page needs them (reports: memory that does not grow with the answers).
public enum AnswerTextMode: Sendable, Equatable {
    case dropped
    case kept
    case fromSheets
}

/// The sheet an answer's texts are read again from changed since the workspace was read: the report it would
/// write could mix two versions of the sheet.
public struct SheetChanged: Error, Equatable, CustomStringConvertible {
    /// The sheet as messages name it (the worksheet too, for a workbook's), and the line of the answer read first.
    public var file: String
    public var line: Int

    public var description: String {
        "\(file): the file changed while the report was being written (line \(line) no longer holds the answer read at first); "
            + "nothing was written: run the command again"
    }
}

/// The answers' places in their sheets, for texts read again when asked (`AnswerTextMode.fromSheets`): per sheet its
/// reader, and each answer's line (`SheetLines`, the answers of every sheet numbered as the store numbers them). The
/// last few sheets read are kept (`SheetTables`): a sheet of many units is read once for their pages, not once a
/// page.
struct SheetTexts: Sendable {
    private var sources: [AnswersLoader.SheetSource] = []
    /// Shared by the copies of the store: a sheet's number stays that sheet's (sheets are only appended).
    private let tables = SheetTables()
    /// The line of each answer, by store position.
    private var lines = SheetLines()

    /// The answers appended from now on come from `source`.
    mutating func beginSheet(_ source: AnswersLoader.SheetSource) {
        if lines.beginSheet() {
            sources.append(source)
        } else {
            // The sheet replaced had no answer: no page asks for its texts, so no table of it is ever kept.
            sources[sources.count - 1] = source
        }
    }

    mutating func append(line: Int32) { lines.append(line: line) }

    mutating func reserve(sheets: Int) { sources.reserveCapacity(sheets) }

    /// The line of the answer at `position`, of `sheet`.
    private func lineOfAnswer(at position: Int, sheet: Int) -> Int { lines.line(of: position, sheet: sheet) }

    /// Lets go of the tables kept: the pages that read texts are written (a year's sheet of every unit is large).
    func dropKeptTables() { tables.removeAll() }

    /// The texts of the answers at `positions` of `store`, each sheet read once; throws when a sheet no longer holds
    /// what was read first (the answer's criterion and value on its line).
    func texts(at positions: [Int], store: AnswerStore) throws(SheetChanged) -> [Int: AnswerStore.Texts] {
        var bySheet: [Int: [Int]] = [:]
        for position in positions { bySheet[sheet(of: position), default: []].append(position) }
        var texts: [Int: AnswerStore.Texts] = [:]
        texts.reserveCapacity(positions.count)
        for (sheet, answers) in bySheet.sorted(by: { $0.key < $1.key }) {
            let (table, columns) = try tables.table(sheet) { () throws(SheetChanged) in
                let read = sources[sheet].read()
                guard let table = read.table, !read.diagnostics.hasErrors else {
                    let place = read.table?.headerLocation ?? read.diagnostics.first { $0.severity == .error }?.location
                    throw SheetChanged(file: place.map(Self.name) ?? "?", line: lineOfAnswer(at: answers[0], sheet: sheet))
                }
                return (table, TextColumns(SheetColumn.positions(in: table).positions))
            }
            var dates = DateMemo()
            for position in answers {
                let line = lineOfAnswer(at: position, sheet: sheet)
                guard let record = Self.record(at: line, in: table),
                    Self.holds(table, record, columns.criterion, store.criterionIDs[store.criterionNumber(at: position)])
                else { throw SheetChanged(file: Self.name(table.headerLocation), line: line) }
                // The word made once: checked against the value read first, then kept with the other texts.
                let word = table.text(record, at: columns.answer)
                guard AnswerVocabulary.value(of: word) == store.value(at: position) else {
                    throw SheetChanged(file: Self.name(table.headerLocation), line: line)
                }
                texts[position] = AnswerStore.Texts(table, record, columns: columns, word: word, dates: &dates)
            }
        }
        return texts
    }

    /// Whether the cell at `column` of `record` still reads `id`: its bytes compared first, without a String made;
    /// only cells whose bytes differ are compared as Strings (a criterion written in another Unicode normal form
    /// than the catalogue's is still the same id, as it was when the sheet was read first).
    private static func holds(_ table: SourceTable, _ record: SourceTable.Record, _ column: Int?, _ id: String) -> Bool {
        var id = id
        let same = id.withUTF8 { expected in
            table.withBytes(record, at: column) { cell in cell.withUnsafeBufferPointer { $0.elementsEqual(expected) } }
        }
        return same || table.text(record, at: column) == id
    }

    /// A sheet's file, and its worksheet for a workbook's.
    private static func name(_ place: Location) -> String {
        place.sheet.map { "\(place.file) (\($0))" } ?? place.file
    }

    /// The sheet (its number) that holds the answer at `position`.
    private func sheet(of position: Int) -> Int { lines.sheet(of: position) }

    /// The record that starts on `line` (records are in line order).
    private static func record(at line: Int, in table: SourceTable) -> SourceTable.Record? {
        var low = 0, high = table.records.count
        while low < high {
            let middle = (low + high) / 2
            if table.records[middle].line < line { low = middle + 1 } else { high = middle }
        }
        return low < table.records.count && table.records[low].line == line ? table.records[low] : nil
    }
}

/// The sheets of `SheetTexts` read last, with their text columns, so that the unit pages of a sheet of many units
/// (one `answers.csv` a year) read it once rather than once a page. Pages are rendered in year and unit order, so
/// the pages rendered at once need one sheet, two at a year's turn: two tables kept, the least recently used dropped
/// before another is read (a year's sheet of 300 units holds some 10 MiB, of 3,000 some 100: as many held as when
/// two pages read theirs at once). With a sheet per unit nothing is found again: a look-up costs a lock and a glance.
/// A sheet asked for while another thread reads it is waited for, not read twice. Only tables read without error
/// are kept, and each page still checks its answers against the table: a sheet changed before it was read again
/// still stops the report, and the pages that share a table show the same version of the sheet.
final class SheetTables: @unchecked Sendable {
    typealias Entry = (table: SourceTable, columns: TextColumns)

    /// At most as many tables held as this (each as large as its sheet).
    let capacity: Int
    /// NSCondition rather than Mutex: TSan in this toolchain flags the latter.
    private let condition = NSCondition()
    /// Least recently used first.
    private var entries: [(sheet: Int, entry: Entry)] = []
    /// The sheets being read now (by the thread that asked first).
    private var reading: Set<Int> = []

    init(capacity: Int = 2) { self.capacity = capacity }

    /// Drops every table kept; a sheet asked for afterwards is read again.
    func removeAll() {
        condition.lock()
        entries.removeAll()
        condition.unlock()
    }

    /// The table of `sheet`, kept or read with `read` (not under the lock: other sheets are read meanwhile).
    func table(_ sheet: Int, read: () throws(SheetChanged) -> Entry) throws(SheetChanged) -> Entry {
        condition.lock()
        while true {
            if let index = entries.firstIndex(where: { $0.sheet == sheet }) {
                let found = entries.remove(at: index)
                entries.append(found)
                condition.unlock()
                return found.entry
            }
            guard reading.contains(sheet) else { break }
            condition.wait()
        }
        // Room made first: no more tables held than `capacity` while this one is read.
        let over = entries.count + reading.count + 1 - capacity
        if over > 0 { entries.removeFirst(min(over, entries.count)) }
        reading.insert(sheet)
        condition.unlock()
        let result: Result<Entry, SheetChanged>
        do throws(SheetChanged) { result = .success(try read()) } catch { result = .failure(error) }
        condition.lock()
        reading.remove(sheet)
        if case .success(let entry) = result {
            entries.append((sheet, entry))
            if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        }
        // A failed read is not kept: whoever waited for it reads the sheet again (and finds the same error).
        condition.broadcast()
        condition.unlock()
        return try result.get()
    }
}

/// The columns of a sheet that an answer's texts come from, looked up once per sheet rather than once per text.
struct TextColumns {
    let criterion, answer, evidence, comment, assessor, date: Int?

    init(_ columns: [SheetColumn: Int]) {
        (criterion, answer, evidence) = (columns[.criterion], columns[.answer], columns[.evidence])
        (comment, assessor, date) = (columns[.comment], columns[.assessor], columns[.date])
    }
}

extension AnswerStore.Texts {
    /// The texts of a sheet's row, as the answer loader keeps them.
    init(_ table: SourceTable, _ record: SourceTable.Record, columns: [SheetColumn: Int]) {
        self.init(table, record, columns: TextColumns(columns))
    }

    init(_ table: SourceTable, _ record: SourceTable.Record, columns: TextColumns) {
        var dates = DateMemo()
        self.init(table, record, columns: columns, word: table.text(record, at: columns.answer), dates: &dates)
    }

    /// The same, with the answer's `word` already read from the row, and its date read as `dates` last read it when
    /// it is written the same way (the rows of a sheet mostly share one date).
    init(_ table: SourceTable, _ record: SourceTable.Record, columns: TextColumns, word: String, dates: inout DateMemo) {
        let date = table.text(record, at: columns.date)
        self.init(
            word: word, evidence: table.text(record, at: columns.evidence),
            comment: table.text(record, at: columns.comment), assessor: table.text(record, at: columns.assessor),
            date: date, isoDate: dates.iso(date), location: table.location(record))
    }
}

/// `ValueParsing.isoDate` of the date read last, remembered.
typealias DateMemo = LastResult<String, String?>

extension LastResult<String, String?> {
    mutating func iso(_ date: String) -> String? {
        date.isEmpty ? nil : value(for: date, same: { $0.sameBytes($1) }, ValueParsing.isoDate)
    }
}
