/// A hash table from short byte strings (UTF-8 ids, answer words) to numbers, looked up with the bytes of a cell:
/// no String is made and no Unicode-aware hashing is done on the hot path of the answer loader.
/// Keys are compared byte for byte (so `"é"` written precomposed and decomposed are different keys, as in a
/// `[String: …]` dictionary they would not be: callers fall back to their String path when a look-up fails).
///
/// Storage is held in buffers the table owns, so that a look-up costs no reference counting: several threads
/// share one table (read only) while they read answer sheets. Mutated only before it is shared, hence
/// `@unchecked Sendable`, and its properties skip the run-time exclusivity checks (`@exclusivity(unchecked)`) that
/// would otherwise cost more than a look-up.
public final class ByteKeyTable: @unchecked Sendable {
    @exclusivity(unchecked) private var keyBytes = Buffer<UInt8>()
    /// Per key: start and end in `keyBytes`, and its number.
    @exclusivity(unchecked) private var starts = Buffer<Int>()
    @exclusivity(unchecked) private var ends = Buffer<Int>()
    @exclusivity(unchecked) private var numbers = Buffer<Int32>()
    /// Open addressing: slot → key index, -1 when empty. The size is a power of two, at most half full.
    @exclusivity(unchecked) private var slots: UnsafeMutableBufferPointer<Int32>

    public init() {
        slots = .allocate(capacity: 16)
        slots.initialize(repeating: -1)
    }

    /// A table of `keys`, each numbered by its position; a repeated key keeps its first number.
    public convenience init(_ keys: [String]) {
        self.init()
        for (number, key) in keys.enumerated() { insert(key, number: Int32(number)) }
    }

    deinit {
        keyBytes.free()
        starts.free()
        ends.free()
        numbers.free()
        slots.deallocate()
    }

    public var count: Int { numbers.count }

    /// Adds a key unless present; returns whether it was added.
    @discardableResult
    public func insert(_ key: String, number: Int32) -> Bool {
        var key = key
        return key.withUTF8 { insert($0, number: number) }
    }

    @discardableResult
    func insert(_ key: UnsafeBufferPointer<UInt8>, number: Int32) -> Bool {
        if lookup(key) != nil { return false }
        if (numbers.count + 1) * 2 > slots.count { grow() }
        starts.append(keyBytes.count)
        for byte in key { keyBytes.append(byte) }
        ends.append(keyBytes.count)
        numbers.append(number)
        place(Int32(numbers.count - 1), hash: Self.hash(key))
        return true
    }

    /// The number of a key, or nil.
    func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        index(of: key).map { numbers[$0] }
    }

    /// The number of a key, trying first the key at index `hint` (keys are indexed in insertion order): the loader
    /// passes the unit found on the previous row, or the criterion after it, and most rows need no hashing.
    /// `hint` becomes the index of the key found.
    func lookup(_ key: UnsafeBufferPointer<UInt8>, hint: inout Int) -> Int32? {
        if hint >= 0 && hint < numbers.count && ends[hint] - starts[hint] == key.count && Self.equal(keyBytes.pointer + starts[hint], key) {
            return numbers[hint]
        }
        guard let index = index(of: key) else { return nil }
        hint = index
        return numbers[index]
    }

    private func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            let start = starts[index]
            if ends[index] - start == key.count && Self.equal(keyBytes.pointer + start, key) { return index }
            slot = (slot + 1) & mask
        }
    }

    public func lookup(_ key: String) -> Int32? {
        var key = key
        return key.withUTF8 { lookup($0) }
    }

    /// The number of a key given as the bytes of a cell (`SourceCells.withTrimmedSpan`), or nil.
    @inline(__always)
    public func lookup(_ key: Span<UInt8>) -> Int32? {
        key.withUnsafeBufferPointer { lookup($0) }
    }

    /// `lookup(_:hint:)` for the bytes of a cell.
    @inline(__always)
    public func lookup(_ key: Span<UInt8>, hint: inout Int) -> Int32? {
        key.withUnsafeBufferPointer { lookup($0, hint: &hint) }
    }

    private func grow() {
        slots.deallocate()
        slots = .allocate(capacity: slots.count * 2)
        slots.initialize(repeating: -1)
        for index in 0..<numbers.count {
            place(Int32(index), hash: Self.hash(UnsafeBufferPointer(start: keyBytes.pointer + starts[index], count: ends[index] - starts[index])))
        }
    }

    private func place(_ index: Int32, hash: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    /// FNV-1a, 64 bits.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: value ^ (value >> 29))
    }

    @inline(__always)
    private static func equal(_ stored: UnsafeMutablePointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<key.count where stored[offset] != key[offset] { return false }
        return true
    }

    /// A growable buffer of trivial values, freed by its owner.
    private struct Buffer<Element> {
        private(set) var pointer = UnsafeMutablePointer<Element>.allocate(capacity: 8)
        private var capacity = 8
        private(set) var count = 0

        mutating func append(_ element: Element) {
            if count == capacity {
                let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
                bigger.moveInitialize(from: pointer, count: count)
                pointer.deallocate()
                pointer = bigger
                capacity *= 2
            }
            (pointer + count).initialize(to: element)
            count += 1
        }

        subscript(index: Int) -> Element { pointer[index] }

        func free() { pointer.deallocate() }
    }
}
