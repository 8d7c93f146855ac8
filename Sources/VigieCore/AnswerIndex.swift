/// Answers by unit and year: for each audited unit-year, the position in the workspace's `answerStore` of its
/// answer to each criterion (by criterion position), or -1. Built from the store's numbers, no String per answer.
struct AnswerIndex {
    private struct Key: Hashable {
        var unit: Int32
        var year: Int32
    }

    private var places: [Key: AnswerSlots.Place] = [:]
    private var unitNumbers: [String: Int32] = [:]
    private let storage: AnswerSlots.Storage

    init(_ workspace: Workspace) {
        let store = workspace.answerStore
        let criterionCount = workspace.catalogue.criteria.count
        for (number, id) in store.unitIDs.enumerated() where unitNumbers[id] == nil { unitNumbers[id] = Int32(number) }
        // The runs of each unit-year (its answers can lie in several), in the store's order: the first and last of
        // each, and after each run the next of its unit-year (-1: none).
        let runs = Array(store.unitYearRuns)
        var ends: [Key: (first: Int, last: Int)] = [:]
        var order: [Key] = []
        var next = [Int](repeating: -1, count: runs.count)
        for (index, run) in runs.enumerated() {
            let key = Key(unit: Int32(run.unit), year: Int32(run.year))
            if let known = ends[key] {
                next[known.last] = index
                ends[key]!.last = index
            } else {
                ends[key] = (index, index)
                order.append(key)
            }
        }
        var builder = AnswerSlots.Builder(criterionCount: criterionCount, unitYears: order.count)
        var positions = [Int32](repeating: -1, count: criterionCount)
        places.reserveCapacity(order.count)
        for key in order {
            for index in positions.indices { positions[index] = -1 }
            var run = ends[key]!.first
            while run >= 0 {
                for position in runs[run].positions {
                    let criterion = store.criterionNumber(at: position)
                    guard criterion < criterionCount else { continue }  // an id outside the catalogue (answers built in code)
                    positions[criterion] = Int32(position)  // a later row wins, as it did when answers were a list
                }
                run = next[run]
            }
            places[key] = builder.append(positions)
        }
        storage = builder.storage
    }

    /// The answer positions of a unit's year, by criterion position (-1 where there is no row).
    func of(unit: String, year: Int) -> AnswerSlots {
        guard let number = unitNumbers[unit], let place = places[Key(unit: number, year: Int32(year))] else { return storage.none }
        return AnswerSlots(storage: storage, place: place)
    }
}

/// A unit-year's answer positions by criterion position (`subscript`: -1 where there is no row). A unit-year's
/// answers lie close together in the store, mostly one sheet's rows: each position is kept as one byte past the
/// first, rather than four (12 MB at 3,000 units × 100 criteria × 10 years); a unit-year whose answers lie further
/// apart keeps its positions whole.
struct AnswerSlots: Sendable {
    /// Every unit-year's slots, in one array of each width.
    final class Storage: Sendable {
        let narrow: [UInt8]
        let wide: [Int32]
        /// The slots of a unit-year with no answer (the first `criterionCount` of `wide`).
        var none: AnswerSlots { AnswerSlots(storage: self, place: Place(start: 0, first: -1)) }

        init(narrow: [UInt8], wide: [Int32]) {
            self.narrow = narrow
            self.wide = wide
        }
    }

    struct Builder {
        private var narrow: [UInt8] = []
        private var wide: [Int32]

        init(criterionCount: Int, unitYears: Int) {
            narrow.reserveCapacity(criterionCount * unitYears)
            wide = [Int32](repeating: -1, count: criterionCount)
        }

        /// Keeps the slots of a unit-year, its positions by criterion (-1: none): where they stand in the storage.
        mutating func append(_ positions: [Int32]) -> Place {
            var (first, last) = (Int32.max, Int32(-1))
            for position in positions where position >= 0 {
                first = min(first, position)
                last = max(last, position)
            }
            if last < 0 { first = 0 }
            if last - first < Int32(AnswerSlots.missing) {
                let start = Int32(narrow.count)
                for position in positions { narrow.append(position < 0 ? AnswerSlots.missing : UInt8(truncatingIfNeeded: position - first)) }
                return Place(start: start, first: first)
            }
            let start = Int32(wide.count)
            wide.append(contentsOf: positions)
            return Place(start: start, first: -1)
        }

        /// The storage the slots appended so far point into.
        var storage: Storage { Storage(narrow: narrow, wide: wide) }
    }

    /// A narrow slot with no row.
    static let missing: UInt8 = 0xFF

    /// Where a unit-year's slots start in `Storage.narrow` (`first` ≥ 0) or `Storage.wide` (`first` -1), and the
    /// position a narrow slot counts from.
    struct Place {
        var start, first: Int32
    }

    /// Every unit-year's slots, and where this one's stand in them.
    let storage: Storage
    let place: Place

    /// The value of criterion `c` (by catalogue position) in `store`: unanswered when the unit-year has no row for it.
    @inline(__always) func value(_ c: Int, in store: AnswerStore) -> AnswerValue {
        let position = self[c]
        return position < 0 ? .unanswered : store.value(at: Int(position))
    }

    /// The answer position of criterion `c` (by catalogue position), -1 when the unit-year has no row for it.
    @inline(__always) subscript(c: Int) -> Int32 {
        if place.first < 0 { return storage.wide[Int(place.start) + c] }
        let offset = storage.narrow[Int(place.start) + c]
        return offset == Self.missing ? -1 : place.first + Int32(offset)
    }
}
