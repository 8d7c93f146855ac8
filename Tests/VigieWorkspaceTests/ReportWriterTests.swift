import Foundation
import Synchronization
import Testing
import VigieWorkspace

/// Report sets are written whole or not at all: a failure midway leaves the previous set intact and no temporary
/// folder behind; a folder holding files Vigie did not write is refused unless forced.
struct ReportWriterTests {
    struct Boom: Error {}

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func contents(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let base = folder.standardizedFileURL.path + "/"
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)! {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            if !isFolder.boolValue {
                result[String(url.standardizedFileURL.path.dropFirst(base.count))] = try String(contentsOf: url, encoding: .utf8)
            }
        }
        return result
    }

    @Test func aFailureMidwayLeavesThePreviousSetIntactAndNoTemporaryFolder() throws {
        let root = try Self.scratch()
        let out = root.appendingPathComponent("reports")
        let first = ["index.html": "v1", "2026/A.html": "a1", "2026/B.html": "b1", "trends.html": "t1"]
        try ReportWriter.write(first, to: out.path, workspace: root.appendingPathComponent("ws").path, force: false)
        let before = try Self.contents(out)
        #expect(before["2026/A.html"] == "a1" && before[ReportWriter.marker] != nil)

        // The second run's writer throws on its third page (pages are written on two background threads: the
        // pages already begun beside it may still be written into the temporary folder, never into place).
        let written = Mutex(0)
        let second = ["index.html": "v2", "2026/A.html": "a2", "2026/B.html": "b2", "2026/C.html": "c2", "trends.html": "t2"]
        #expect(throws: ReportWriter.WriteError.self) {
            try ReportWriter.write(second, to: out.path, workspace: root.appendingPathComponent("ws").path, force: false) { data, url in
                let count = written.withLock { count in
                    count += 1
                    return count
                }
                if count == 3 { throw Boom() }
                try Data(data).write(to: url)
            }
        }
        #expect(written.withLock { $0 } >= 3)
        #expect(try Self.contents(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["reports"])

        // A run that completes replaces the whole set (B's page of the first run is gone if not rewritten).
        try ReportWriter.write(["index.html": "v3"], to: out.path, workspace: root.appendingPathComponent("ws").path, force: false)
        #expect(try Self.contents(out).keys.sorted() == [ReportWriter.marker, "index.html"])
    }

    @Test func pagesStreamedToDiskAreSwappedInOnlyWhenTheProducerFinishes() throws {
        let root = try Self.scratch()
        let out = root.appendingPathComponent("reports")
        let workspace = root.appendingPathComponent("ws").path
        // A producer that fails after two pages: its own error comes back, nothing is in place, nothing is left over.
        #expect(throws: Boom.self) {
            try ReportWriter.write(to: out.path, workspace: workspace, force: false) { emit in
                try emit("index.html", "i")
                try emit("2026/A.html", "a")
                throw Boom()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
        // One that finishes: every page in place, listed by the marker.
        let count = try ReportWriter.write(to: out.path, workspace: workspace, force: false) { emit in
            try emit("index.html", "i")
            try emit("2026/B.html", "b")
            try emit("2025/B.html", "b25")
        }
        #expect(count == 3)
        #expect(try Self.contents(out) == ["index.html": "i", "2026/B.html": "b", "2025/B.html": "b25",
                                           ReportWriter.marker: "vigie report set 1\n2025/B.html\n2026/B.html\nindex.html\n"])
    }

    @Test func aFolderWithOtherFilesIsRefusedUnlessForced() throws {
        let root = try Self.scratch()
        let out = root.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.txt"))
        #expect(throws: ReportWriter.WriteError.self) {
            try ReportWriter.write(["index.html": "v1"], to: out.path, workspace: root.appendingPathComponent("ws").path, force: false)
        }
        #expect(try String(contentsOf: out.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
        try ReportWriter.write(["index.html": "v1"], to: out.path, workspace: root.appendingPathComponent("ws").path, force: true)
        #expect(try Self.contents(out).keys.sorted() == [ReportWriter.marker, "index.html"])
    }

    @Test func theWorkspaceItselfIsNeverTheOutput() throws {
        let root = try Self.scratch()
        #expect(throws: ReportWriter.WriteError.self) {
            try ReportWriter.write(["index.html": "x"], to: root.path, workspace: root.appendingPathComponent("ws").path, force: true)
        }
    }
}
