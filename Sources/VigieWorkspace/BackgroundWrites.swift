import Dispatch
import Foundation
import Synchronization

/// Writes files on background threads as they are handed over, so that rendering the next pages and writing the
/// last ones overlap (and the kernel's copying is spread over the cores). At most `limit` files wait at once: a
/// producer faster than the disk waits instead of piling pages up in memory.
///
/// The first failure in submission order is the one reported, whatever thread met it first; once a write has failed
/// the later files not yet begun are skipped, and `submit` throws, so that the producer stops early.
final class BackgroundWrites: Sendable {
    typealias WriteFile = @Sendable (Data, URL) throws -> Void

    private let queues: [DispatchQueue]
    private let group = DispatchGroup()
    private let slots: DispatchSemaphore
    private let writeFile: WriteFile
    /// The earliest failed submission (its number and its error), if any.
    private let failure = Mutex<(index: Int, error: any Error)?>(nil)
    private let submitted = Mutex(0)

    init(workers: Int = 2, limit: Int = 64, writeFile: @escaping WriteFile) {
        queues = (0..<max(1, workers)).map { DispatchQueue(label: "vigie.report.write.\($0)") }
        slots = DispatchSemaphore(value: max(1, limit))
        self.writeFile = writeFile
    }

    /// Hands `data` over to be written at `url`; `describe` turns a failure into the error reported. Throws the
    /// earliest failure so far, if a write has already failed.
    func submit(_ data: Data, to url: URL, describe: @escaping @Sendable (any Error) -> any Error) throws {
        try throwFailure()
        let index = submitted.withLock { count in
            defer { count += 1 }
            return count
        }
        slots.wait()
        queues[index % queues.count].async(group: group) { [self] in
            defer { slots.signal() }
            // A later file than one that failed is not begun; an earlier one still is, so the report is the first.
            if failure.withLock({ $0.map { $0.index < index } ?? false }) { return }
            do {
                try writeFile(data, url)
            } catch {
                let reported = describe(error)
                failure.withLock { current in
                    if current == nil || index < current!.index { current = (index, reported) }
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
        if let error = failure.withLock({ $0?.error }) { throw error }
    }
}
