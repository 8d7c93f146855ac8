/// Incremental UTF-8 validation over a byte stream fed in arbitrary chunks
/// (a sequence may be split across chunks). Rejects overlong forms, surrogates and
/// code points above U+10FFFF, like the Unicode standard's well-formedness table.
struct UTF8Validator: Sendable {
    /// False once an ill-formed sequence has been seen; stays false.
    private(set) var isValid = true
    /// Continuation bytes still expected for the current sequence.
    private var pending = 0
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF

    mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        guard isValid, !bytes.isEmpty else { return }
        let count = bytes.count
        var i = 0
        while i < count {
            let byte = bytes[i]
            if pending > 0 {
                guard byte >= lower && byte <= upper else { isValid = false; return }
                lower = 0x80
                upper = 0xBF
                pending -= 1
                i += 1
                continue
            }
            if byte < 0x80 {
                // ASCII fast path: skip 8 bytes at a time.
                while i + 8 <= count,
                      bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                while i < count && bytes[i] < 0x80 { i += 1 }
                continue
            }
            switch byte {
            case 0xC2...0xDF: pending = 1
            case 0xE0: pending = 2; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: pending = 2
            case 0xED: pending = 2; upper = 0x9F
            case 0xF0: pending = 3; lower = 0x90
            case 0xF1...0xF3: pending = 3
            case 0xF4: pending = 3; upper = 0x8F
            default: isValid = false; return
            }
            i += 1
        }
    }

    /// Ends the stream: a sequence cut off by the end makes it invalid.
    mutating func finish() {
        if pending > 0 { isValid = false }
    }
}
