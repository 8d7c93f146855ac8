import Testing
@testable import VigieCSV
@testable import VigieWorkspace

/// The binary sniffer skips eight bytes at a time where no control byte is: the word test must agree with a
/// byte-by-byte look at every word.
struct ControlByteTests {
    @Test func theControlByteTestAgreesWithEveryByte() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var words: [UInt64] = [0, ~0, 0x2020_2020_2020_2020, 0x1F << 24, 0x7F << 40, 0x8080_8080_8080_8080, 0xFFFF_FFFF_FFFF_FF20]
        for _ in 0..<20_000 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            // Half of the words keep only bytes from 0x10 to 0x8F, around both limits.
            words.append(state & 1 == 0 ? state : (state & 0x7F7F_7F7F_7F7F_7F7F) | 0x1010_1010_1010_1010)
        }
        for word in words {
            let bytes = (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) }
            #expect(BinarySniffer.hasControlByte(word) == bytes.contains { $0 < 0x20 || $0 == 0x7F }, "\(String(word, radix: 16))")
        }
    }
}
