import Foundation

/// The entries of a zip, read from its central directory with every offset and size checked against the file: a
/// part's data must lie inside it, where its local header says. Multi-disk and ZIP64 archives are refused (no
/// spreadsheet writes them for an answer sheet).
///
/// (The reading is Vigie's own: ZIPFoundation 0.9.20 trusts these numbers. Its in-memory file traps on a seek past
/// the end, and its inflation loops forever on a stream cut short; both were found by the fuzzer.)
enum ZipDirectory {
    struct Entry: Equatable {
        /// 0 stored, 8 deflated.
        var method: Int
        var crc: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        /// Where the part's bytes start.
        var dataOffset: Int
    }

    /// The entries by lower-cased path (package part names are case-insensitive), the first of each path.
    /// `end`: the offset of the end-of-central-directory record.
    static func read(_ bytes: UnsafeRawBufferPointer, end: Int) throws(WorkbookArchive.Failure) -> [String: Entry] {
        let count = bytes.count
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func signature(_ at: Int, _ third: UInt8, _ fourth: UInt8) -> Bool {
            at >= 0 && at + 4 <= count && bytes[at] == 0x50 && bytes[at + 1] == 0x4B && bytes[at + 2] == third && bytes[at + 3] == fourth
        }
        guard end + 22 <= count, end + 22 + u16(end + 20) <= count else { throw .truncated }
        if signature(end - 20, 0x06, 0x07) { throw .damaged }  // a ZIP64 locator
        let total = u16(end + 10), directorySize = u32(end + 12), directoryStart = u32(end + 16)
        guard u16(end + 4) == 0, u16(end + 6) == 0, u16(end + 8) == total, total != 0xFFFF,
              directorySize != 0xFFFF_FFFF, directoryStart != 0xFFFF_FFFF, directoryStart + directorySize <= end else { throw .damaged }
        let directoryEnd = directoryStart + directorySize
        var entries: [String: Entry] = [:]
        var at = directoryStart
        for _ in 0..<total {
            guard at + 46 <= directoryEnd, signature(at, 0x01, 0x02) else { throw .damaged }
            let method = u16(at + 10), crc = UInt32(u32(at + 16))
            let compressed = u32(at + 20), uncompressed = u32(at + 24)
            let nameLength = u16(at + 28), extraLength = u16(at + 30), commentLength = u16(at + 32)
            let local = u32(at + 42)
            let next = at + 46 + nameLength + extraLength + commentLength
            guard next <= directoryEnd, compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF,
                  method == 0 || method == 8, method != 0 || compressed == uncompressed,
                  local + 30 <= count, signature(local, 0x03, 0x04) else { throw .damaged }
            let data = local + 30 + u16(local + 26) + u16(local + 28)
            guard data + compressed <= count else { throw .damaged }
            let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(at + 46)..<(at + 46 + nameLength)]), as: UTF8.self)
            let key = name.lowercased()
            if entries[key] == nil {
                entries[key] = Entry(method: method, crc: crc, compressedSize: compressed, uncompressedSize: uncompressed, dataOffset: data)
            }
            at = next
        }
        return entries
    }
}
