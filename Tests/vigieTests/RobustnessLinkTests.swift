import Foundation
import Testing

/// Links and encodings named as what they are; links that leave the workspace are never read.
@Suite("Robustness: links and encodings")
struct RobustnessLinkTests {
    @Test("an answer sheet that links to a file outside the workspace: refused with a message, its content never echoed")
    func sheetLinksOutside() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let secret = workspace.url.deletingLastPathComponent().appendingPathComponent("secret.csv")
        try Data("root:x:0:0:root:/root:/bin/bash\nsecret;line\n".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(atPath: workspace.path("audits/2025/passwd.csv").path, withDestinationPath: secret.path)
        let run = try VigieBinary.run(["validate"], in: workspace.url)
        #expect(run.status == 1)
        #expect(run.stderrLines.contains(
            "audits/2025/passwd.csv:1:1: error: this file is a symbolic link to a place outside the workspace; it is not read (copy the file into the workspace instead)"),
                "\(run.stderr)")
        #expect(!run.stderr.contains("root:x"), "\(run.stderr)")
    }

    @Test("units.csv linking outside is refused too; a link inside the workspace is read")
    func unitsLinksOutsideAndInside() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let units = workspace.path("audits/units.csv")
        let inside = workspace.path("units-master.csv")
        try FileManager.default.moveItem(at: units, to: inside)
        try FileManager.default.createSymbolicLink(atPath: units.path, withDestinationPath: "../units-master.csv")
        #expect(try VigieBinary.run(["validate"], in: workspace.url).status == 0)
        let outside = workspace.url.deletingLastPathComponent().appendingPathComponent("units.csv")
        try FileManager.default.moveItem(at: inside, to: outside)
        try FileManager.default.removeItem(at: units)
        try FileManager.default.createSymbolicLink(atPath: units.path, withDestinationPath: outside.path)
        let run = try VigieBinary.run(["validate"], in: workspace.url)
        #expect(run.stderrLines.contains { $0.hasPrefix("audits/units.csv:1:1: error: this file is a symbolic link to a place outside the workspace") },
                "\(run.stderr)")
    }

    @Test("a UTF-32 file is called UTF-32", arguments: [[UInt8]([0xFF, 0xFE, 0, 0]), [0, 0, 0xFE, 0xFF]])
    func utf32(_ bom: [UInt8]) throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        var bytes = bom
        for scalar in "year;unit\n".unicodeScalars {
            let value = scalar.value
            let little: [UInt8] = [UInt8(value & 0xFF), 0, 0, 0]
            bytes += bom[0] == 0xFF ? little : little.reversed()
        }
        try workspace.write("audits/2025/wide.csv", bytes)
        let run = try VigieBinary.run(["validate"], in: workspace.url)
        #expect(run.stderrLines.contains("audits/2025/wide.csv:1:1: error: this file is in UTF-32, which Vigie does not read; save it as \"CSV UTF-8\""),
                "\(run.stderr)")
    }
}

/// The reader takes back what Vigie's writer neutralised.
@Suite("Robustness: neutralised cells read back")
struct RobustnessNeutralisedTests {
    @Test("a unit id written '-SPOP (as the template writes it) reads as -SPOP; '-5 stays as written")
    func apostropheStripped() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        var units = try String(contentsOf: workspace.path("audits/units.csv"), encoding: .utf8)
        units += "-SPOP;Service moins;DEP;service;;;\n"
        try workspace.write("audits/units.csv", Array(units.utf8))
        let sheet = """
        year;unit;criterion;answer;evidence;comment;assessor;date
        2025;'-SPOP;GOU-01;oui;x;'-5;A;15.03.2025
        2025;'-SPOP;GOU-02;oui;x;'=SUM(A1);A;15.03.2025
        2025;'-SPOP;REC-01;2;x;;A;15.03.2025
        2025;'-SPOP;REC-02;oui;x;;A;15.03.2025

        """
        try workspace.write("audits/2025/moins.csv", Array(sheet.utf8))
        let run = try VigieBinary.run(["validate"], in: workspace.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("'-SPOP"), "\(run.stderr)")
        let json = try VigieBinary.run(["score", "--format", "json"], in: workspace.url)
        #expect(json.stdout.contains("\"-SPOP\""), "\(json.stdout.prefix(500))")
        #expect(json.stdout.contains("\"'-5\""), "a plain number is never neutralised: its apostrophe is the author's")
        #expect(json.stdout.contains("\"=SUM(A1)\""))
    }
}
