import Testing
@testable import VigieWorkspace

/// The answer sheets' paths, packed one after the other, each given back whole with the workspace's folder before
/// it (to open) and the prefix of messages (to name it).
struct SheetPathsTests {
    @Test func eachPathComesBackWholeAndInItsPlace() {
        let relatives = ["audits/2025/SPOP.csv", "audits/2026/Économie.xlsx", "audits/2026/a", "audits/2026/SEN.csv"]
        var builder = SheetPaths.Builder()
        for (index, relative) in relatives.enumerated() { builder.append(year: 2025 + index / 2, relative: relative) }
        #expect(builder.count == 4 && builder.years == [2025, 2025, 2026, 2026])
        for (root, prefix) in [("ws", "ws/"), ("/tmp/ws/", "/tmp/ws/"), (".", "")] {
            let paths = builder.paths(root: root, prefix: prefix)
            for (index, relative) in relatives.enumerated() {
                let path = paths.path(index)
                #expect(path.file == WorkspaceLoader.join(root, relative) && path.display == prefix + relative, "\(index)")
            }
        }
    }
}
