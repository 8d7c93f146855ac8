/// A column of integers kept in two bytes each while every one lies in 0…65,535, and in four from the first that
/// does not (the column is widened once): criterion numbers and lines within a sheet, which nearly always fit.
struct CompactIntegers: Sendable {
    private var narrow: [UInt16] = []
    private var wide: [Int32] = []
    private var isWide = false

    var count: Int { isWide ? wide.count : narrow.count }

    mutating func reserveCapacity(_ count: Int) {
        if isWide { wide.reserveCapacity(count) } else { narrow.reserveCapacity(count) }
    }

    mutating func append(_ value: Int32) {
        if !isWide, let small = UInt16(exactly: value) {
            narrow.append(small)
            return
        }
        if !isWide {
            wide.reserveCapacity(Swift.max(narrow.capacity, narrow.count + 1))
            wide.append(contentsOf: narrow.lazy.map { Int32($0) })
            narrow = []
            isWide = true
        }
        wide.append(value)
    }

    @inline(__always) subscript(index: Int) -> Int32 { isWide ? wide[index] : Int32(narrow[index]) }
}
