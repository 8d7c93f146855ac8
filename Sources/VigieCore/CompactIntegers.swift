/// A column of integers kept in one byte each while every one lies in 0…255, in two from the first that does not
/// while every one lies in 0…65,535, and in four from the first that does not (the column is widened at most twice):
/// criterion numbers (a catalogue of up to 256 criteria) and lines within a sheet, which nearly always fit one.
struct CompactIntegers: Sendable {
    private enum Width { case one, two, four }

    private var bytes: [UInt8] = []
    private var narrow: [UInt16] = []
    private var wide: [Int32] = []
    private var width = Width.one

    var count: Int {
        switch width {
        case .one: bytes.count
        case .two: narrow.count
        case .four: wide.count
        }
    }

    mutating func reserveCapacity(_ count: Int) {
        switch width {
        case .one: bytes.reserveCapacity(count)
        case .two: narrow.reserveCapacity(count)
        case .four: wide.reserveCapacity(count)
        }
    }

    mutating func append(_ value: Int32) {
        if width == .one, let small = UInt8(exactly: value) { return bytes.append(small) }
        if width != .four, let medium = UInt16(exactly: value) {
            if width == .one { widen(to: .two) }
            return narrow.append(medium)
        }
        if width != .four { widen(to: .four) }
        wide.append(value)
    }

    /// Copies the column into the wider form, its capacity kept.
    private mutating func widen(to next: Width) {
        switch (width, next) {
        case (.one, .two):
            narrow.reserveCapacity(Swift.max(bytes.capacity, bytes.count + 1))
            narrow.append(contentsOf: bytes.lazy.map { UInt16($0) })
        case (.one, .four):
            wide.reserveCapacity(Swift.max(bytes.capacity, bytes.count + 1))
            wide.append(contentsOf: bytes.lazy.map { Int32($0) })
        case (.two, .four):
            wide.reserveCapacity(Swift.max(narrow.capacity, narrow.count + 1))
            wide.append(contentsOf: narrow.lazy.map { Int32($0) })
        default:
            preconditionFailure("a column is only widened")
        }
        (bytes, narrow) = ([], next == .four ? [] : narrow)
        width = next
    }

    @inline(__always) subscript(index: Int) -> Int32 {
        switch width {
        case .one: Int32(bytes[index])
        case .two: Int32(narrow[index])
        case .four: wide[index]
        }
    }
}
