/// Eight bytes at a time: the classic word tests that let the readers skip runs of ordinary bytes (line ends,
/// control bytes) without looking at each. Inlinable: the callers in other modules run them on every word of every file. Each test is exact as a yes/no answer: a borrow can only set a false
/// flag in a byte above one that truly matches.
public enum ByteWord {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether one of the eight bytes is `byte`.
    @inlinable @inline(__always)
    public static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        flags(word, byte) != 0
    }

    /// Whether one of the eight bytes is below `limit` (at most 0x80).
    @inlinable @inline(__always)
    public static func hasByte(_ word: UInt64, below limit: UInt8) -> Bool {
        flagsBelow(word, limit) != 0
    }

    /// The high bit of each byte that may be `byte` (on a little-endian load, the lowest set bit is the first byte
    /// that is; flags above it may be false): zero exactly when none is.
    @inlinable @inline(__always)
    public static func flags(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs
    }

    /// The same for the bytes below `limit` (at most 0x80).
    @inlinable @inline(__always)
    public static func flagsBelow(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highs
    }

    /// From `start`, eight bytes at a time while `flags` flags none of them: the offset of the first flagged byte (the
    /// lowest flag of a word is always a true match), or where fewer than eight bytes are left.
    @inlinable @inline(__always)
    public static func skip(_ bytes: UnsafeRawBufferPointer, from start: Int, flags: (UInt64) -> UInt64) -> Int {
        var i = start
        while i + 8 <= bytes.count {
            let found = flags(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            if found != 0 { return i + found.trailingZeroBitCount / 8 }
            i += 8
        }
        return i
    }
}
