import Foundation

/// The zip container of a workbook, opened with guards: the end record must be where a zip keeps it (so a
/// truncated file is named as such, and no scan runs over a large file), at most `maxEntries` entries, a directory
/// whose offsets and sizes all lie inside the file (`ZipDirectory`), and each part inflated with a byte budget
/// checked while it inflates (a header may lie about sizes).
struct WorkbookArchive {
    enum Failure: Error, Equatable {
        case legacy
        case notZip
        case truncated
        case tooManyEntries(Int)
        case damaged
        case partTooLarge(String)
        case budgetExceeded
    }

    static let maxEntries = 1_000
    /// The most one part may inflate to, and all the parts read together.
    static let maxPartBytes = 16 * 1024 * 1024
    static let maxTotalBytes = 32 * 1024 * 1024

    private let data: Data
    private let entries: [String: ZipDirectory.Entry]
    private var inflated = 0

    init(_ data: Data) throws(Failure) {
        let head = [UInt8](data.prefix(8))
        if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] { throw .legacy }
        guard head.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw .notZip }
        guard let end = Self.endRecord(data) else { throw .truncated }
        let declared = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in Int(bytes[end + 10]) | Int(bytes[end + 11]) << 8 }
        if declared > Self.maxEntries { throw .tooManyEntries(declared) }
        // (withUnsafeBytes rethrows untyped errors: the result comes out as a Result.)
        self.entries = try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            Result { () throws(Failure) in try ZipDirectory.read(bytes, end: end) }
        }.get()
        self.data = data
    }

    /// The offset of the end-of-central-directory record, looked for only in the last 64 KiB + 22 bytes (its comment
    /// is at most 65,535 bytes), the last one first; nil when there is none (truncated, or not
    /// a zip).
    static func endRecord(_ data: Data) -> Int? {
        let count = data.count
        guard count >= 22 else { return nil }
        return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int? in
            var offset = count - 22
            let lowest = max(0, count - 22 - 65_535)
            while offset >= lowest {
                if bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x05, bytes[offset + 3] == 0x06 { return offset }
                offset -= 1
            }
            return nil
        }
    }

    func contains(_ path: String) -> Bool { entries[path.lowercased()] != nil }

    /// A part's bytes, or nil when the archive has no such entry. Inflated with `maxPartBytes` for the part and what
    /// is left of `maxTotalBytes` for the workbook, counted while it inflates (the sizes in the headers are not trusted).
    mutating func part(_ path: String) throws(Failure) -> Data? {
        guard let entry = entries[path.lowercased()] else { return nil }
        let limit = min(Self.maxPartBytes, Self.maxTotalBytes - inflated)
        let result = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            Result { () throws(Inflate.Failure) in try Inflate.entry(entry, of: bytes, limit: limit) }
        }
        switch result {
        case .success(let part):
            inflated += part.count
            return part
        case .failure(.limit):
            throw limit == Self.maxPartBytes ? .partTooLarge(path) : .budgetExceeded
        case .failure(.damaged):
            throw .damaged
        }
    }
}
