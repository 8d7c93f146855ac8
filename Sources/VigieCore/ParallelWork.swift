import Dispatch
import Foundation

/// Maps items on every core, keeping their order: the results are the same as a sequential map's.
public enum ParallelWork {
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.put(transform(items[index]), at: index)
        }
        return slots.take()
    }

    /// The results by index. Each index is written once; the lock is taken once per item (sheets in batches, years),
    /// never per cell. An `NSLock`, which ThreadSanitizer sees through on Linux (Synchronization's `Mutex` it does not).
    private final class Slots<Result: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result?]

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func put(_ result: Result, at index: Int) {
            lock.withLock { results[index] = result }
        }

        /// The results in order, moved out rather than copied: a sheet's decoded rows and a year's scores are not
        /// retained once more and released with the slots.
        func take() -> [Result] {
            lock.withLock {
                var out: [Result] = []
                out.reserveCapacity(results.count)
                for index in results.indices { out.append(results[index].take()!) }
                return out
            }
        }
    }
}
