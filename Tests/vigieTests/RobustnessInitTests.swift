import Foundation
import Testing

/// `vigie init` that cannot finish leaves nothing behind, so that a retry works, and says why in a sentence.
@Suite("Robustness: a half-written init")
struct RobustnessInitTests {
    @Test("init into a folder holding a file named reports: refused, nothing written, a retry works once it is gone")
    func reportsIsAFile() throws {
        let folder = try Fixture.copy("valid").deletingLastPathComponent().appendingPathComponent("new")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("reports"))
        let run = try VigieBinary.run(["init", folder.path, "--year", "2026"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("reports is a file, where the workspace's reports/ folder goes"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["reports"])
        try FileManager.default.removeItem(at: folder.appendingPathComponent("reports"))
        let retry = try VigieBinary.run(["init", folder.path, "--year", "2026"])
        #expect(retry.status == 0, "\(retry.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["audits", "checklists", "reports", "workspace.csv"])
    }

    @Test("init that cannot create its folder: a sentence with the path, no NSCocoaErrorDomain dump")
    func cannotCreate() throws {
        let scratch = try Fixture.copy("valid").deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data("x".utf8).write(to: scratch.appendingPathComponent("file"))
        let target = scratch.appendingPathComponent("file/new").path
        let run = try VigieBinary.run(["init", target, "--year", "2026"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: could not create the folder \(target): "), "\(run.stderr)")
        #expect(!run.stderr.contains("NSCocoaErrorDomain") && !run.stderr.contains("UserInfo"), "\(run.stderr)")
    }
}
