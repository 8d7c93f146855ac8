import Dispatch
import Foundation

/// Writes files on background threads as they are handed over, so that rendering the next pages and writing the
/// last ones overlap (and the kernel's copying is spread over the cores). At most `limit` files wait at once: a
/// producer faster than the disk waits instead of piling pages up in memory.
///
/// The first failure in submission order is the one reported, whatever thread met it first; once a write has failed
/// the later files not yet begun are skipped, and `submit` throws, so that the producer stops early.
final class BackgroundWrites: @unchecked Sendable {
    typealias WriteFile = @Sendable ([UInt8], URL) throws -> Void

    private let queues: [DispatchQueue]
    private let group = DispatchGroup()
    private let slots: DispatchSemaphore
    private let writeFile: WriteFile
    /// The earliest failed submission (its number and its error), if any, and how many were handed over, under
    /// `lock` (an `NSLock`: ThreadSanitizer does not see the futex under Synchronization's `Mutex` on Linux).
    private let lock = NSLock()
    private var failure: (index: Int, error: any Error)?
    private var submitted = 0

    init(workers: Int = 2, limit: Int = 64, writeFile: @escaping WriteFile) {
        queues = (0..<max(1, workers)).map { DispatchQueue(label: "vigie.report.write.\($0)") }
        slots = DispatchSemaphore(value: max(1, limit))
        self.writeFile = writeFile
    }

    /// Hands a page's `bytes` over to be written at `url`, as they are (no copy into `Data` on the way); `describe`
    /// turns a failure into the error reported. Once a write has failed, waits for the files handed over before it
    /// and throws the earliest failure, as `finish` does.
    func submit(_ bytes: [UInt8], to url: URL, describe: @escaping @Sendable (any Error) -> any Error) throws {
        if lock.withLock({ failure != nil }) { try finish() }
        let index = lock.withLock {
            defer { submitted += 1 }
            return submitted
        }
        slots.wait()
        queues[index % queues.count].async(group: group) { [self] in
            defer { slots.signal() }
            // A later file than one that failed is not begun; an earlier one still is, so the report is the first.
            if lock.withLock({ failure.map { $0.index < index } ?? false }) { return }
            do {
                try writeFile(bytes, url)
            } catch {
                let reported = describe(error)
                lock.withLock {
                    if failure == nil || index < failure!.index { failure = (index, reported) }
                }
            }
        }
    }

    /// Waits until every file handed over is written (or skipped), then throws the earliest failure, if any.
    func finish() throws {
        group.wait()
        try throwFailure()
    }

    private func throwFailure() throws {
        if let error = lock.withLock({ failure?.error }) { throw error }
    }
}
