import Foundation

/// "Did you mean" computed once per distinct unknown id, however many rows (and sheets, read on every core) name it.
final class SuggestionCache: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: String?] = [:]
    private var prepared: [String: Suggestion.Candidates] = [:]

    /// `Suggestion.closest(to: word, among: candidates)`, remembered under `kind` + `word`; the candidates of a
    /// kind are prepared once (they are the same on every call of a kind).
    func closest(to word: String, among candidates: [String], kind: String) -> String? {
        let key = kind + "\u{1}" + word
        if let found = lock.withLock({ known[key] }) { return found }
        let ready = lock.withLock {
            if let ready = prepared[kind] { return ready }
            let ready = Suggestion.Candidates(candidates)
            prepared[kind] = ready
            return ready
        }
        let suggestion = ready.closest(to: word)
        lock.withLock { known[key] = suggestion }
        return suggestion
    }
}

/// The same error on many rows of a sheet (every row of a renamed unit): the first is reported in full, the
/// others in one line with their count, at the second row.
struct RepeatedErrors {
    private struct Entry {
        var kind: DiagnosticKind
        var id: String
        var second: Location?
        var more = 0
    }

    private var entries: [String: Entry] = [:]
    private var order: [String] = []

    /// Whether this is the first row with the error `kind` (`unknownUnit`, `unknownCriterion`) about `id`; if
    /// not, it is counted.
    mutating func isFirst(_ kind: DiagnosticKind, id: String, at location: Location) -> Bool {
        let key = kind.code + "\u{1}" + id
        if var entry = entries[key] {
            if entry.second == nil { entry.second = location }
            entry.more += 1
            entries[key] = entry
            return false
        }
        entries[key] = Entry(kind: kind, id: id)
        order.append(key)
        return true
    }

    /// One error per repeated error: "… and 3,000 more rows of unit 'S1'".
    func summaries() -> [Diagnostic] {
        order.compactMap { key in
            guard let entry = entries[key], entry.more > 0, let second = entry.second else { return nil }
            let message: DiagnosticMessage = entry.kind == .unknownUnit ? .moreUnknownUnitRows(count: entry.more, id: entry.id)
                : .moreUnknownCriterionRows(count: entry.more, id: entry.id)
            return .error(message, at: second)
        }
    }
}
