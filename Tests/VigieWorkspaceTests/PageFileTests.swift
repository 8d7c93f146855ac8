import Foundation
import Testing
@testable import VigieWorkspace

/// A report page is written with open/write/close, no flush to disk for each (`PageFile`): its whole blocks straight
/// to disk, its last partial block through the page cache. Whatever its size, and whichever way it goes, the file holds
/// exactly the page's bytes; a failure is the system's reason.
@Suite("page files")
struct PageFileTests {
    /// Bytes that differ from block to block and within one, so that a block written twice, skipped or shifted shows.
    static func page(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 4096) } }

    @Test("sizes around a block, direct and not: the file holds the page's bytes", arguments: [
        0, 1, 4095, 4096, 4097, 8192, 130_001,
    ])
    func bytesKept(count: Int) throws {
        let folder = try BackgroundWritesTests.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = Self.page(count)
        for direct in [true, false] {
            let path = folder.appendingPathComponent("\(count)-\(direct).html").path
            try bytes.withUnsafeBytes { try PageFile.write($0, to: path, direct: direct) }
            #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == bytes, "direct: \(direct)")
        }
    }

    @Test("a page written over a longer one leaves none of the longer one's bytes")
    func shorterReplacesLonger() throws {
        let folder = try BackgroundWritesTests.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("U0001.html")
        try PageFile.write(Self.page(20_000), to: url)
        let shorter = Array("<!DOCTYPE html>".utf8) + Self.page(9_000)
        try PageFile.write(shorter, to: url)
        #expect(try [UInt8](Data(contentsOf: url)) == shorter)
    }

    @Test("a page in a folder that does not exist: the error says so, nothing is written")
    func missingFolder() throws {
        let folder = try BackgroundWritesTests.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("missing/U0001.html")
        #expect(throws: POSIXError(.ENOENT)) { try PageFile.write(Self.page(10_000), to: url) }
        #expect(FileSystemErrorText.reason(POSIXError(.ENOENT)) == .noSuchFile)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("missing").path))
    }
}
