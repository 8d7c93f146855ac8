import Foundation

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// One page of a report set written as it is: `open`, `write`, `close`, without the `fsync` that Foundation's
/// `Data.write(to:)` does for every file (3,000 flushes to disk for a set of 3,000 pages, a third of the time of a
/// report). The set is written into a temporary folder that is renamed into place once complete, so a process that
/// dies midway never leaves a half-written set; after a power cut a set may need to be written again, as it can
/// always be from the workspace.
///
/// On Linux a page of at least one block goes to disk directly (`O_DIRECT`), its whole blocks from a block-aligned
/// copy, its last partial block through the page cache: a report of thousands of pages (gigabytes at the scale of a
/// canton) then does not fill the page cache with pages nobody reads back, and costs the kernel a fifth of the time.
/// A file system that refuses direct writes (tmpfs, some network file systems) gets ordinary writes.
public enum PageFile {
    /// `O_DIRECT`, which Glibc's module does not export (it needs `_GNU_SOURCE`): its value differs by architecture.
    #if os(Linux) && (arch(x86_64) || arch(i386))
    static let directFlag: Int32 = 0o40000
    #elseif os(Linux) && arch(arm64)
    static let directFlag: Int32 = 0o200000
    #else
    static let directFlag: Int32 = 0
    #endif

    public static func write(_ bytes: [UInt8], to url: URL) throws {
        try bytes.withUnsafeBytes { try write($0, to: url.path) }
    }

    /// The size of the blocks written directly, and the alignment of their copy.
    static let block = 4096

    /// `direct`: whether the whole blocks go to disk directly where the file system allows it (a test compares both).
    static func write(_ bytes: UnsafeRawBufferPointer, to path: String, direct: Bool = true) throws {
        let whole = direct && directFlag != 0 ? bytes.count / block * block : 0
        var descriptor: Int32 = -1
        if whole > 0 { descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | directFlag, 0o644) }
        var written = 0
        if descriptor >= 0 {
            written = directly(bytes, whole, descriptor)
            // The rest through the page cache: direct writes need whole blocks.
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~directFlag)
        } else {
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var failure: Int32 = 0
        var offset = written
        while offset < bytes.count {
            let count = pwrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset, off_t(offset))
            if count < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            offset += count
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO) }
    }

    /// Writes the first `count` bytes (whole blocks) of `bytes` directly, from an aligned copy; returns how many
    /// were written (0 when the file system refused: the caller writes the rest through the page cache).
    private static func directly(_ bytes: UnsafeRawBufferPointer, _ count: Int, _ descriptor: Int32) -> Int {
        let aligned = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: block)
        defer { aligned.deallocate() }
        aligned.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[0..<count]))
        var offset = 0
        while offset < count {
            let written = pwrite(descriptor, aligned.baseAddress! + offset, count - offset, off_t(offset))
            if written < 0 {
                if errno == EINTR { continue }
                return offset / block * block
            }
            offset += written
        }
        return count
    }
}
