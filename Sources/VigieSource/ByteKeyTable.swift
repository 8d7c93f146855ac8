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
    /// Per key of at most eight bytes (ids, answer words: nearly all), its bytes packed in one word, compared and
    /// hashed at once; 0 for a longer key.
    @exclusivity(unchecked) private var packedKeys = Buffer<UInt64>()
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
        packedKeys.free()
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
        packedKeys.append(Self.packed(key) ?? 0)
        place(Int32(numbers.count - 1), hash: hash(key))
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
        if let word = Self.packed(key) {
            if hint >= 0 && hint < numbers.count && packedKeys[hint] == word && ends[hint] - starts[hint] == key.count {
                return numbers[hint]
            }
            guard let index = index(ofPacked: word, count: key.count) else { return nil }
            hint = index
            return numbers[index]
        }
        if hint >= 0 && hint < numbers.count && ends[hint] - starts[hint] == key.count && Self.equal(keyBytes.pointer + starts[hint], key) {
            return numbers[hint]
        }
        guard let index = index(of: key) else { return nil }
        hint = index
        return numbers[index]
    }

    private func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        if let word = Self.packed(key) { return index(ofPacked: word, count: key.count) }
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

    /// A key of at most eight bytes: one word compared per slot, no byte loop.
    private func index(ofPacked word: UInt64, count: Int) -> Int? {
        let mask = slots.count - 1
        var slot = Self.hash(packed: word, count: count, slots: slots.count) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if packedKeys[index] == word && ends[index] - starts[index] == count { return index }
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
            place(Int32(index), hash: hash(UnsafeBufferPointer(start: keyBytes.pointer + starts[index], count: ends[index] - starts[index])))
        }
    }

    private func place(_ index: Int32, hash: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    /// Where a key's probe starts, for the table's current size: a short key by its packed word, a longer one by FNV-1a.
    @inline(__always)
    private func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        if let word = Self.packed(key) { return Self.hash(packed: word, count: key.count, slots: slots.count) }
        return Self.hash(key)
    }

    /// Fibonacci hashing of a packed key: the top bits of one multiplication, which every byte of the key reaches.
    @inline(__always)
    private static func hash(packed word: UInt64, count: Int, slots: Int) -> Int {
        let mixed = (word ^ UInt64(truncatingIfNeeded: count) &<< 59) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed &>> UInt64(64 - slots.trailingZeroBitCount))
    }

    /// The bytes of a key of at most eight bytes in one word (the first byte lowest); nil for a longer key.
    @inline(__always)
    private static func packed(_ key: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard key.count <= 8 else { return nil }
        var word: UInt64 = 0
        for offset in 0..<key.count { word |= UInt64(key[offset]) &<< UInt64(offset &* 8) }
        return word
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
