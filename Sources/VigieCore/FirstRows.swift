/// For the answer loader, by unit-year (its group number) and criterion: the row (global number) that answers it
/// first, or none. A unit-year's rows stand close together in nearly every sheet (a sheet per unit, or one sorted by
/// unit): a row is kept as one byte past the row its unit-year was met at, rather than four (12 MB at 3,000 units ×
/// 100 criteria × 10 years). A row further away than a byte reaches (a sheet of every unit sorted by criterion) is
/// kept whole, aside.
struct FirstRows {
    let criterionCount: Int
    /// By group: the row it was met at; every row of the group comes at or after it.
    private var base: [Int32] = []
    /// By group × criterion: the first row less the group's base, `none` or `far`.
    private var offsets: [UInt8] = []
    /// The rows kept whole, by group × criterion.
    private var far: [Int: Int32] = [:]

    private static let none: UInt8 = 0xFF
    private static let far: UInt8 = 0xFE

    init(criterionCount: Int) { self.criterionCount = criterionCount }

    mutating func reserve(groups: Int) {
        base.reserveCapacity(groups)
        offsets.reserveCapacity(groups * criterionCount)
    }

    /// A new group, met at `row`, none of its criteria answered yet.
    mutating func appendGroup(at row: Int32) {
        base.append(row)
        offsets.append(contentsOf: repeatElement(Self.none, count: criterionCount))
    }

    /// The row that answers `criterion` first in `group`, nil when none has.
    subscript(group: Int, criterion: Int) -> Int32? {
        let slot = group * criterionCount + criterion
        switch offsets[slot] {
        case Self.none: return nil
        case Self.far: return far[slot]
        case let offset: return base[group] + Int32(offset)
        }
    }

    /// `row` answers `criterion` first in `group` (not answered before; `row` is at or after the group's first row).
    mutating func set(group: Int, criterion: Int, row: Int32) {
        let slot = group * criterionCount + criterion
        let offset = row - base[group]
        if offset < Int32(Self.far) {
            offsets[slot] = UInt8(offset)
        } else {
            offsets[slot] = Self.far
            far[slot] = row
        }
    }
}
