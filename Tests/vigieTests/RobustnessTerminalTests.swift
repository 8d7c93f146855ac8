import Foundation
import Testing

/// Control characters from the workspace (cells, file names, labels) never reach the terminal raw.
@Suite("Robustness: terminal escapes")
struct RobustnessTerminalTests {
    static let sheet = "audits/2025/interieur.csv"

    /// Whether any control character but the line ends of the output itself is in `text`.
    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value) }
    }

    @Test("a cell with ESC[1A ESC[2K and a newline forging '0 errors': shown escaped in validate")
    func cellEscapes() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let path = workspace.path(Self.sheet)
        var text = try String(contentsOf: path, encoding: .utf8)
        let firstRow = text.split(separator: "\n", omittingEmptySubsequences: false)[1]
        let forged = firstRow.replacingOccurrences(of: ";GOU-01;", with: ";\"GOU-01\u{1b}[1A\u{1b}[2K\n0 errors, 0 warnings in 3 files\";")
        #expect(forged != String(firstRow))
        text = text.replacingOccurrences(of: String(firstRow), with: forged)
        try Data(text.utf8).write(to: path)
        let run = try VigieBinary.run(["validate"], in: workspace.url)
        #expect(run.status == 1)
        #expect(!Self.hasRawControl(run.stderr), "\(run.stderr.debugDescription)")
        #expect(run.stderr.contains("GOU-01\\x1b[1A\\x1b[2K\\n0 errors"), "\(run.stderr)")
        #expect(!run.stderrLines.contains("0 errors, 0 warnings in 3 files"))
    }

    @Test("a file name with ESC and a newline: escaped in the diagnostic's place")
    func fileNameEscapes() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        try workspace.write("audits/2025/x\u{1b}[2K\nforged.csv", Array("garbage\u{0}".utf8))
        let run = try VigieBinary.run(["validate"], in: workspace.url)
        #expect(!Self.hasRawControl(run.stderr), "\(run.stderr.debugDescription)")
        #expect(run.stderr.contains("audits/2025/x\\x1b[2K\\nforged.csv:"), "\(run.stderr)")
    }

    @Test("a level label with ESC: escaped in the score table, \\u001b in JSON")
    func levelLabelEscapes() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let levels = workspace.path("checklists/base/levels.csv")
        try Data("level;label;min_score\nA;Bon\u{1b}[31m;0\n".utf8).write(to: levels)
        let table = try VigieBinary.run(["score"], in: workspace.url)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(!Self.hasRawControl(table.stdout), "\(table.stdout.debugDescription)")
        #expect(table.stdout.contains("Bon\\x1b[31m"), "\(table.stdout)")
        let json = try VigieBinary.run(["score", "--format", "json"], in: workspace.url)
        #expect(!Self.hasRawControl(json.stdout))
        #expect(json.stdout.contains("Bon\\u001b[31m"))
    }
}
