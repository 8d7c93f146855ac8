import VigieSource

/// Readers for the small values of a cell: numbers, booleans, years, dates, ids, lists.
public enum ValueParsing {
    /// A decimal number written `1.5` or `1,5`; nil when the text is not one.
    public static func number(_ text: String) -> Double? {
        let normalised = text.replacingOccurrences(of: ",", with: ".")
        guard !normalised.isEmpty, normalised.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B }),
              let value = Double(normalised), value.isFinite
        else { return nil }
        return value
    }

    /// yes/no, oui/non, ja/nein, 1/0, true/false in any case; empty means no; nil for anything else.
    public static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "", "no", "non", "nein", "0", "false", "faux", "n": false
        case "yes", "oui", "ja", "1", "true", "vrai", "y", "o": true
        default: nil
        }
    }

    /// A year of four digits between 1900 and 2999.
    public static func year(_ text: String) -> Int? { year(bytes: text.utf8.span) }

    /// `year(_:)` for the trimmed bytes of a cell.
    static func year(bytes: Span<UInt8>) -> Int? {
        guard bytes.count == 4 else { return nil }
        var year = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            year = year * 10 + Int(byte - 0x30)
        }
        return AuditYear.isValid(year) ? year : nil
    }

    /// What a cell of a year column holds.
    enum YearCell {
        case empty, year(Int), invalid
    }

    /// The year column's cell, from its trimmed UTF-8 bytes.
    static func yearCell(_ bytes: Span<UInt8>) -> YearCell {
        if bytes.isEmpty { return .empty }
        return year(bytes: bytes).map(YearCell.year) ?? .invalid
    }

    /// `dd.mm.yyyy` (also `d.m.yyyy`) or ISO `yyyy-mm-dd`, as an ISO string; nil when unreadable or not a real day.
    /// Read byte by byte: digits and one kind of separator only.
    public static func isoDate(_ text: String) -> String? {
        guard let (year, month, day) = isoDateParts(text.utf8.span) else { return nil }
        let digits: [UInt8] = [
            UInt8(0x30 + year / 1000), UInt8(0x30 + year / 100 % 10), UInt8(0x30 + year / 10 % 10), UInt8(0x30 + year % 10), 0x2D,
            UInt8(0x30 + month / 10), UInt8(0x30 + month % 10), 0x2D, UInt8(0x30 + day / 10), UInt8(0x30 + day % 10),
        ]
        return String(decoding: digits, as: UTF8.self)
    }

    /// The year, month and day of a date written as `isoDate` reads it; nil when unreadable or not a real day.
    /// No allocation: this runs for every answer.
    static func isoDateParts(_ bytes: Span<UInt8>) -> (year: Int, month: Int, day: Int)? {
        // The usual cell, `yyyy-mm-dd`, read at fixed places; any other goes through the general reading below, which
        // gives the same for it (`ValueTests.fixedPlacesDateEqualsGeneralReading`).
        if bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D {
            var notDigit = false
            func digit(_ index: Int) -> Int {
                let value = bytes[index] &- 0x30
                if value > 9 { notDigit = true }
                return Int(value)
            }
            let year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
            let month = digit(5) * 10 + digit(6), day = digit(8) * 10 + digit(9)
            if !notDigit { return realDay(year: year, month: month, day: day) }
        }
        return generalDateParts(bytes)
    }

    /// `isoDateParts` for any cell.
    static func generalDateParts(_ bytes: Span<UInt8>) -> (year: Int, month: Int, day: Int)? {
        // Three numbers of one to four digits, separated by two identical separators (`.` or `-`).
        var numbers = (0, 0, 0)
        var lengths = (0, 0, 0)
        var part = 0
        var separator: UInt8 = 0
        var number = 0, length = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                number = number * 10 + Int(byte - 0x30)
                length += 1
                if length > 4 { return nil }
            } else if byte == 0x2E || byte == 0x2D {
                if separator == 0 { separator = byte } else if separator != byte { return nil }
                guard length > 0, part < 2 else { return nil }
                if part == 0 { (numbers.0, lengths.0) = (number, length) } else { (numbers.1, lengths.1) = (number, length) }
                part += 1
                number = 0
                length = 0
            } else {
                return nil
            }
        }
        guard part == 2, length > 0 else { return nil }
        (numbers.2, lengths.2) = (number, length)
        let day: Int, month: Int, year: Int
        if separator == 0x2E {
            guard lengths.2 == 4, lengths.0 <= 2, lengths.1 <= 2 else { return nil }
            (day, month, year) = numbers
        } else {
            guard lengths.0 == 4, lengths.1 <= 2, lengths.2 <= 2 else { return nil }
            (year, month, day) = numbers
        }
        return realDay(year: year, month: month, day: day)
    }

    /// The date when it is a real day from 1900 to 2999.
    static func realDay(year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)? {
        guard (1900...2999).contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else {
            return nil
        }
        return (year, month, day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether an id uses only letters, digits, `-`, `_` and `.`.
    public static func isValidID(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == "."
        }
    }

    /// Ids separated by a vertical bar, trimmed, empty parts dropped.
    public static func idList(_ text: String) -> [String] {
        text.split(separator: "|").map { String($0).trimmedCSV }.filter { !$0.isEmpty }
    }
}
