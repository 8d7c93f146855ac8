import Foundation
import Testing

/// `vigie validate`, run as a user runs it.
@Suite("vigie validate, end to end")
struct ValidateCommandTests {
    @Test("a valid workspace: exit 0, only the summary on stderr, nothing on stdout")
    func valid() throws {
        let run = try VigieBinary.run(["validate"], in: Fixture.url("valid"))
        #expect(run.status == 0)
        #expect(run.stderr == "0 errors, 0 warnings in 4 files\n")
        #expect(run.stdout == "")
    }

    @Test("the workspace given as an argument: paths in messages start with it")
    func workspaceArgument() throws {
        let fixtures = Fixture.url("valid").deletingLastPathComponent()
        let run = try VigieBinary.run(["validate", "every-error"], in: fixtures)
        #expect(run.status == 1)
        #expect(run.stderrLines.contains { $0.hasPrefix("every-error/audits/2025/a.csv:2:3: error: row 2, column C (criterion), criterion gou-01: unknown criterion 'gou-01'") })
        #expect(run.stderrLines.allSatisfy { $0.hasPrefix("every-error/") || $0.hasSuffix(" files") })

        let valid = try VigieBinary.run(["validate", Fixture.url("valid").path])
        #expect(valid.status == 0)
    }

    @Test("warnings alone: exit 0, each printed compiler style, then the summary")
    func warningsOnly() throws {
        let run = try VigieBinary.run(["validate"], in: Fixture.url("warnings-only"))
        #expect(run.status == 0)
        #expect(run.stderrLines == [
            "audits/2025/a.csv:2:3: warning: row 2, column C (answer), criterion GOU-01: 'GOU-01' is answered not applicable without a comment; say why it does not apply",
            "audits/2025/a.csv:3:6: warning: row 3, column F (date), criterion GOU-02: '31.02.2025' is not a date Vigie can read; write dd.mm.yyyy or yyyy-mm-dd",
            "0 errors, 2 warnings in 3 files",
        ])
    }

    /// The "done when" of the issue: every kind of error, each at its exact file:line:column, in one run, exit 1.
    @Test("every kind of error at once, each at its exact file:line:column, exit 1")
    func everyError() throws {
        let run = try VigieBinary.run(["validate"], in: Fixture.url("every-error"))
        #expect(run.status == 1)
        #expect(run.stdout == "")
        let expected: [(place: String, fragment: String)] = [
            ("audits/2025/a.csv:2:3", "row 2, column C (criterion), criterion gou-01: unknown criterion 'gou-01': it is not in the catalogue 'base'; did you mean 'GOU-01'?"),
            ("audits/2025/a.csv:3:2", "row 3, column B (unit), criterion GOU-01: unknown unit 'SPOQ': it is not in audits/units.csv; did you mean 'SPOP'?"),
            ("audits/2025/a.csv:4:4", "row 4, column D (answer), criterion GOU-01: 'peut-être' is not an answer Vigie understands"),
            ("audits/2025/a.csv:5:4", "row 5, column D (answer), criterion GOU-02: the criterion 'GOU-02' is answered met or not met (yes / no / not applicable), not 'partiel'"),
            ("audits/2025/a.csv:6:4", "row 6, column D (answer), criterion REC-01: the criterion 'REC-01' is answered with a level from 0 to 4 (or not applicable), not 'oui'"),
            ("audits/2025/a.csv:7:1", "row 7, column A (year), criterion GOU-01: the row says 2024 but the file is in the folder 2025"),
            ("audits/2025/a.csv:8:1", "row 8, column A (year), criterion GOU-02: '25' is not a year"),
            ("audits/2025/b.csv:2:3", "row 2, column C (answer), criterion GOU-01: the criterion 'GOU-01' is answered yes / partial / no / not applicable, not the level '3'"),
            ("audits/2025/b.csv:3:2", "row 3, column B (criterion), criterion REC-01: the unit 'DEP' answers 'REC-01' twice in 2025; the first answer is at audits/2025/a.csv:9:3"),
            ("audits/2025/b.csv:4:1", "row 4, column A (unit), criterion GOU-01: the unit is empty"),
            ("audits/2025/b.csv:5:2", "row 5, column B (criterion): the criterion is empty"),
            ("audits/2025/c.csv:2:4", "row 2, column D: a quoted field opened here is never closed"),
            ("audits/2025/d.csv:1:1", "the required column 'answer' is missing"),
            ("audits/units.csv:3:3", "row 3, column C (parent): unknown unit 'DEPT': it is not in units.csv; did you mean 'DEP'?"),
            ("audits/units.csv:4:1", "row 4, column A (unit): the unit id 'SPOP' is defined twice; the first is at audits/units.csv:3:1"),
            ("audits/units.csv:6:3", "row 6, column C (parent): these ids form a loop through 'parent': A → B → A"),
            ("audits/units.csv:8:7", "row 8, column G (replaces): unknown unit 'OLD'"),
            ("audits/units.csv:9:7", "row 9, column G (replaces): these ids form a loop through 'replaces': P → Q → P"),
            ("audits/units.csv:11:6", "row 11, column F (until): 'until' (2024) comes before 'since' (2026)"),
            ("checklists/base/criteria.csv:3:2", "row 3, column B (domain): unknown domain 'GOV': it is not in domains.csv; did you mean 'GOU'?"),
            ("checklists/base/criteria.csv:3:4", "row 3, column D (weight): '0' is not a positive number"),
            ("checklists/base/criteria.csv:4:4", "row 4, column D (weight): '-1' is not a positive number"),
            ("checklists/base/criteria.csv:4:5", "row 4, column E (critical): 'peut-être' is neither yes nor no"),
            ("checklists/base/criteria.csv:5:6", "row 5, column F (scale): unknown scale 'trinary'"),
            ("checklists/base/criteria.csv:5:8", "row 5, column H (since): '20x5' is not a year"),
            ("checklists/base/criteria.csv:6:1", "row 6, column A (criterion): the criterion id 'GOU-01' is defined twice; the first is at checklists/base/criteria.csv:2:1"),
            ("checklists/base/criteria.csv:7:10", "row 7, column J (replaces): unknown criterion 'GOU-1': it is not in criteria.csv; did you mean 'GOU-01'?"),
            ("checklists/base/criteria.csv:8:10", "row 8, column J (replaces): these ids form a loop through 'replaces': REC-04 → REC-05 → REC-04"),
            ("checklists/base/criteria.csv:10:9", "row 10, column I (until): 'until' (2024) comes before 'since' (2026)"),
            ("checklists/base/criteria.csv:11:2", "row 11, column B (domain): the criterion 'REC-07' has no domain"),
            ("checklists/base/criteria.csv:12:1", "row 12, column A (criterion): the criterion id is empty"),
            ("checklists/base/domains.csv:1:5", "row 1, column E (Title): the column 'Title' appears twice (first in column 2)"),
            ("checklists/base/domains.csv:3:4", "row 3, column D (weight): 'abc' is not a positive number"),
            ("checklists/base/domains.csv:4:1", "row 4, column A (domain): the domain id 'GOU' is defined twice; the first is at checklists/base/domains.csv:2:1"),
            ("checklists/base/domains.csv:5:1", "row 5, column A (domain): 'A B' is not a valid domain id"),
            ("checklists/base/levels.csv:3:3", "row 3, column C (min_score): 'cent' is not a score between 0 and 100"),
            ("checklists/base/levels.csv:4:3", "row 4, column C (min_score): two levels start at the same score 85"),
        ]
        let errorLines = run.stderrLines.filter { $0.contains(": error: ") }
        for (place, fragment) in expected {
            let prefix = "\(place): error: \(fragment)"
            #expect(errorLines.contains { $0.hasPrefix(prefix) }, "missing: \(prefix)")
        }
        #expect(errorLines.count == expected.count, "\(errorLines.joined(separator: "\n"))")
        // In output order: by file, then line, then column.
        #expect(errorLines.map { String($0.prefix { $0 != " " }.dropLast()) } == expected.map(\.place))
        #expect(run.stderrLines.last == "37 errors, 3 warnings in 8 files")
    }

    @Test("--format json: every finding with its place, on stdout, for tools")
    func json() throws {
        let run = try VigieBinary.run(["validate", "--format", "json"], in: Fixture.url("every-error"))
        #expect(run.status == 1)
        #expect(run.stderr == "")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["errors", "warnings", "notes", "files", "diagnostics"])
        #expect(object["notes"] as? Int == 0)
        #expect(object["errors"] as? Int == 37)
        #expect(object["warnings"] as? Int == 3)
        #expect(object["files"] as? Int == 8)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 40)
        for diagnostic in diagnostics {
            #expect(Set(diagnostic.keys) == ["severity", "code", "file", "line", "column", "column_name", "row", "column_letter", "sheet",
                                             "criterion", "message", "related"])
            #expect(["error", "warning"].contains(diagnostic["severity"] as? String ?? ""))
            #expect(diagnostic["line"] is Int)
            #expect(diagnostic["column"] is Int)
        }
        // Every kind of error that can stand beside the others.
        let codes = Set(diagnostics.filter { $0["severity"] as? String == "error" }.compactMap { $0["code"] as? String })
        #expect(codes == [
            "answer-off-scale", "bad-boolean", "bad-id", "bad-min-score", "bad-weight", "bad-year", "csv-syntax",
            "duplicate-answer", "duplicate-column", "duplicate-criterion", "duplicate-domain", "duplicate-level",
            "duplicate-unit", "inverted-years", "missing-column", "missing-criterion", "missing-domain", "missing-id",
            "missing-unit", "parent-cycle", "replaces-cycle", "unknown-answer", "unknown-criterion", "unknown-domain",
            "unknown-parent", "unknown-replaces", "unknown-scale", "unknown-unit", "year-mismatch",
        ])
        let duplicate = try #require(diagnostics.first { $0["code"] as? String == "duplicate-answer" })
        #expect(duplicate["file"] as? String == "audits/2025/b.csv")
        #expect(duplicate["line"] as? Int == 3)
        #expect(duplicate["column"] as? Int == 2)
        #expect(duplicate["column_name"] as? String == "criterion")
        // The cell as a spreadsheet shows it, and the criterion of the row.
        #expect(duplicate["row"] as? Int == 3)
        #expect(duplicate["column_letter"] as? String == "B")
        #expect(duplicate["sheet"] is NSNull)
        #expect(duplicate["criterion"] as? String == "REC-01")
        #expect(duplicate["related"] as? String == "audits/2025/a.csv:9:3")
        let syntax = try #require(diagnostics.first { $0["code"] as? String == "csv-syntax" })
        #expect(syntax["file"] as? String == "audits/2025/c.csv")
        #expect(syntax["line"] as? Int == 2)
        #expect(syntax["column"] as? Int == 4)
        #expect(syntax["related"] is NSNull)

        let valid = try VigieBinary.run(["validate", "--format", "json"], in: Fixture.url("valid"))
        #expect(valid.status == 0)
        #expect(valid.stderr == "")
        let validObject = try #require(try JSONSerialization.jsonObject(with: Data(valid.stdout.utf8)) as? [String: Any])
        #expect(validObject["errors"] as? Int == 0)
        #expect(validObject["files"] as? Int == 4)
        #expect((validObject["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test("a catalogue file missing: exit 1, the file named")
    func missingCatalogueFile() throws {
        let workspace = try Fixture.copy("valid")
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
        try FileManager.default.removeItem(at: workspace.appendingPathComponent("checklists/base/criteria.csv"))
        let run = try VigieBinary.run(["validate"], in: workspace)
        #expect(run.status == 1)
        #expect(run.stderrLines.first == "checklists/base/criteria.csv:1:1: error: this file of the catalogue is missing")
        #expect(run.stderrLines.last?.hasPrefix("1 error, 0 warnings in ") == true)
    }

    @Test("several catalogues: exit 1 without --catalogue, 0 with it")
    func severalCatalogues() throws {
        let workspace = try Fixture.copy("valid")
        defer { try? FileManager.default.removeItem(at: workspace.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: workspace.appendingPathComponent("checklists/base"),
                                         to: workspace.appendingPathComponent("checklists/autre"))
        let run = try VigieBinary.run(["validate"], in: workspace)
        #expect(run.status == 1)
        #expect(run.stderrLines == [
            "checklists:1:1: error: there are several catalogues (autre, base); choose one with --catalogue",
            "1 error, 0 warnings in 0 files",
        ])
        let chosen = try VigieBinary.run(["validate", "--catalogue", "base"], in: workspace)
        #expect(chosen.status == 0)
        #expect(chosen.stderr == "0 errors, 0 warnings in 4 files\n")
        let unknown = try VigieBinary.run(["validate", "--catalogue", "nope"], in: workspace)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("there is no catalogue 'nope'"))
    }

    @Test("a workspace that does not exist: exit 1")
    func noWorkspace() throws {
        let run = try VigieBinary.run(["validate", "no/such/folder"], in: Fixture.url("valid"))
        #expect(run.status == 1)
        #expect(run.stderrLines.first?.hasPrefix("no/such/folder:1:1: error: this is not a folder") == true)
    }

    @Test("usage errors exit 2, with the reason on stderr", arguments: [
        (["validate", "--bogus"], "Unknown option '--bogus'"),
        (["validate", "--format", "xml"], "xml"),
        (["frobnicate"], "frobnicate"),
        (["validate", "a", "b"], "Unexpected argument 'b'"),
    ])
    func usageError(arguments: [String], reason: String) throws {
        let run = try VigieBinary.run(arguments, in: Fixture.url("valid"))
        #expect(run.stderr.contains(reason))
        #expect(run.status != 0 && run.status != 1, "a usage error is not invalid input")
        // PRODUCT.md: "Exit codes: 0 ok, 1 invalid input, 2 usage error". swift-argument-parser exits 64 (EX_USAGE)
        // unless the root command maps it; that lives in Sources/vigie/Vigie.swift.
        #expect(run.status == 2)
    }

    @Test("--version prints the version and exits 0")
    func version() throws {
        let run = try VigieBinary.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.range(of: #"^\d+\.\d+\.\d+\S*\n$"#, options: .regularExpression) != nil, "\(run.stdout)")
        #expect(run.stderr == "")
    }
}
