import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Broken inputs, as they arrive from many hands and programs: each gets a plain diagnostic at file:line:column
/// and the exit status it deserves — 1 with an error where the data cannot be trusted, 0 with a warning where
/// the thing can safely be skipped — never a crash, a hang or memory out of bounds (see `Bounds`).
///
/// The small inputs are committed in Fixtures/broken/ and dropped, one at a time, into a copy of the `valid`
/// workspace as audits/2025/<name>; the large ones are generated into a temporary folder at test time.
@Suite("Robustness: broken inputs, end to end")
struct RobustnessTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var status: Int32
        /// `place: severity: start of the message`, each must be printed.
        var expected: [String]
        var testDescription: String { file }
    }

    static let sheet = "audits/2025/"

    /// The decided outcome of each committed broken file, as an answer sheet.
    static let cases: [Case] = [
        Case(file: "empty.csv", status: 0, expected: ["empty.csv:1:1: warning: the file is empty: it has no header and no rows, and is skipped"]),
        Case(file: "header-only.csv", status: 0, expected: ["header-only.csv:1:1: warning: the file has its header line but no rows"]),
        Case(file: "missing-column.csv", status: 1, expected: ["missing-column.csv:1:1: error: the required column 'answer' is missing"]),
        Case(file: "duplicate-header.csv", status: 1,
             expected: ["duplicate-header.csv:1:5: error: row 1, column E (Answer): the column 'Answer' appears twice (first in column 4)"]),
        Case(file: "unterminated-quote.csv", status: 1,
             expected: ["unterminated-quote.csv:2:4: error: row 2, column D: a quoted field opened here is never closed (missing closing \")"]),
        Case(file: "nul-byte.csv", status: 1,
             expected: ["nul-byte.csv:3:1: error: this file is not a text CSV (it contains binary data: a NUL byte on this line)"]),
        Case(file: "binary-garbage.csv", status: 1, expected: ["binary-garbage.csv:", "error: this file is not a text CSV (it contains binary data"]),
        Case(file: "control-characters.csv", status: 1, expected: ["control-characters.csv:1:1: error: this file is not a text CSV (it contains binary data)"]),
        Case(file: "workbook.csv", status: 1, expected: ["workbook.csv:1:1: error: this file is not a text CSV but a spreadsheet workbook"]),
        Case(file: "utf16.csv", status: 1, expected: ["utf16.csv:1:1: error: this file is in UTF-16"]),
        Case(file: "invalid-utf8.csv", status: 0, expected: ["invalid-utf8.csv:1:1: warning: the file is not in UTF-8; it was read as Windows-1252"]),
        Case(file: "bom-middle.csv", status: 0,
             expected: ["bom-middle.csv:3:1: warning: row 3, column A (year): an invisible byte order mark (U+FEFF) stands inside the file"]),
        Case(file: "mixed-delimiters-in-file.csv", status: 1,
             expected: ["mixed-delimiters-in-file.csv:3:1: error: row 3: this row is separated by ',' but the header by ';'", "2 rows like it are left out"]),
    ]

    @Test(arguments: cases)
    func brokenSheet(_ testCase: Case) throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        try FileManager.default.copyItem(at: Fixture.url("broken/" + testCase.file), to: workspace.path(Self.sheet + testCase.file))
        let measured = try Spawn.vigie(["validate"], in: workspace.url)
        Bounds.check(measured, testCase.file)
        let run = measured.run
        #expect(run.status == testCase.status, "\(run.stderr)")
        let lines = run.stderrLines
        let wanted = testCase.expected.map { $0.hasPrefix(testCase.file) ? Self.sheet + $0 : $0 }
        for fragment in wanted {
            #expect(lines.contains { $0.hasPrefix(fragment) || (!fragment.hasPrefix(Self.sheet) && $0.contains(fragment)) },
                    "missing: \(fragment)\n\(run.stderr)")
        }
        // No other error, and nothing about the other files of the workspace.
        let errors = lines.filter { $0.contains(": error: ") }
        #expect(errors.count == (testCase.status == 0 ? 0 : 1), "\(run.stderr)")
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix(Self.sheet + testCase.file) }, "\(run.stderr)")
    }

    @Test("delimiters that differ between files: each file is read with its own")
    func delimitersBetweenFiles() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        for name in ["delimiter-comma.csv", "delimiter-tab.csv"] {
            try FileManager.default.copyItem(at: Fixture.url("broken/" + name), to: workspace.path(Self.sheet + name))
        }
        let run = try Spawn.vigie(["score", "--format", "csv"], in: workspace.url).run
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("SPAJ"))
        let validate = try Spawn.vigie(["validate"], in: workspace.url).run
        #expect(validate.status == 0)
        #expect(!validate.stderr.contains(": error: "), "\(validate.stderr)")
    }

    // MARK: Large inputs, generated

    struct Large: Sendable, CustomTestStringConvertible {
        var name: String
        var status: Int32
        var expected: String
        var testDescription: String { name }
    }

    static let header = Array("year;unit;criterion;answer;evidence;comment;assessor;date\n".utf8)
    static let row = Array("2025;SPAJ;GOU-01;oui;x;;A;01.01.2025\n".utf8)

    static func bytes(_ name: String) -> [UInt8] {
        switch name {
        case "10 MB cell":
            // A quoted comment of 10,000,000 bytes: a misplaced quote would give the same.
            return header + Array("2025;SPAJ;GOU-01;oui;x;\"".utf8) + [UInt8](repeating: 0x61, count: 10_000_000) + Array("\";A;01.01.2025\n".utf8)
        case "100,000 columns in the header":
            var bytes = Array(header.dropLast())
            for i in 0..<100_000 { bytes += Array(";extra\(i)".utf8) }
            bytes.append(0x0A)
            bytes += Array(row.dropLast())
            bytes += [UInt8](repeating: 0x3B, count: 100_000)
            return bytes + [0x0A]
        case "a row of 100,000 columns":
            var bytes = header + Array(row.dropLast())
            for _ in 0..<100_000 { bytes += [0x3B, 0x78] }  // ;x
            return bytes + [0x0A]
        case "1,000,000 empty lines, then the header":
            return [UInt8](repeating: 0x0A, count: 1_000_000) + header + row
        case "1,000,000 empty lines between rows":
            return header + [UInt8](repeating: 0x0A, count: 1_000_000) + row
        case "1,000,000 empty lines and nothing else":
            return [UInt8](repeating: 0x0A, count: 1_000_000)
        case "1 MB of binary garbage":
            var generator = SystemRandomNumberGenerator()
            return (0..<1_000_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        default:
            fatalError("no generator for \(name)")
        }
    }

    static let large: [Large] = [
        Large(name: "10 MB cell", status: 1,
              expected: "big.csv:2:6: error: row 2, column F (comment): this cell holds 10000000 characters, more than the 32767 a spreadsheet cell can hold"),
        Large(name: "100,000 columns in the header", status: 0, expected: ""),
        Large(name: "a row of 100,000 columns", status: 0,
              expected: "big.csv:2:9: warning: row 2, column I: this row has 100008 fields but the header only 8 columns; the text beyond the last column is ignored"),
        Large(name: "1,000,000 empty lines, then the header", status: 0, expected: "big.csv:1000002:2: warning: row 1000002, column B (unit): the unit 'SPAJ' has no answer"),
        Large(name: "1,000,000 empty lines between rows", status: 0, expected: "big.csv:1000002:2: warning: row 1000002, column B (unit): the unit 'SPAJ' has no answer"),
        Large(name: "1,000,000 empty lines and nothing else", status: 0, expected: "big.csv:1:1: warning: the file is empty"),
        Large(name: "1 MB of binary garbage", status: 1, expected: "error: this file is not a text CSV"),
    ]

    @Test(arguments: large)
    func largeInput(_ testCase: Large) throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        try workspace.write(Self.sheet + "big.csv", Self.bytes(testCase.name))
        let measured = try Spawn.vigie(["validate"], in: workspace.url)
        Bounds.check(measured, testCase.name)
        let run = measured.run
        #expect(run.status == testCase.status, "\(run.stderr.prefix(2000))")
        #expect(run.stderrLines.contains { $0.hasPrefix(Self.sheet + testCase.expected) || $0.contains(testCase.expected) },
                "missing: \(testCase.expected)\n\(run.stderr.prefix(2000))")
        #expect(run.stderr.utf8.count < 10_000, "a diagnostic repeats the input: \(run.stderr.utf8.count) bytes on stderr")
        if ProcessInfo.processInfo.environment["VIGIE_ROBUSTNESS_REPORT"] == "1" {
            print("robustness: \(testCase.name): \(String(format: "%.2f", measured.seconds)) s, peak \(String(format: "%.1f", measured.peakMiB)) MiB")
        }
    }

    // MARK: The file system

    @Test("a .csv that is a folder: skipped with a warning")
    func folderNamedCSV() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        try FileManager.default.createDirectory(at: workspace.path(Self.sheet + "dossier.csv"), withIntermediateDirectories: true)
        let run = try Spawn.vigie(["validate"], in: workspace.url).run
        #expect(run.status == 0)
        #expect(run.stderrLines.contains("audits/2025/dossier.csv:1:1: warning: this is a folder, not a CSV file; it is skipped"))
    }

    @Test("a file where a year folder should be: skipped with a warning")
    func fileForYearFolder() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        try workspace.write("audits/2024", Self.header + Self.row)
        let run = try Spawn.vigie(["validate"], in: workspace.url).run
        #expect(run.status == 0)
        #expect(run.stderrLines.contains(
            "audits/2024:1:1: warning: '2024' is not a folder: answer sheets go in a year folder (audits/2024/*.csv); it is skipped"))
    }

    @Test("units.csv that is a folder: a warning, the workspace read without it")
    func optionalFileIsFolder() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        try FileManager.default.removeItem(at: workspace.path("audits/units.csv"))
        try FileManager.default.createDirectory(at: workspace.path("audits/units.csv"), withIntermediateDirectories: true)
        let run = try Spawn.vigie(["validate"], in: workspace.url).run
        #expect(run.status == 0)
        #expect(run.stderrLines.contains("audits/units.csv:1:1: warning: this is a folder, not a CSV file; it is skipped"))
    }

    @Test("criteria.csv with its header only: an error on it, not only on every answer")
    func catalogueHeaderOnly() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        try workspace.write("checklists/base/criteria.csv", Array("criterion;domain;title\n".utf8))
        let run = try Spawn.vigie(["validate"], in: workspace.url).run
        #expect(run.status == 1)
        #expect(run.stderrLines.contains(
            "checklists/base/criteria.csv:1:1: error: the file has its header line but no rows: the catalogue needs at least one"), "\(run.stderr)")
    }

    @Test("criteria.csv that is a folder: an error")
    func requiredFileIsFolder() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let criteria = workspace.path("checklists/base/criteria.csv")
        try FileManager.default.removeItem(at: criteria)
        try FileManager.default.createDirectory(at: criteria, withIntermediateDirectories: true)
        let run = try Spawn.vigie(["validate"], in: workspace.url).run
        #expect(run.status == 1)
        #expect(run.stderrLines.contains("checklists/base/criteria.csv:1:1: error: this is a folder, not a CSV file: the catalogue needs this file"))
    }

    @Test("a symbolic link loop (ln -s loop.csv loop.csv): an error, no hang")
    func symbolicLinkLoop() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        #expect(symlink("loop.csv", workspace.path(Self.sheet + "loop.csv").path) == 0)
        #expect(symlink("b.csv", workspace.path(Self.sheet + "a-loop.csv").path) == 0)
        #expect(symlink("a-loop.csv", workspace.path(Self.sheet + "b.csv").path) == 0)
        let measured = try Spawn.vigie(["validate"], in: workspace.url)
        Bounds.check(measured, "link loop")
        #expect(measured.run.status == 1)
        let loop = "error: this is a symbolic link that leads back to itself (a loop): there is no file to read"
        #expect(measured.run.stderrLines.contains("audits/2025/loop.csv:1:1: \(loop)"))
        #expect(measured.run.stderrLines.contains("audits/2025/a-loop.csv:1:1: \(loop)"))
        #expect(measured.run.stderrLines.contains("audits/2025/b.csv:1:1: \(loop)"))
    }

    @Test("a link to nothing, and units.csv as a link loop: errors")
    func danglingLinks() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        #expect(symlink("gone.csv", workspace.path(Self.sheet + "dangling.csv").path) == 0)
        try FileManager.default.removeItem(at: workspace.path("audits/units.csv"))
        #expect(symlink("units.csv", workspace.path("audits/units.csv").path) == 0)
        let run = try Spawn.vigie(["validate"], in: workspace.url).run
        #expect(run.status == 1)
        #expect(run.stderrLines.contains("audits/2025/dangling.csv:1:1: error: this is a symbolic link to a file that does not exist"))
        #expect(run.stderrLines.contains { $0.hasPrefix("audits/units.csv:1:1: error: this is a symbolic link that leads back to itself") })
    }

    @Test("a named pipe and /dev/zero named .csv: refused at once, never read forever")
    func specialFiles() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        #expect(mkfifo(workspace.path(Self.sheet + "pipe.csv").path, 0o644) == 0)
        #expect(symlink("/dev/zero", workspace.path(Self.sheet + "zero.csv").path) == 0)
        let measured = try Spawn.vigie(["validate"], in: workspace.url)
        Bounds.check(measured, "special files")
        #expect(measured.run.status == 1)
        let special = "error: this is not a regular file (a pipe, a device or a socket): it is not read"
        #expect(measured.run.stderrLines.contains("audits/2025/pipe.csv:1:1: \(special)"))
        #expect(measured.run.stderrLines.contains("audits/2025/zero.csv:1:1: \(special)"))
    }

    /// chmod 000 does not stop root, and the tests often run as root (CI containers): then vigie runs as
    /// `nobody` through setpriv(1); without setpriv, as root, the case is skipped.
    @Test("an unreadable file and an unreadable year folder (chmod 000): errors")
    func unreadableFile() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let locked = workspace.path(Self.sheet + "locked.csv")
        try Data((Self.header + Self.row)).write(to: locked)
        #expect(chmod(locked.path, 0) == 0)
        try workspace.write("audits/2026/b.csv", Self.header + Self.row)
        #expect(chmod(workspace.path("audits/2026").path, 0) == 0)
        let run: Run
        if getuid() == 0 {
            let setpriv = "/usr/bin/setpriv"
            guard FileManager.default.isExecutableFile(atPath: setpriv) else {
                print("robustness: skipped the unreadable-file case: running as root, where chmod 000 does not stop reading, and no setpriv")
                return
            }
            // nobody must reach the workspace and the binary: the temporary folders are 0755.
            run = try Spawn.run(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", "--", try VigieBinary.url().path, "validate"],
                                in: workspace.url).run
        } else {
            run = try Spawn.vigie(["validate"], in: workspace.url).run
        }
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderrLines.contains(
            "audits/2025/locked.csv:1:1: error: the file cannot be opened (check that it exists and that you may read it)"), "\(run.stderr)")
        #expect(run.stderrLines.contains(
            "audits/2026:1:1: error: this year folder cannot be listed (check that you may read it): its answer sheets are not read"), "\(run.stderr)")
        #expect(chmod(workspace.path("audits/2026").path, 0o755) == 0)  // so that it can be removed
    }
}
