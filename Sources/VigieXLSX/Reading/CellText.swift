import Foundation

/// The text of a number cell as a sheet shows it when typed in: integers without `.0`, others to 15 significant
/// digits (as spreadsheets keep them), and date-styled serials as `dd.mm.yyyy`.
enum CellText {
    /// `3`, `2.5`, `0.3` (not `0.30000000000000004`), `-1E+20` for the rare huge one; nil when not a number.
    static func number(_ raw: String) -> String? {
        guard let value = Double(raw.trimmingCharacters(in: .whitespaces)), value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.15g", value)
        if text.contains("e") {
            return text.uppercased()
        }
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The day of a serial in the 1900 system (1 = 1900-01-01; 60 is Lotus's 29 February 1900, kept for
    /// compatibility) or the 1904 system (0 = 1904-01-01), as `dd.mm.yyyy`; nil outside 1900–9999. Time of day is dropped.
    static func date(serial raw: String, uses1904: Bool) -> String? {
        guard let value = Double(raw.trimmingCharacters(in: .whitespaces)), value.isFinite, value >= 0, value < 2_958_466 else {
            return nil
        }
        var day = Int(value.rounded(.down))
        if uses1904 {
            day += 1462  // 1904-01-01 is serial 1462 in the 1900 system
        }
        if day == 60 { return "29.02.1900" }
        if day == 0 { return nil }
        if day < 60 { day += 1 }  // before the phantom day, serial n is n days after 1899-12-31, not 1899-12-30
        // Days since 1970-01-01: serial 25569 is that day.
        let (year, month, dayOfMonth) = civil(daysSinceEpoch: day - 25_569)
        guard (1900...9999).contains(year) else { return nil }
        return String(format: "%02d.%02d.%04d", dayOfMonth, month, year)
    }

    /// An ISO 8601 date (`t="d"` cells): its day as `dd.mm.yyyy`; nil when it does not start with `yyyy-mm-dd`.
    static func date(iso: String) -> String? {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              parts[0].count == 4, (1...12).contains(month), (1...31).contains(day) else { return nil }
        return String(format: "%02d.%02d.%04d", day, month, year)
    }

    /// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian).
    static func civil(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
