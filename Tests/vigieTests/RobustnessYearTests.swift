import Foundation
import Testing

/// Years outside 1900–2999, in folder names and options, and folders that cannot be listed: an error, never silence
/// or a crash.
@Suite("Robustness: years and the audits folder")
struct RobustnessYearTests {
    @Test("a year folder outside 1900–2999 is an error, whatever its length", arguments: ["40000", "32768", "12345678901", "12345678901234567890", "0999"])
    func yearFolderOutOfRange(_ name: String) throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        try FileManager.default.copyItem(at: workspace.path("audits/2025"), to: workspace.path("audits/" + name))
        let measured = try Spawn.vigie(["validate"], in: workspace.url)
        Bounds.check(measured, name)
        #expect(measured.run.status == 1)
        #expect(measured.run.stderrLines.contains(
            "audits/\(name):1:1: error: the year \(name) is outside the years Vigie accepts (1900 to 2999)"), "\(measured.run.stderr)")
    }

    @Test("--year outside 1900–2999 is a usage error in every command", arguments: [
        ["score", "--year", "0"], ["report", "--year", "40000"], ["template", "--year", "0"], ["template", "--year", "99999999999"],
        ["init", "new", "--year", "0"],
    ])
    func yearOptionOutOfRange(_ arguments: [String]) throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let run = try VigieBinary.run(arguments, in: workspace.url)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("--year takes a year from 1900 to 2999"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.path("audits/0").path))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("new").path))
    }

    @Test("an audits/ folder that cannot be listed (here a link loop) is an error")
    func auditsUnlistable() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let audits = workspace.path("audits")
        try FileManager.default.moveItem(at: audits.appendingPathComponent("units.csv"), to: workspace.path("units.csv"))
        try FileManager.default.removeItem(at: audits)
        try FileManager.default.createSymbolicLink(atPath: audits.path, withDestinationPath: "audits")
        let run = try VigieBinary.run(["validate"], in: workspace.url)
        #expect(run.status == 1)
        #expect(run.stderrLines.contains("audits:1:1: error: audits/ is a symbolic link that leads round in a loop: no answer sheet is read"),
                "\(run.stderr)")
    }

    @Test("a year folder that links to itself is called a link loop")
    func yearLinkLoop() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        try FileManager.default.createSymbolicLink(atPath: workspace.path("audits/2024").path, withDestinationPath: "2024")
        let run = try VigieBinary.run(["validate"], in: workspace.url)
        #expect(run.stderrLines.contains { $0.hasPrefix("audits/2024:1:1: warning: '2024' is a symbolic link that leads round in a loop") },
                "\(run.stderr)")
    }
}
