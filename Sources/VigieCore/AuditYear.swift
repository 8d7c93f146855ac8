/// The years Vigie accepts, wherever a year is read (a folder of audits/, a cell) or asked for (`--year`):
/// outside them a year is a typing slip, and a wider range would overflow the compact stores.
public enum AuditYear {
    public static let range: ClosedRange<Int> = 1900...2999

    /// Whether `year` is in `range`.
    public static func isValid(_ year: Int) -> Bool { range.contains(year) }

    /// A year written in digits, or nil for anything else (also for a number of any length outside `range`).
    public static func parse(_ digits: some StringProtocol) -> Int? {
        guard !digits.isEmpty, digits.count <= 4, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let year = Int(digits),
              isValid(year) else { return nil }
        return year
    }

    public enum Message {
        public static func outOfRange(_ written: String) -> String {
            "the year \(written) is outside the years Vigie accepts (\(range.lowerBound) to \(range.upperBound))"
        }
    }
}
