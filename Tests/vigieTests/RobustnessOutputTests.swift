import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Where `vigie report` writes: concurrent runs, links and empty paths never lose or replace what is not its own.
@Suite("Robustness: the report's output folder")
struct RobustnessOutputTests {
    static func listedPages(_ out: URL) throws -> [String] {
        let marker = try String(contentsOf: out.appendingPathComponent(".vigie-report"), encoding: .utf8)
        return marker.split(separator: "\n").dropFirst().map(String.init)
    }

    static let busy = "another vigie is writing a report into"

    @Test("two reports into one --out at once: every listed page exists; the other run waited or refused")
    func concurrentReports() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let out = workspace.url.deletingLastPathComponent().appendingPathComponent("out")
        for round in 0..<4 {
            let first = try Started(["report", ".", "--out", out.path], in: workspace.url)
            let second = try Started(["report", ".", "--out", out.path, "--year", "2025"], in: workspace.url)
            let runs = [try first.wait(), try second.wait()]
            for run in runs {
                #expect(run.status == 0 || (run.status == 1 && run.stderr.contains(Self.busy)), "round \(round): \(run.stderr)")
            }
            #expect(runs.contains { $0.status == 0 })
            let pages = try Self.listedPages(out)
            #expect(!pages.isEmpty)
            for page in pages {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(page).path), "round \(round): \(page) is listed but missing")
            }
        }
    }

    @Test("while another process holds the output's lock: a refusal with a sentence, nothing replaced")
    func lockedOutput() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let parent = workspace.url.deletingLastPathComponent()
        let out = parent.appendingPathComponent("out")
        #expect(try VigieBinary.run(["report", ".", "--out", out.path], in: workspace.url).status == 0)
        let before = try Self.listedPages(out)
        // A child process holds the lock (flock is per open file: our own descriptor would not conflict with the child's).
        let holder = try Started(["/usr/bin/flock", parent.appendingPathComponent(".out.vigie-lock").path, "sleep", "5"], in: parent, executable: true)
        defer { kill(holder.process.processIdentifier, SIGTERM); _ = try? holder.wait() }
        Thread.sleep(forTimeInterval: 0.3)
        let run = try VigieBinary.run(["report", ".", "--out", out.path], in: workspace.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains(Self.busy), "\(run.stderr)")
        #expect(try Self.listedPages(out) == before)
    }

    @Test("a temporary folder of a live process is never removed as a leftover")
    func liveTemporaryFolderKept() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let parent = workspace.url.deletingLastPathComponent()
        let live = parent.appendingPathComponent(".out.vigie-tmp-\(getpid())-abcdefgh")
        let dead = parent.appendingPathComponent(".out.vigie-tmp-999999999-abcdefgh")
        try FileManager.default.createDirectory(at: live, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dead, withIntermediateDirectories: true)
        let run = try VigieBinary.run(["report", ".", "--out", parent.appendingPathComponent("out").path], in: workspace.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: live.path))
        #expect(!FileManager.default.fileExists(atPath: dead.path))
    }

    @Test("--out that links to a folder of other files: refused, the link and the files untouched")
    func linkToForeignFolder() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let parent = workspace.url.deletingLastPathComponent()
        let foreign = parent.appendingPathComponent("theirs")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
        let link = parent.appendingPathComponent("out")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "theirs")
        let run = try VigieBinary.run(["report", ".", "--out", link.path], in: workspace.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("holds files Vigie did not write (notes.txt)"), "\(run.stderr)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) == "theirs")
        #expect(FileManager.default.contents(atPath: foreign.appendingPathComponent("notes.txt").path) == Data("keep".utf8))
    }

    @Test("--out that links to the workspace: refused")
    func linkToWorkspace() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let link = workspace.url.deletingLastPathComponent().appendingPathComponent("out")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: workspace.url.path)
        let run = try VigieBinary.run(["report", ".", "--out", link.path, "--force"], in: workspace.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("is the workspace or contains it"), "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: workspace.path("checklists/base/criteria.csv").path))
    }

    @Test("a published reports -> elsewhere link keeps working: the set is written into its target")
    func publishedLinkKept() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let parent = workspace.url.deletingLastPathComponent()
        let served = parent.appendingPathComponent("www/vigie")
        try FileManager.default.createDirectory(at: served.deletingLastPathComponent(), withIntermediateDirectories: true)
        let link = workspace.path("reports")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: served.path)
        for _ in 0..<2 {
            let run = try VigieBinary.run(["report", "."], in: workspace.url)
            #expect(run.status == 0, "\(run.stderr)")
            #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) == served.path)
            #expect(try Self.listedPages(served).contains("index.html"))
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: served.deletingLastPathComponent().path).filter { $0.contains("vigie-tmp") || $0.contains("vigie-old") }
        #expect(leftovers.isEmpty)
    }

    @Test("--out \"\": a usage error, the current folder untouched")
    func emptyOut() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let empty = workspace.url.deletingLastPathComponent().appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let run = try VigieBinary.run(["report", workspace.url.path, "--out", ""], in: empty)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--out takes a folder path, got an empty one"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).isEmpty)
    }
}

/// A `vigie` (or other) process started and not yet waited for.
struct Started {
    let process = Process()
    let scratch: URL

    init(_ arguments: [String], in directory: URL, executable: Bool = false) throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-started-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        if executable {
            process.executableURL = URL(fileURLWithPath: arguments[0])
            process.arguments = Array(arguments.dropFirst())
        } else {
            process.executableURL = try VigieBinary.url()
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        for name in ["stdout", "stderr"] { _ = FileManager.default.createFile(atPath: scratch.appendingPathComponent(name).path, contents: nil) }
        process.standardOutput = try FileHandle(forWritingTo: scratch.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: scratch.appendingPathComponent("stderr"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    func wait() throws -> Run {
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: scratch) }
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: scratch.appendingPathComponent("stdout")), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: scratch.appendingPathComponent("stderr")), as: UTF8.self))
    }
}
