/// Tells binary content from text while a file streams by.
public struct BinarySniffer {
    /// A known binary format.
    public enum Signature: Sendable, Equatable {
        /// A workbook renamed `.csv` (zip: .xlsx, .ods; OLE: .xls).
        case workbook
        case utf16
        case utf32
    }

    public enum Verdict: Sendable, Equatable {
        /// The first NUL byte, on this 1-based line.
        case nul(line: Int)
        /// A known binary format.
        case signature(Signature)
        /// Too many control characters for text.
        case controlCharacters
    }

    private var head: [UInt8] = []
    private var line = 1
    private var lastWasCR = false
    private var total = 0
    private var controls = 0
    private var found: Verdict?
    private var pending: [UInt8] = []

    public init() {}

    public mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        guard found == nil else { return }
        if head.count < 8 { head.append(contentsOf: bytes.prefix(8 - head.count)) }
        // A UTF-32 mark is four bytes: the first bytes wait until four are seen (or the end), so that the verdict
        // never depends on how the file was chunked ("FF FE" then "00 00" is UTF-32, not UTF-16 nor a NUL byte).
        if head.count < 4 {
            pending.append(contentsOf: bytes)
            return
        }
        if let signature = Self.signature(head) {
            found = .signature(signature)
            return
        }
        if !pending.isEmpty {
            let held = pending
            pending = []
            held.withUnsafeBytes { scan($0) }
        }
        scan(bytes)
    }

    /// The first bytes held back by `consume`, taken in at the end of a file shorter than four bytes.
    private mutating func flushPending() {
        guard found == nil, !pending.isEmpty else { return }
        if let signature = Self.signature(head) {
            found = .signature(signature)
            return
        }
        let held = pending
        pending = []
        held.withUnsafeBytes { scan($0) }
    }

    private mutating func scan(_ bytes: UnsafeRawBufferPointer) {
        guard found == nil else { return }
        // One comparison per byte for printable text; control bytes (line ends among them) take the slow branch.
        total += bytes.count
        let count = bytes.count
        var i = 0
        while i < count {
            // Eight bytes at a time while none is a control byte (below 0x20, or DEL); in a word with one, straight to
            // the first (a line end every few dozen bytes would otherwise cost a word test per byte before it).
            i = ByteWord.skip(bytes, from: i, flags: Self.controlFlags)
            guard i < count else { break }
            let byte = bytes[i]
            i += 1
            if byte >= 0x20 && byte != 0x7F { continue }
            switch byte {
            case 0x00:
                found = .nul(line: line)
                return
            case 0x0A:
                let previousWasCR = i >= 2 ? bytes[i - 2] == 0x0D : lastWasCR
                if !previousWasCR { line += 1 }
            case 0x0D:
                line += 1
            case 0x09, 0x0C:
                break
            default:
                controls += 1
            }
        }
        if let last = bytes.last { lastWasCR = last == 0x0D }
    }

    /// Whether one of eight bytes is below 0x20 or is 0x7F.
    @inline(__always)
    static func hasControlByte(_ word: UInt64) -> Bool {
        controlFlags(word) != 0
    }

    /// The high bit of each byte of the word (in memory order, little-endian) that may be a control byte: zero when
    /// none is, and the lowest bit set always marks the first control byte (a borrow only sets flags above it).
    @inline(__always)
    static func controlFlags(_ word: UInt64) -> UInt64 {
        ByteWord.flagsBelow(word, 0x20) | ByteWord.flags(word, 0x7F)
    }

    /// Binary as soon as a NUL byte or a signature is seen; at the end (`final`), also when more than 1 byte in 32
    /// is a control character. The verdict never depends on how the bytes were chunked.
    public func verdict(final: Bool) -> Verdict? {
        if let found { return found }
        guard final else { return nil }
        if !pending.isEmpty {
            var flushed = self
            flushed.flushPending()
            if let found = flushed.found { return found }
            return flushed.controls >= 8 && flushed.controls * 32 > flushed.total ? .controlCharacters : nil
        }
        return controls >= 8 && controls * 32 > total ? .controlCharacters : nil
    }

    /// Workbooks (zip: .xlsx, .ods; OLE: .xls) and UTF-16 byte order marks.
    static func signature(_ head: [UInt8]) -> Signature? {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return .workbook
        }
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return .utf32 }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return .utf16 }
        return nil
    }
}
