import Foundation
import VigieCore

/// The guidance that criteria of the 0–4 level scale share: catalogues often open each one's guidance with the same
/// description of the levels. A page says it once, above the action list, and each row keeps only its own part.
struct SharedGuidance: Sendable {
    /// The shared opening, whole sentences; nil when fewer than two level criteria share one.
    let text: String?

    init(_ catalogue: Catalogue) {
        let texts = catalogue.criteria.filter { $0.scale == .level }.map(\.guidance).filter { !$0.isEmpty }
        text = texts.count < 2 ? nil : Self.sharedSentences(texts)
    }

    init(text: String?) { self.text = text }

    /// The longest opening of every text that ends a sentence (". " or the text's end), trimmed; nil if none.
    static func sharedSentences(_ texts: [String]) -> String? {
        guard var prefix = texts.first.map(Array.init) else { return nil }
        for text in texts.dropFirst() {
            let characters = Array(text)
            var length = 0
            while length < min(prefix.count, characters.count) && prefix[length] == characters[length] { length += 1 }
            prefix = Array(prefix[..<length])
        }
        // Back to the end of a sentence that every text has: a full stop followed by a space or by the text's end.
        var end = prefix.count
        while end > 0 {
            let stop = prefix[end - 1] == "."
            let after = texts.allSatisfy { text in
                let rest = text.dropFirst(end)
                return rest.isEmpty || rest.first == " "
            }
            if stop && after { break }
            end -= 1
        }
        let shared = String(prefix[..<end]).trimmingCharacters(in: .whitespaces)
        return shared.isEmpty ? nil : shared
    }

    /// A criterion's guidance without the shared opening (the whole text for a criterion of another scale).
    func own(_ guidance: String, scale: Scale) -> String {
        guard let text, scale == .level, guidance.hasPrefix(text) else { return guidance }
        return String(guidance.dropFirst(text.count)).trimmingCharacters(in: .whitespaces)
    }
}
