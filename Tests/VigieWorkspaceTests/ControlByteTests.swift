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
            // The sniffer jumps to the lowest flag: it must be the first control byte, never a byte before it.
            let first = bytes.firstIndex { $0 < 0x20 || $0 == 0x7F } ?? 8
            #expect(BinarySniffer.controlFlags(word).trailingZeroBitCount / 8 == first, "\(String(word, radix: 16))")
        }
    }

    /// The sniffer against a byte-by-byte count on text with line ends of every kind, tabs and DEL, in any chunking:
    /// the line of the first NUL byte, and the verdict on control characters.
    @Test func theSnifferAgreesWithAPlainCountInAnyChunking() {
        var state: UInt64 = 0x1234_5678_9ABC_DEF1
        func next() -> UInt64 { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state }
        let alphabet: [UInt8] = Array("abc;\"é".utf8) + [0x0A, 0x0D, 0x09, 0x0C, 0x7F, 0x01, 0x20]
        for _ in 0..<300 {
            var bytes = (0..<(Int(next() % 300) + 4)).map { _ in next() % 3 == 0 ? alphabet[Int(next() % UInt64(alphabet.count))] : 0x61 }
            if next() % 2 == 0 { bytes[Int(next() % UInt64(bytes.count - 1)) + 1] = 0 }
            // The plain count: CR, LF and CRLF each end one line.
            var line = 1, controls = 0, expected: BinarySniffer.Verdict?
            for (index, byte) in bytes.enumerated() {
                if byte == 0 { expected = .nul(line: line); break }
                if byte == 0x0D || (byte == 0x0A && (index == 0 || bytes[index - 1] != 0x0D)) { line += 1 }
                if (byte < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains(byte)) || byte == 0x7F { controls += 1 }
            }
            if expected == nil, controls >= 8, controls * 32 > bytes.count { expected = .controlCharacters }
            let chunk = Int(next() % 40) + 1
            var sniffer = BinarySniffer()
            for start in stride(from: 0, to: bytes.count, by: chunk) {
                bytes[start..<min(start + chunk, bytes.count)].withUnsafeBytes { sniffer.consume($0) }
            }
            #expect(sniffer.verdict(final: true) == expected, "\(bytes) in chunks of \(chunk)")
        }
    }
}
