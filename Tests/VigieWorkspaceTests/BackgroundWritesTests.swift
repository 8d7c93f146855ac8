import Foundation
import Synchronization
import Testing
@testable import VigieWorkspace

/// The report's pages are written on background threads while the next ones are rendered: every file handed over
/// is written, and a failure is reported as the first in the order the files were handed over, whichever thread
/// met its failure first.
@Suite("background writes")
struct BackgroundWritesTests {
    struct Failed: Error, Equatable { let name: String }

    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-writes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("200 files through a limit of 3 waiting: every one written with its own bytes")
    func everyFileWritten() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writes = BackgroundWrites(workers: 2, limit: 3) { bytes, url in try Data(bytes).write(to: url) }
        for index in 0..<200 {
            try writes.submit(Array("page \(index)".utf8), to: folder.appendingPathComponent("\(index).html"), describe: { $0 })
        }
        try writes.finish()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.count == 200)
        for index in [0, 1, 99, 199] {
            #expect(try String(contentsOf: folder.appendingPathComponent("\(index).html"), encoding: .utf8) == "page \(index)")
        }
    }

    @Test("file 1 fails late, file 2 fails at once on the other thread: file 1's failure is the one reported")
    func earliestFailureReported() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Files alternate between the two threads: 0 and 2 on one, 1 and 3 on the other. File 1 waits until file 2
        // has failed, so the failure met first is file 2's.
        let twoFailed = DispatchSemaphore(value: 0)
        let writes = BackgroundWrites(workers: 2, limit: 8) { _, url in
            switch url.lastPathComponent {
            case "1": _ = twoFailed.wait(timeout: .now() + 10); throw Failed(name: "1")
            case "2": twoFailed.signal(); throw Failed(name: "2")
            default: break
            }
        }
        // Whether the failures come before the last hand-over (which then throws) or after it (finish throws), the
        // one reported is file 1's.
        #expect(throws: Failed(name: "1")) {
            for index in 0..<4 { try writes.submit([], to: folder.appendingPathComponent("\(index)"), describe: { $0 }) }
            try writes.finish()
        }
    }

    @Test("after a failure, handing over another file throws it and the later files are not written")
    func laterFilesSkipped() throws {
        let attempted = Mutex<[String]>([])
        let writes = BackgroundWrites(workers: 1, limit: 1) { _, url in
            attempted.withLock { $0.append(url.lastPathComponent) }
            if url.lastPathComponent == "0" { throw Failed(name: "0") }
        }
        try writes.submit([], to: URL(fileURLWithPath: "/nonexistent/0"), describe: { $0 })
        // With one thread and one file waiting at most, the next hand-over waits for file 0, then sees its failure
        // at the following one.
        var thrown: (any Error)?
        for index in 1...3 {
            do {
                try writes.submit([], to: URL(fileURLWithPath: "/nonexistent/\(index)"), describe: { $0 })
            } catch {
                thrown = error
                break
            }
        }
        #expect(thrown as? Failed == Failed(name: "0"))
        #expect(throws: Failed(name: "0")) { try writes.finish() }
        #expect(attempted.withLock { $0 } == ["0"])
    }
}
