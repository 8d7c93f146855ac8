/// Numbers as text for machines: `.` as decimal separator, no exponent, at most six decimals.
public enum NumberText {
    /// Up to `decimals` decimals, trailing zeros dropped: 62.5, 0.833333, 100.
    public static func canonical(_ value: Double, decimals: Int = 6) -> String {
        guard value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        if scaled == 0 { return "0" }
        let negative = scaled < 0
        let magnitude = UInt64(abs(scaled))
        let unit = UInt64(scale)
        let whole = magnitude / unit
        var fraction = magnitude % unit
        var text = (negative ? "-" : "") + String(whole)
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: decimals - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            fraction = 0
            text += "." + digits
        }
        return text
    }

    /// Fixed decimals, `.` separator: 62.5 → "62.5" with one decimal, "62.50" with two.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        let negative = scaled < 0
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
