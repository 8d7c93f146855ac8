import VigieCore

/// HTML written as UTF-8 bytes, for the fragments Vigie writes itself instead of Mustache (long table rows): markup
/// as it is, texts escaped exactly as `HTMLText.escape` does. The five escaped characters are ASCII, so the work is
/// done on bytes (a multi-byte character never contains one of them) and runs between them are copied at once.
/// With a `limit`, nothing more is written once more than `limit` bytes are (`isOverLimit`): a page that must be
/// split when it would pass a size is measured without being written whole.
struct HTMLWriter {
    private var bytes: [UInt8] = []
    private let limit: Int

    init(capacity: Int = 0, limit: Int = .max) {
        self.limit = limit
        bytes.reserveCapacity(capacity)
    }

    /// Whether more than `limit` bytes were to be written (what was written then is cut short).
    var isOverLimit: Bool { bytes.count > limit }

    /// Markup, written as it is.
    mutating func raw(_ markup: StaticString) {
        guard bytes.count <= limit else { return }
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Markup already escaped (or a text known to need no escaping), written as it is: its UTF-8 copied at once
    /// (appending the `utf8` view went through it byte by byte, 5 % of a report's instructions).
    mutating func raw(_ markup: String) {
        guard bytes.count <= limit else { return }
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Markup already escaped and encoded (a part every page repeats, made once), copied as it is.
    mutating func bytes(_ utf8: [UInt8]) {
        guard bytes.count <= limit else { return }
        bytes.append(contentsOf: utf8)
    }

    /// A number as `NumberText.canonical` writes it (ASCII: nothing to escape), straight into the bytes.
    mutating func canonical(_ value: Double, decimals: Int) {
        guard bytes.count <= limit else { return }
        NumberText.appendCanonical(value, decimals: decimals, to: &bytes)
    }

    /// A text, escaped for content and quoted attributes.
    mutating func text(_ text: String) {
        guard bytes.count <= limit else { return }
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                // Letters and most of UTF-8 (every byte above `>`) never need escaping.
                if byte > 0x3E { continue }
                let reference: StaticString
                switch byte {
                case 0x3C: reference = "&lt;"
                case 0x3E: reference = "&gt;"
                case 0x26: reference = "&amp;"
                case 0x22: reference = "&quot;"
                case 0x27: reference = "&#39;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                reference.withUTF8Buffer { bytes.append(contentsOf: $0) }
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
    }

    /// What was written.
    var html: String { String(decoding: bytes, as: UTF8.self) }

    /// What was written, as its UTF-8 bytes (valid by construction: no String made, nothing checked again).
    var utf8: [UInt8] { bytes }
}
