import VigieCore

/// The languages of the HTML reports: French (the default), German, English, Italian; the languages of
/// messages too (`VigieCore.Language`).
public typealias ReportLanguage = Language

extension Language {
    /// The `<html lang>` of a page: the Swiss locales, and British English.
    public var htmlLang: String {
        switch self {
        case .fr: "fr-CH"
        case .de: "de-CH"
        case .en: "en-GB"
        case .it: "it-CH"
        }
    }
}

/// A calendar date without time zone: the generation date of a report set.
public struct ReportDate: Sendable, Equatable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= ReportDate.days(in: month, of: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`, strictly: ten ASCII bytes, digits and two hyphens (read as bytes: reports read many).
    public init?(iso text: String) {
        var text = text
        let parts: (year: Int, month: Int, day: Int)? = text.withUTF8 { bytes in
            guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    guard (0x30...0x39).contains(bytes[index]) else { return nil }
                    value = value * 10 + Int(bytes[index] - 0x30)
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return (year, month, day)
        }
        guard let parts else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    /// The UTC day of a Unix time (`SOURCE_DATE_EPOCH`, seconds since 1970-01-01).
    public init?(epochSeconds: Int64) {
        guard epochSeconds >= 0 else { return nil }
        // Days since the epoch to a civil date (H. Hinnant's algorithm).
        let z = epochSeconds / 86_400 + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = Int(doy - (153 * mp + 2) / 5 + 1)
        let month = Int(mp < 10 ? mp + 3 : mp - 9)
        let year = Int(yoe + era * 400) + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    public var iso: String { "\(Self.digits(year, 4))-\(Self.digits(month, 2))-\(Self.digits(day, 2))" }

    /// A number with leading zeros to `width` digits (wider numbers as they are).
    static func digits(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (a: ReportDate, b: ReportDate) -> Bool { a.iso < b.iso }
}
