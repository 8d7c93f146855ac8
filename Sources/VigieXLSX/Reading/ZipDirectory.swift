import Foundation

/// The zip's own structure checked before ZIPFoundation reads it: every place it will seek to and every byte count it
/// will read must lie inside the file. ZIPFoundation trusts them: its in-memory file traps on a seek past the end,
/// and a part shorter than its header says loops forever on empty reads. Multi-disk and ZIP64 archives are refused
/// (no spreadsheet writes them for an answer sheet).
enum ZipDirectory {
    /// Why the zip cannot be handed to ZIPFoundation, or nil. `end`: the offset of its end-of-central-directory record.
    static func check(_ bytes: UnsafeRawBufferPointer, end: Int) -> WorkbookArchive.Failure? {
        let count = bytes.count
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func signature(_ at: Int, _ third: UInt8, _ fourth: UInt8) -> Bool {
            at >= 0 && at + 4 <= count && bytes[at] == 0x50 && bytes[at + 1] == 0x4B && bytes[at + 2] == third && bytes[at + 3] == fourth
        }
        guard end >= 20, end + 22 + u16(end + 20) <= count else { return .truncated }
        // A ZIP64 locator just before the end record sends ZIPFoundation to an offset it does not check.
        if signature(end - 20, 0x06, 0x07) { return .damaged }
        let entries = u16(end + 10), directorySize = u32(end + 12), directoryStart = u32(end + 16)
        guard u16(end + 4) == 0, u16(end + 6) == 0, u16(end + 8) == entries, entries != 0xFFFF,
              directorySize != 0xFFFF_FFFF, directoryStart != 0xFFFF_FFFF, directoryStart + directorySize <= end else { return .damaged }
        var at = directoryStart
        for _ in 0..<entries {
            guard at + 46 <= directoryStart + directorySize, signature(at, 0x01, 0x02) else { return .damaged }
            let flags = u16(at + 8), method = u16(at + 10)
            let compressed = u32(at + 20), uncompressed = u32(at + 24)
            let nameLength = u16(at + 28), extraLength = u16(at + 30), commentLength = u16(at + 32)
            let local = u32(at + 42)
            let next = at + 46 + nameLength + extraLength + commentLength
            guard next <= directoryStart + directorySize, compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF,
                  !hasZIP64Field(bytes, from: at + 46 + nameLength, length: extraLength) else { return .damaged }
            // The local header, and the data where the central directory says it is, with its descriptor.
            guard local + 30 <= count, signature(local, 0x03, 0x04) else { return .damaged }
            let localExtra = u16(local + 28)
            let data = local + 30 + u16(local + 26) + localExtra
            let stored = method == 0 ? max(compressed, uncompressed) : compressed
            let descriptor = flags & 0x08 != 0 ? 16 : 0
            guard data + stored + descriptor <= count, !hasZIP64Field(bytes, from: local + 30 + u16(local + 26), length: localExtra)
            else { return .damaged }
            at = next
        }
        return nil
    }

    /// Whether an extra field block holds a ZIP64 extended information field (header 0x0001).
    private static func hasZIP64Field(_ bytes: UnsafeRawBufferPointer, from start: Int, length: Int) -> Bool {
        var at = start
        while at + 4 <= start + length, at + 4 <= bytes.count {
            let id = Int(bytes[at]) | Int(bytes[at + 1]) << 8
            if id == 0x0001 { return true }
            at += 4 + (Int(bytes[at + 2]) | Int(bytes[at + 3]) << 8)
        }
        return false
    }
}
