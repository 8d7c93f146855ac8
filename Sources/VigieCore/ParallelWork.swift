import Dispatch

/// Maps items on every core, keeping their order: the results are the same as a sequential map's.
public enum ParallelWork {
    /// Results written by index from several threads; each index is written once, read after all are done.
    private final class Slots<T>: @unchecked Sendable {
        var values: [T?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
    }

    public static func map<Item: Sendable, Result>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<Result>(count: items.count)
        slots.values.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                buffer[index] = transform(items[index])
            }
        }
        return slots.values.map { $0! }
    }
}
