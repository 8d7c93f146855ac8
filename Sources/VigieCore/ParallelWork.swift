import Dispatch
import Synchronization

/// Maps items on every core, keeping their order: the results are the same as a sequential map's.
public enum ParallelWork {
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        // Each index is written once; the lock is taken once per item (sheets in batches, years), never per cell.
        let slots = Mutex<[Result?]>(Array(repeating: nil, count: items.count))
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let result = transform(items[index])
            slots.withLock { $0[index] = result }
        }
        return slots.withLock { $0.map { $0! } }
    }
}
