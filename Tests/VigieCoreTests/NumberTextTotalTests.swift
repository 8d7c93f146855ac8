import Testing
@testable import VigieCore

/// Number formatting is total: any finite Double gives its digits, never a trap (Double → UInt64 overflow).
@Suite("Robustness: number formatting of huge values")
struct NumberTextTotalTests {
    @Test("values past UInt64 after scaling: their integer digits, exactly")
    func huge() {
        #expect(NumberText.canonical(1.85e13) == "18500000000000")
        #expect(NumberText.canonical(1e20) == "100000000000000000000")
        #expect(NumberText.canonical(-2e13) == "-20000000000000")
        #expect(NumberText.canonical(9_007_199_254_740_993.0 * 1024) == "9223372036854775808")
        #expect(NumberText.canonical(.greatestFiniteMagnitude).count == 309)
        #expect(NumberText.canonical(.greatestFiniteMagnitude).hasPrefix("17976931348623157"))
        #expect(NumberText.fixed(1e308, decimals: 1).hasSuffix("8336.0"))
        #expect(NumberText.fixed(-1e19, decimals: 2) == "-10000000000000000000.00")
    }

    @Test("digits of every power of two up to 2^1023 agree with doubling by hand")
    func powersOfTwo() {
        var digits: [UInt8] = [1]  // least significant first
        var value = 1.0
        for _ in 0..<1023 {
            value *= 2
            var carry: UInt8 = 0
            for index in digits.indices {
                let doubled = digits[index] * 2 + carry
                digits[index] = doubled % 10
                carry = doubled / 10
            }
            if carry > 0 { digits.append(carry) }
            #expect(NumberText.integerDigits(value) == digits.reversed().map { $0 + 0x30 })
        }
    }
}
