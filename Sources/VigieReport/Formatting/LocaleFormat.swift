import VigieCore

/// Numbers, percentages and dates as each report language writes them. Written by hand so that the
/// output never depends on the machine's ICU data:
///
/// | language | number | percent | date | thousands |
/// |---|---|---|---|---|
/// | fr-CH | 62,5 | 80 % (no-break space) | 27.11.2026 | 1 234 (narrow no-break space) |
/// | de-CH | 62.5 | 80 % (no-break space) | 27.11.2026 | 1’234 |
/// | en-GB | 62.5 | 80% | 27/11/2026 | 1,234 |
/// | it-CH | 62,5 | 80 % (no-break space) | 27.11.2026 | 1’234 |
///
/// CLDR gives the separators of fr-CH, de-CH and en-GB and the dates. Two choices depart from it on
/// purpose: a space before % in fr/de/it (the Federal Chancellery's writing rules, where CLDR's
/// Swiss locales write 80%), and the decimal comma in it-CH (Swiss federal Italian texts use it, where
/// CLDR's it-CH has a point). Negative differences use the minus sign U+2212.
public struct LocaleFormat: Sendable {
    public let language: ReportLanguage

    public init(_ language: ReportLanguage) { self.language = language }

    static let noBreakSpace = "\u{00A0}"
    static let narrowNoBreakSpace = "\u{202F}"
    static let minus = "\u{2212}"

    var decimalSeparator: String {
        switch language {
        case .fr, .it: ","
        case .de, .en: "."
        }
    }

    var groupSeparator: String {
        switch language {
        case .fr: Self.narrowNoBreakSpace
        case .de, .it: "’"
        case .en: ","
        }
    }

    /// A figure rounded to `decimals` (one by default): `62,5`.
    public func number(_ value: Double, decimals: Int = 1) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        appendNumber(value, decimals: decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `number`, written as UTF-8 at the end of `bytes` (a unit page writes hundreds of figures: no String made
    /// on the way). The rounding is `NumberText.fixed`'s.
    func appendNumber(_ value: Double, decimals: Int, to bytes: inout [UInt8]) {
        guard value.isFinite else { return }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        // 2^63: beyond it the digits come from `NumberText.fixed`'s exact path.
        guard abs(scaled) < 9_223_372_036_854_775_808.0 else {
            bytes += generalNumber(value, decimals: decimals).utf8
            return
        }
        let magnitude = UInt64(abs(scaled)), unit = UInt64(scale)
        if scaled < 0 { bytes += Self.minus.utf8 }
        let whole = magnitude / unit
        var count = 1, power: UInt64 = 1
        while whole / power >= 10 {
            power *= 10
            count += 1
        }
        for index in 0..<count {
            if index > 0 && (count - index) % 3 == 0 { bytes += groupSeparator.utf8 }
            bytes.append(UInt8(ascii: "0") + UInt8(whole / power % 10))
            power /= 10
        }
        guard decimals > 0 else { return }
        bytes += decimalSeparator.utf8
        let fraction = magnitude % unit
        var digit = unit / 10
        while digit > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / digit % 10))
            digit /= 10
        }
    }

    /// `number` from `NumberText.fixed`'s text, for the values beyond 2^63 once scaled.
    private func generalNumber(_ value: Double, decimals: Int) -> String {
        // `NumberText.fixed` writes ASCII: an optional `-`, digits, and `.` with the decimals.
        let text = NumberText.fixed(value, decimals: decimals)
        let negative = text.utf8.first == 0x2D
        let body = negative ? text.dropFirst() : Substring(text)
        var result: String
        if let point = body.utf8.firstIndex(of: 0x2E) {
            result = grouped(String(body[..<point])) + decimalSeparator + body[body.utf8.index(after: point)...]
        } else {
            result = grouped(String(body))
        }
        return negative ? Self.minus + result : result
    }

    /// A whole number with thousands separators: `3 000`.
    public func integer(_ value: Int) -> String {
        (value < 0 ? Self.minus : "") + grouped(String(value.magnitude))
    }

    func grouped(_ digits: String) -> String {
        guard digits.utf8.count > 3 else { return digits }
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return groups.joined(separator: groupSeparator)
    }

    /// A fraction (0–1) as a percentage: whole when it rounds to a whole number, else one decimal: `80 %`, `83,3 %`.
    public func percent(_ fraction: Double) -> String {
        let value = fraction * 100
        let tenth = (value * 10).rounded()
        let text = tenth.truncatingRemainder(dividingBy: 10) == 0 ? number(value, decimals: 0) : number(value, decimals: 1)
        return language == .en ? text + "%" : text + Self.noBreakSpace + "%"
    }

    /// A difference with its sign: `+2,5`, `−1,0`, `0,0` (rounded first, so −0.04 shows as 0,0).
    public func signed(_ value: Double, decimals: Int = 1) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "+")]
        bytes.reserveCapacity(24)
        appendNumber(value, decimals: decimals, to: &bytes)
        let number = bytes.dropFirst()
        // Negative (the minus sign, U+2212: E2 88 92), or zero once rounded: no plus.
        if number.first == 0xE2 || number.allSatisfy({ $0 == 0x30 || $0 == 0x2E || $0 == 0x2C }) {
            return String(decoding: number, as: UTF8.self)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `27.11.2026`, or `27/11/2026` in en-GB.
    public func date(_ date: ReportDate) -> String {
        let separator = language == .en ? UInt8(ascii: "/") : UInt8(ascii: ".")
        guard (0...9999).contains(date.year), (0...99).contains(date.month), (0...99).contains(date.day) else {
            let (y, m, d) = (ReportDate.digits(date.year, 4), ReportDate.digits(date.month, 2), ReportDate.digits(date.day, 2))
            return language == .en ? "\(d)/\(m)/\(y)" : "\(d).\(m).\(y)"
        }
        // dd.mm.yyyy: ten ASCII bytes, written in place (a unit page writes one per criterion).
        return String(unsafeUninitializedCapacity: 10) { bytes in
            func write(_ value: Int, width: Int, at start: Int) {
                var rest = value
                for index in (start..<start + width).reversed() {
                    bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            write(date.day, width: 2, at: 0)
            bytes[2] = separator
            write(date.month, width: 2, at: 3)
            bytes[5] = separator
            write(date.year, width: 4, at: 6)
            return 10
        }
    }

    /// An ordinal place: 1er, 2e (fr); 1., 2. (de); 1st, 2nd (en); 1°, 2° (it).
    public func ordinal(_ value: Int) -> String {
        switch language {
        case .fr: value == 1 ? "1er" : "\(value)e"
        case .de: "\(value)."
        case .it: "\(value)°"
        case .en:
            switch (value % 10, value % 100) {
            case (_, 11...13): "\(value)th"
            case (1, _): "\(value)st"
            case (2, _): "\(value)nd"
            case (3, _): "\(value)rd"
            default: "\(value)th"
            }
        }
    }
}
