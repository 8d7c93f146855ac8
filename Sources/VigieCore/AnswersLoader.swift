import Foundation
import VigieSource
import Dispatch
import Synchronization

/// Reads the answer sheets of the year folders against the catalogue and the organisation.
///
/// Two passes. Each sheet's rows are understood on their own, on every core (`decode`, in
/// AnswersLoader+Decode.swift), into compact rows; the sheet's table is dropped right after. Then one pass in file
/// order finds what only the whole workspace shows (duplicates, the units audited, missing answers) and stores
/// the answers that count (`AnswerStore`). Sheets go through in batches, so that only a batch of tables and of
/// compact rows is in memory at a time, whatever the number of sheets.
public enum AnswersLoader {
    /// One answer sheet: the year of its folder and its table.
    public struct Sheet: Sendable {
        public var year: Int
        public var table: SourceTable

        public init(year: Int, table: SourceTable) {
            self.year = year
            self.table = table
        }
    }

    /// An answer sheet read only when the loader gets to it: its year, and how to read its table (nil when it cannot
    /// be read) with the diagnostics of reading: a closure, or its number in a listing that reads every sheet of
    /// the workspace (no object per sheet: a report keeps every sheet's source to read its texts again).
    public struct SheetSource: Sendable {
        private enum Way: Sendable {
            case closure(@Sendable () -> (table: SourceTable?, diagnostics: [Diagnostic]))
            case listed(any SheetListing)
        }

        private let way: Way
        private let number: Int32
        public var year: Int

        public init(year: Int, read: @escaping @Sendable () -> (table: SourceTable?, diagnostics: [Diagnostic])) {
            way = .closure(read)
            number = 0
            self.year = year
        }

        /// Sheet `number` of `listing`.
        public init(year: Int, number: Int, of listing: any SheetListing) {
            way = .listed(listing)
            self.number = Int32(number)
            self.year = year
        }

        /// Reads the sheet's table (nil when it cannot be read), with the diagnostics of reading.
        public var read: @Sendable () -> (table: SourceTable?, diagnostics: [Diagnostic]) {
            switch way {
            case .closure(let read): read
            case .listed(let listing): { [number] in listing.read(Int(number)) }
            }
        }

        /// A sheet already read.
        public init(_ sheet: Sheet) {
            self.init(year: sheet.year) { (sheet.table, []) }
        }
    }

    /// The answer sheets of a workspace, read by their number (see `SheetSource.init(year:number:of:)`).
    public protocol SheetListing: AnyObject, Sendable {
        func read(_ number: Int) -> (table: SourceTable?, diagnostics: [Diagnostic])
    }

    /// How many sheets are read and understood together before their rows are taken in (memory stays bounded).
    static let batchSize = 256

    /// Understands every row of tables already read. See `load(sources:…)`.
    public static func load(_ sheets: [Sheet], catalogue: Catalogue, units: [OrgUnit]?, keepTexts: Bool = true)
        -> (answers: AnswerStore, audited: [Int: Set<String>], diagnostics: [Diagnostic])
    {
        load(sources: sheets.map(SheetSource.init),
             catalogue: catalogue, units: units, keepTexts: keepTexts)
    }

    /// Reads and understands every sheet; answers with an error are left out, answers to a criterion outside
    /// its years are left out with a warning. `units` is nil when the workspace has no units.csv. Without
    /// `keepTexts`, the answers keep their values only (scores), not the words, evidence and comments (reports).
    public static func load(sources: [SheetSource], catalogue: Catalogue, units: [OrgUnit]?, keepTexts: Bool)
        -> (answers: AnswerStore, audited: [Int: Set<String>], diagnostics: [Diagnostic])
    {
        load(sources: sources, catalogue: catalogue, units: units, texts: keepTexts ? .kept : .dropped)
    }

    /// As `load(sources:…keepTexts:)`, the texts kept, dropped, or read again from the sheets when asked (`texts`).
    public static func load(sources: [SheetSource], catalogue: Catalogue, units: [OrgUnit]?, texts mode: AnswerTextMode)
        -> (answers: AnswerStore, audited: [Int: Set<String>], diagnostics: [Diagnostic])
    {
        let keepTexts = mode == .kept
        let context = Context(catalogue: catalogue, units: units)
        let intake = IntakeBox(Intake(context: context, texts: mode))
        // While one batch is read and understood on every core, the previous one is taken in on another thread:
        // the second pass, sequential by nature, then costs no wall time of its own.
        var previous: [Decoded] = []
        var start = 0
        while start < sources.count {
            let batch = Array(sources[start..<min(start + batchSize, sources.count)])
            let taking = DispatchGroup()
            let ready = previous
            if !ready.isEmpty {  // a workspace of one batch (most of them) needs no second thread
                DispatchQueue.global().async(group: taking) { for sheet in ready { intake.value.take(sheet) } }
            }
            previous = ParallelWork.map(batch) { source -> Decoded in
                let read = source.read()
                guard let table = read.table else { return Decoded(diagnostics: read.diagnostics) }
                var decoded = decode(Sheet(year: source.year, table: table), context, keepTexts: keepTexts)
                decoded.diagnostics = read.diagnostics + decoded.diagnostics
                if mode == .fromSheets { decoded.source = source }
                return decoded
            }
            taking.wait()
            if start == 0, sources.count > batch.count {
                // The first batch tells how many rows a sheet holds: the intake's columns are sized once for them all
                // rather than doubled a dozen times, each doubling a copy and fresh pages on the intake's thread.
                let rows = previous.reduce(0) { $0 + $1.rows.count }
                intake.value.reserve(sheets: sources.count, rows: rows * sources.count / batch.count)
            }
            start += batch.count
        }
        for sheet in previous { intake.value.take(sheet) }
        return intake.value.finish()
    }

    /// The second pass's state, handed to the thread that takes a batch in; one thread at a time uses it
    /// (the loader waits for that thread before the next batch), hence `@unchecked Sendable`.
    final class IntakeBox: @unchecked Sendable {
        var value: Intake
        init(_ value: Intake) { self.value = value }
    }

    /// The second pass: takes the sheets' compact rows in file order.
    struct Intake {
        let context: Context
        let catalogue: Catalogue
        let criterionCount: Int
        var diagnostics: [Diagnostic] = []
        var store: AnswerStore
        /// Unit ids by number: units.csv's, then those found only in the answers (numbered in file order).
        var unitIDs: [String]
        var newUnitNumbers: [String: Int32] = [:]
        /// Per sheet taken: where its locations point.
        var sheets: [SheetInfo] = []
        /// The line of every row taken, by global row number, and the sheet that holds it.
        var lines = SheetLines()
        /// Unit-years met: (year, unit) → group; per group its year, unit, first row (of a known unit, else -1),
        /// and per criterion the first row that answers it (`firstRows`).
        var groupOf: [UnitYearKey: Int32] = [:]
        var groupKeys: [UnitYearKey] = []
        var groupFirstRow: [Int32] = []
        /// Per group: whether a row that counts holds an answered value, or a row has an error (something was written,
        /// wrongly): else the unit-year is not started, and gets a note.
        var groupAnswered: [Bool] = []
        var firstRows: FirstRows
        var lastGroup: (key: UnitYearKey, group: Int32)?

        init(context: Context, texts: AnswerTextMode) {
            self.context = context
            catalogue = context.catalogue
            criterionCount = context.catalogue.criteria.count
            firstRows = FirstRows(criterionCount: criterionCount)
            unitIDs = context.unitIDs
            store = AnswerStore(unitIDs: [], criterionIDs: context.criterionIDs, texts: texts)
        }

        /// Room for about `rows` rows of `sheets` sheets, with a sixteenth to spare (memory reserved but not written
        /// costs no resident pages).
        mutating func reserve(sheets sheetCount: Int, rows: Int) {
            let rows = rows + rows / 16, groups = sheetCount + sheetCount / 16
            store.reserve(rows, sheets: sheetCount)
            sheets.reserveCapacity(sheetCount)
            groupOf.reserveCapacity(groups)
            groupKeys.reserveCapacity(groups)
            groupFirstRow.reserveCapacity(groups)
            groupAnswered.reserveCapacity(groups)
            firstRows.reserve(groups: groups)
        }

        /// The group of `key`, met first at `row` when new.
        mutating func group(_ key: UnitYearKey, row: Int32) -> Int {
            if let last = lastGroup, last.key == key { return Int(last.group) }
            let group: Int32
            if let known = groupOf[key] {
                group = known
            } else {
                group = Int32(groupKeys.count)
                groupOf[key] = group
                groupKeys.append(key)
                groupFirstRow.append(-1)
                groupAnswered.append(false)
                firstRows.appendGroup(at: row)
            }
            lastGroup = (key, group)
            return Int(group)
        }

        /// Where a row (by global number) stands, in its unit or criterion column.
        func location(row: Int32, column: KeyPath<SheetInfo, Int?>) -> Location {
            let number = lines.sheet(of: Int(row))
            let sheet = sheets[number]
            return sheet.location(line: lines.line(of: Int(row), sheet: number), column: sheet[keyPath: column] ?? 0)
        }

        mutating func take(_ sheet: Decoded) {
            diagnostics += sheet.diagnostics
            guard let info = sheet.info else { return }
            let year = Int32(info.year)
            let base = Int32(lines.count)
            if lines.beginSheet() { sheets.append(info) } else { sheets[sheets.count - 1] = info }
            store.beginSheet(sheet.source!)
            for row in sheet.rows { lines.append(line: row.line) }
            // The sheet's own numbering of units outside units.csv, to the workspace's.
            let localNumbers: [Int32] = sheet.localUnits.map { id in
                if let known = newUnitNumbers[id] { return known }
                let number = Int32(unitIDs.count)
                newUnitNumbers[id] = number
                unitIDs.append(id)
                return number
            }
            // Indices rather than iterators: a warning or a row's texts is looked at in place, never copied out.
            var nextWarning = 0, nextText = 0
            for (index, row) in sheet.rows.enumerated() {
                let global = base + Int32(index)
                let number = row.unit >= 0 ? row.unit : (row.unit == Row.noUnit ? -1 : localNumbers[Int(-row.unit - 1)])
                var valid = row.isValid
                // The row's unit-year, looked up once (a row with a criterion or a known unit has one).
                let unitYear = row.criterion >= 0 || row.isUnitKnown ? group(UnitYearKey(year: year, unit: number), row: global) : -1
                if row.criterion >= 0 {
                    if let first = firstRows[unitYear, Int(row.criterion)] {
                        let id = catalogue.criteria[Int(row.criterion)].id
                        let firstLocation = location(row: first, column: \.criterionColumn)
                        diagnostics.append(.error(.duplicateAnswer(unit: unitIDs[Int(number)], criterion: id, year: Int(year), first: firstLocation),
                                                  at: location(row: global, column: \.criterionColumn), related: firstLocation, criterion: id))
                        valid = false
                    } else {
                        firstRows.set(group: unitYear, criterion: Int(row.criterion), row: global)
                    }
                }
                // An unknown unit is already an error: it is not audited, and gets no warning about missing answers.
                if row.isUnitKnown {
                    if !row.isValid { groupAnswered[unitYear] = true }
                    if groupFirstRow[unitYear] < 0 {
                        groupFirstRow[unitYear] = global
                        if row.isUnitOutsideYears, Int(number) < context.units.count {
                            let unit = context.units[Int(number)]
                            diagnostics.append(.warning(.unitOutOfYears(unit: unit.id, since: unit.since, until: unit.until, year: Int(year)),
                                                        at: location(row: global, column: \.unitColumn)))
                        }
                    }
                }
                let text = row.hasAnswer ? nextText : -1
                if row.hasAnswer { nextText += 1 }
                while nextWarning < sheet.warnings.count, sheet.warnings[nextWarning].row == index {
                    if valid { diagnostics.append(sheet.warnings[nextWarning].diagnostic) }
                    nextWarning += 1
                }
                guard valid, row.hasAnswer else { continue }
                let value = AnswerValue(code8: row.value)
                if value.isAnswered { groupAnswered[unitYear] = true }
                store.append(unit: number, year: Int(year), criterion: row.criterion, value: value, texts: sheet.texts[text], line: row.line)
            }
        }

        consuming func finish() -> (answers: AnswerStore, audited: [Int: Set<String>], diagnostics: [Diagnostic]) {
            store.appendUnitIDs(unitIDs)
            var audited: [Int: Set<String>] = [:]
            var rows: [(group: Int, id: String)] = []
            for group in groupKeys.indices where groupFirstRow[group] >= 0 {
                let key = groupKeys[group]
                rows.append((group, unitIDs[Int(key.unit)]))
                audited[Int(key.year), default: []].insert(unitIDs[Int(key.unit)])
            }
            rows.sort { (groupKeys[$0.group].year, $0.id) < (groupKeys[$1.group].year, $1.id) }
            // A criterion of the year that a unit with answers did not answer: one warning per unit and year.
            // A unit-year with no answered row is not started (a fresh template): one note, no warning.
            var applying: [Int32: [Int]] = [:]
            for row in rows {
                let year = groupKeys[row.group].year
                guard groupAnswered[row.group] else {
                    diagnostics.append(.note(.notStarted(unit: row.id, year: Int(year)), at: location(row: groupFirstRow[row.group], column: \.unitColumn)))
                    continue
                }
                let positions = applying[year] ?? catalogue.criteria.indices.filter { catalogue.criteria[$0].applies(in: Int(year)) }
                applying[year] = positions
                let missing = positions.filter { firstRows[row.group, $0] == nil }.map { catalogue.criteria[$0].id }
                if !missing.isEmpty {
                    diagnostics.append(.warning(.missingAnswers(unit: row.id, year: Int(year), criteria: missing),
                                                at: location(row: groupFirstRow[row.group], column: \.unitColumn)))
                }
            }
            return (store, audited, diagnostics)
        }
    }

    struct UnitYearKey: Hashable {
        var year, unit: Int32
    }

    /// What every sheet is read against (a class: shared by the threads without copies).
    final class Context: Sendable {
        let catalogue: Catalogue
        let hasUnits: Bool
        let unitIDs: [String]
        /// The same positions by String, for an id written in another Unicode form than units.csv's.
        let unitsByText: CanonicalIDIndex
        /// The units of units.csv, by position.
        let units: [OrgUnit]
        /// Positions of the units of units.csv, of the criteria, and the values of the answer words as listed.
        let unitNumbers, criterionNumbers, words: ByteKeyTable
        let criterionIDs: [String]
        /// By criterion position: its scale and whether it asks for evidence.
        let scales: [Scale]
        let requiresEvidence: [Bool]
        let suggestions = SuggestionCache()
        /// The columns of the headers read so far without a finding, by their names as written.
        let cleanHeaders = CleanHeaders()

        init(catalogue: Catalogue, units: [OrgUnit]?) {
            self.catalogue = catalogue
            hasUnits = units != nil
            self.units = units ?? []
            unitIDs = self.units.map(\.id)
            unitsByText = CanonicalIDIndex(unitIDs)
            unitNumbers = ByteKeyTable(unitIDs)
            criterionIDs = catalogue.criteria.map(\.id)
            criterionNumbers = ByteKeyTable(criterionIDs)
            let words = ByteKeyTable()
            for (word, value) in AnswerVocabulary.words.sorted(by: { $0.key < $1.key }) { words.insert(word, number: Int32(value.code8)) }
            self.words = words
            scales = catalogue.criteria.map(\.scale)
            requiresEvidence = catalogue.criteria.map(\.requiresEvidence)
        }
    }
}

/// The columns of the headers read so far without a finding, shared by the threads that read sheets. An `NSLock`,
/// not Synchronization's `Mutex`: ThreadSanitizer (make test-tsan) does not see the futex under a `Mutex` on Linux
/// and calls every access through it a race.
final class CleanHeaders: @unchecked Sendable {
    private let lock = NSLock()
    private var columns: [[String]: [SheetColumn: Int]] = [:]

    subscript(header: [String]) -> [SheetColumn: Int]? {
        get { lock.withLock { columns[header] } }
        set { lock.withLock { columns[header] = newValue } }
    }
}
