import Foundation
import VigieSource

/// The names of the headers met so far, by their bytes: the sheets of a workspace share a handful of headers, so each
/// header's names are trimmed, lower-cased and indexed once rather than once per file (tens of thousands of them).
/// Shared by the threads that read files; an `NSLock`, which ThreadSanitizer sees through on Linux.
final class HeaderNames: @unchecked Sendable {
    static let shared = HeaderNames()
    /// Beyond this many distinct headers (not a workspace's sheets: a tool reading many unrelated files), no more are
    /// kept: memory stays bounded and every header is still named right.
    static let limit = 256

    private let lock = NSLock()
    private var known: [[UInt8]: (header: [String], index: [String: Int])] = [:]

    /// The trimmed names of the header row (row 0) and the position of each lower-cased name, as
    /// `SourceTable.names(ofHeader:)` works them out.
    func names(of cells: SourceCells) -> (header: [String], index: [String: Int]) {
        let key = cells.key(ofRow: 0)
        if let names = lock.withLock({ known[key] }) { return names }
        let names = SourceTable.names(ofHeader: cells)
        lock.withLock {
            if known.count < Self.limit { known[key] = names }
        }
        return names
    }
}
