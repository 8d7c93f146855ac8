/// "Did you mean": the known id closest to a mistyped one.
public enum Suggestion {
    /// An id equal but for case wins; otherwise the nearest by edit distance, when near enough
    /// (at most a third of the longer id, at least 1, at most 3 edits). Ties go to the first in order.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        // Ids are short; a long text in an id column is no typo, and an edit distance on it would cost dearly.
        guard word.utf8.count <= 64 else { return nil }
        let lowered = word.lowercased()
        if let sameButCase = candidates.first(where: { $0.lowercased() == lowered }) { return sameButCase }
        var best: (id: String, distance: Int)?
        let target = Array(lowered)
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()))
            let limit = min(3, max(1, max(target.count, candidate.count) / 3))
            if distance <= limit, best == nil || distance < best!.distance {
                best = (candidate, distance)
            }
        }
        return best?.id
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
