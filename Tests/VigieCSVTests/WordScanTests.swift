import Testing
@testable import VigieCSV

/// The reader skips eight bytes at a time where no line end can be: the word test must agree with a byte-by-byte
/// look at every word.
struct WordScanTests {
    @Test func theLineEndTestAgreesWithEveryByte() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var words: [UInt64] = [0, ~0, 0x0A, 0x0D << 56, 0x0B0B_0B0B_0B0B_0B0B, 0x0C0C_0C0C_0C0C_0C0C, 0x8A8D_8A8D_8A8D_8A8D, 0x0909_0909_0909_0909]
        for _ in 0..<20_000 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            // Bytes drawn near 0x0A and 0x0D half of the time, to meet borrows between neighbours.
            words.append(state & 1 == 0 ? state : state & 0x0F0F_0F0F_0F0F_0F0F)
        }
        for word in words {
            let bytes = (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) }
            #expect(LibCSVTokenizer.hasLineEnd(word) == bytes.contains { $0 == 0x0A || $0 == 0x0D }, "\(String(word, radix: 16))")
            // The reader jumps to the lowest flag: it must be the first line end, never a byte before it.
            let first = bytes.firstIndex { $0 == 0x0A || $0 == 0x0D } ?? 8
            #expect(LibCSVTokenizer.lineEndFlags(word).trailingZeroBitCount / 8 == first, "\(String(word, radix: 16))")
        }
    }
}
