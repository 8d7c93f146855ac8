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
    public static func year(_ text: String) -> Int? {
        guard text.utf8.count == 4, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let year = Int(text),
              (1900...2999).contains(year)
        else { return nil }
        return year
    }

    /// `dd.mm.yyyy` (also `d.m.yyyy`) or ISO `yyyy-mm-dd`, as an ISO string; nil when unreadable or not a real day.
    public static func isoDate(_ text: String) -> String? {
        let day: Int, month: Int, year: Int
        // Digits and the separators only: `Int` alone would also take "+1" or "-1".
        guard text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D }) else { return nil }
        if text.contains(".") {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
                  let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
            (day, month, year) = (d, m, y)
        } else if text.contains("-") {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
                  let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
            (day, month, year) = (d, m, y)
        } else {
            return nil
        }
        guard (1900...2999).contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else {
            return nil
        }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
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
