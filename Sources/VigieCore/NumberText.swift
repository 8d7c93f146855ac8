/// Numbers as text for machines: `.` as decimal separator, no exponent, at most six decimals.
public enum NumberText {
    /// Up to `decimals` decimals, trailing zeros dropped: 62.5, 0.833333, 100.
    public static func canonical(_ value: Double, decimals: Int = 6) -> String {
        var bytes: [UInt8] = []
        appendCanonical(value, decimals: decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `canonical` written as ASCII bytes at the end of `bytes` (nothing for a value that is not finite).
    public static func appendCanonical(_ value: Double, decimals: Int = 6, to bytes: inout [UInt8]) {
        guard value.isFinite else { return }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        if scaled == 0 {
            bytes.append(0x30)
            return
        }
        // Beyond UInt64 the decimals are below a Double's precision anyway: the integer part, exactly.
        guard abs(scaled) < Self.exactLimit else {
            if value < 0 { bytes.append(0x2D) }
            bytes += integerDigits(abs(value).rounded())
            return
        }
        let magnitude = UInt64(abs(scaled))
        let unit = UInt64(scale)
        var fraction = magnitude % unit
        var fractionDigits = decimals
        while fractionDigits > 0 && fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        if scaled < 0 { bytes.append(0x2D) }
        appendDigits(magnitude / unit, minimum: 1, to: &bytes)
        if fractionDigits > 0 {
            bytes.append(0x2E)
            appendDigits(fraction, minimum: fractionDigits, to: &bytes)
        }
    }

    /// 2^63: below it a scaled value converts to UInt64 exactly.
    static let exactLimit = 9_223_372_036_854_775_808.0

    /// The decimal digits of a finite, non-negative whole Double of any size (up to 1.8e308), without exponent:
    /// its significand doubled `exponent` times in base 10^9 limbs.
    static func integerDigits(_ value: Double) -> [UInt8] {
        guard value >= 1 else { return [0x30] }
        let exponent = Int(value.exponent) - Double.significandBitCount
        var significand = value.significandBitPattern | (1 << UInt64(Double.significandBitCount))
        var shift = exponent
        while shift < 0 {
            significand >>= 1
            shift += 1
        }
        let base: UInt64 = 1_000_000_000
        var limbs: [UInt64] = []  // least significant first
        while significand > 0 {
            limbs.append(significand % base)
            significand /= base
        }
        while shift > 0 {
            let step = min(shift, 30)
            var carry: UInt64 = 0
            for index in limbs.indices {
                let product = limbs[index] << UInt64(step) + carry
                limbs[index] = product % base
                carry = product / base
            }
            while carry > 0 {
                limbs.append(carry % base)
                carry /= base
            }
            shift -= step
        }
        var bytes: [UInt8] = []
        appendDigits(limbs.last!, minimum: 1, to: &bytes)
        for limb in limbs.dropLast().reversed() { appendDigits(limb, minimum: 9, to: &bytes) }
        return bytes
    }

    /// The decimal digits of a number, zero-padded on the left to `minimum` digits.
    private static func appendDigits(_ value: UInt64, minimum: Int, to bytes: inout [UInt8]) {
        var count = 1
        var power: UInt64 = 1
        while power <= value / 10 {
            power *= 10
            count += 1
        }
        for _ in count..<max(count, minimum) { bytes.append(0x30) }
        var rest = value
        while power > 0 {
            bytes.append(UInt8(0x30 + rest / power))
            rest %= power
            power /= 10
        }
    }

    /// Fixed decimals, `.` separator: 62.5 → "62.5" with one decimal, "62.50" with two.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        let negative = scaled < 0
        guard abs(scaled) < Self.exactLimit else {
            let digits = String(decoding: integerDigits(abs(value).rounded()), as: UTF8.self)
            return (negative ? "-" : "") + digits + (decimals > 0 ? "." + String(repeating: "0", count: decimals) : "")
        }
        let magnitude = UInt64(abs(scaled))
        let unit = UInt64(scale)
        var text = (negative && magnitude > 0 ? "-" : "") + String(magnitude / unit)
        if decimals > 0 {
            let digits = String(magnitude % unit)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return text
    }
}
