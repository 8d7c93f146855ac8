/// "Did you mean": the known id closest to a mistyped one.
public enum Suggestion {
    /// An id equal but for case wins; otherwise the nearest by edit distance, when near enough
    /// (at most a third of the longer id, at least 1, at most 3 edits). Ties go to the first in order.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        Candidates(candidates).closest(to: word)
    }

    /// Candidates prepared once (lowered, as scalars) for many look-ups: a sheet of renamed units asks for each.
    public struct Candidates: Sendable {
        let ids: [String]
        let lowered: [[Unicode.Scalar]]
        let byLowered: [String: Int]

        public init(_ ids: [String]) {
            self.ids = ids
            let loweredTexts = ids.map { $0.lowercased() }
            lowered = loweredTexts.map { Array($0.unicodeScalars) }
            byLowered = Dictionary(loweredTexts.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }

        public func closest(to word: String) -> String? {
            // Ids are short; a long text in an id column is no typo, and an edit distance on it would cost dearly.
            guard word.utf8.count <= 64 else { return nil }
            let loweredWord = word.lowercased()
            if let sameButCase = byLowered[loweredWord] { return ids[sameButCase] }
            let target = Array(loweredWord.unicodeScalars)
            var best: (index: Int, distance: Int)?
            var rows = EditRows()
            for (index, candidate) in lowered.enumerated() {
                let limit = min(3, max(1, max(target.count, candidate.count) / 3), (best?.distance ?? 4) - 1)
                // Each length apart is one edit at least.
                guard limit >= 0, abs(target.count - candidate.count) <= limit,
                      let distance = editDistance(target, candidate, limit: limit, rows: &rows) else { continue }
                best = (index, distance)
            }
            return best.map { ids[$0.index] }
        }
    }

    /// The two rows of the edit-distance table, kept from one candidate to the next.
    struct EditRows {
        var previous: [Int] = []
        var current: [Int] = []
    }

    /// The edit distance of `a` and `b`, or nil when it is above `limit` (found out as soon as a whole row is).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int, rows: inout EditRows) -> Int? {
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        if b.isEmpty { return a.count <= limit ? a.count : nil }
        let width = b.count + 1
        if rows.previous.count < width {
            rows.previous = [Int](repeating: 0, count: width)
            rows.current = rows.previous
        }
        for j in 0..<width { rows.previous[j] = j }
        for i in 1...a.count {
            rows.current[0] = i
            var rowMinimum = i
            let scalar = a[i - 1]
            for j in 1...b.count {
                let substitution = rows.previous[j - 1] + (scalar == b[j - 1] ? 0 : 1)
                let value = min(rows.previous[j] + 1, rows.current[j - 1] + 1, substitution)
                rows.current[j] = value
                if value < rowMinimum { rowMinimum = value }
            }
            if rowMinimum > limit { return nil }
            swap(&rows.previous, &rows.current)
        }
        let distance = rows.previous[b.count]
        return distance <= limit ? distance : nil
    }
}
