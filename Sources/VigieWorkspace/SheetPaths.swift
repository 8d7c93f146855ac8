import VigieCore

/// The answer sheets found under audits/, their workspace-relative paths packed one after the other: a report reads
/// each sheet once more for its texts, so it keeps every sheet's path to the end. As a String each and a closure
/// holding it, a sheet took some 170 bytes (5 MiB for a canton's 30,000 sheets); packed, its path's bytes and
/// four more, and each sheet's source this listing and a number (`AnswersLoader.SheetSource`).
final class SheetPaths: AnswersLoader.SheetListing {
    struct Builder {
        private(set) var years: [Int] = []
        private var bytes: [UInt8] = []
        private var ends: [Int32] = []

        mutating func append(year: Int, relative: String) {
            years.append(year)
            bytes.append(contentsOf: relative.utf8)
            ends.append(Int32(bytes.count))
        }

        var count: Int { years.count }

        /// `root`: the workspace's folder; `prefix`: what messages put before a workspace-relative path. The lists
        /// copied to their size: grown by doubling, they held up to twice their bytes to the end of a report.
        func paths(root: String, prefix: String) -> SheetPaths {
            SheetPaths(root: root, prefix: prefix, bytes: bytes.withUnsafeBufferPointer { Array($0) },
                       ends: ends.withUnsafeBufferPointer { Array($0) })
        }
    }

    private let root, prefix: String
    private let bytes: [UInt8]
    private let ends: [Int32]

    private init(root: String, prefix: String, bytes: [UInt8], ends: [Int32]) {
        self.root = root
        self.prefix = prefix
        self.bytes = bytes
        self.ends = ends
    }

    /// Reads sheet `number` (a sheet with a header and no row gets a warning).
    func read(_ number: Int) -> (table: SourceTable?, diagnostics: [Diagnostic]) {
        let (file, display) = path(number)
        let result = AnswerSheetFile.read(path: file, displayPath: display)
        guard let table = result.table, table.records.isEmpty else { return result }
        return (table, result.diagnostics + [.warning(.headerOnly, at: table.headerLocation)])
    }

    /// Sheet `index`'s path on disk, and as messages name it.
    func path(_ index: Int) -> (file: String, display: String) {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        let relative = String(decoding: bytes[start..<Int(ends[index])], as: UTF8.self)
        return (WorkspaceLoader.join(root, relative), prefix + relative)
    }
}
