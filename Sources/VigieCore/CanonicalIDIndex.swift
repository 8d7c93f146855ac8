import Foundation

/// Positions of ids by String equality (canonical equivalence: "é" precomposed or not), for the rare id that its
/// bytes did not find. Built on the first miss, once for all threads: a units.csv of a million rows whose sheets
/// all match by bytes never pays for it.
final class CanonicalIDIndex: @unchecked Sendable {
    private let ids: [String]
    private let lock = NSLock()
    private var positions: [String: Int32]?

    init(_ ids: [String]) { self.ids = ids }

    /// The position of the first id equal to `id`.
    func position(of id: String) -> Int32? {
        lock.withLock {
            if positions == nil {
                var built: [String: Int32] = [:]
                built.reserveCapacity(ids.count)
                for (position, id) in ids.enumerated() where built[id] == nil { built[id] = Int32(position) }
                positions = built
            }
            return positions?[id]
        }
    }
}
