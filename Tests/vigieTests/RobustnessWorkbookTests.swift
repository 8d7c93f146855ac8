import Foundation
import Testing
import XLSXTestSupport

/// Broken workbooks end to end: each kind, dropped into a copy of the `valid` workspace as audits/2025/bad.xlsx,
/// gets one error at its place and exit status 1, within the time and memory bounds (`Bounds`), never a crash.
@Suite("Robustness: broken workbooks, end to end")
struct RobustnessWorkbookTests {
    static let sheet = "audits/2025/"

    /// The valid fixture's answer sheet, as rows of texts.
    static func rows() throws -> [[String]] {
        let text = String(decoding: try Data(contentsOf: Fixture.url("valid/audits/2025/interieur.csv")), as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
    }

    /// name → the start of the error's text, after `bad.xlsx:…: error: `.
    static let expected: [String: String] = [
        "formula without value": "this cell holds a formula without a computed value",
        "legacy xls": "this is not an .xlsx workbook but a legacy Excel file (.xls) or a password-protected workbook",
        "ods renamed": "this is an OpenDocument spreadsheet (.ods) renamed .xlsx",
        "xlsb renamed": "this is an Excel binary workbook (.xlsb) renamed .xlsx",
        "not a zip": "the workbook is truncated or damaged (its zip directory is missing)",
        "truncated zip": "the workbook is truncated or damaged (its zip directory is missing)",
        "damaged entry": "the workbook is damaged (a part of its zip cannot be read or fails its checksum)",
        "inflation bomb": "the part xl/worksheets/sheet1.xml inflates past 16 MiB",
        "lying sizes": "the part xl/worksheets/sheet1.xml inflates past 16 MiB",
        // The workbook's own parts and the 1,500 images added.
        "too many entries": "the workbook's zip holds \(TestWorkbook.parts(sheetData: "").count + 1_500) entries, more than the 1000 Vigie reads",
        "too many cells": "the worksheet holds more than 200000 cells",
        "too many shared strings": "the workbook holds more than 200000 shared strings",
        "doctype entity": "the part xl/worksheets/sheet1.xml: it declares a DOCTYPE or an ENTITY",
        "malformed xml": "the part xl/worksheets/sheet1.xml is not well-formed XML",
        "utf-16 part": "the part xl/worksheets/sheet1.xml: it is not UTF-8 XML",
        "empty file": "this is not an .xlsx workbook (it is not a zip package)",
    ]

    @Test(arguments: BadWorkbooks.names)
    func brokenWorkbook(_ name: String) throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        try workspace.write(Self.sheet + "bad.xlsx", [UInt8](try BadWorkbooks.make(name, rows: Self.rows())))
        let measured = try Spawn.vigie(["validate"], in: workspace.url)
        Bounds.check(measured, name)
        let run = measured.run
        #expect(run.status == 1, "\(name): \(run.stderr.prefix(2000))")
        let errors = run.stderrLines.filter { $0.contains(": error: ") }
        let wanted = try #require(Self.expected[name])
        let place = name == "formula without value" ? "bad.xlsx:Feuille1!H3" : "bad.xlsx:1:1"
        #expect(errors.count == 1 && errors[0].hasPrefix(Self.sheet + place + ": error: " + wanted),
                "\(name): wanted \(wanted)\n\(run.stderr.prefix(2000))")
        #expect(run.stderr.utf8.count < 10_000, "a diagnostic repeats the input")
    }

    @Test("a part over XMLParser(data:)'s 10 MB (12 MB of shared strings) is streamed and read")
    func largePart() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let rows = try Self.rows()
        let strings = (0..<400).map { String(repeating: "abcdefghij", count: 3_000) + "\($0)" }
        let parts = TestWorkbook.parts(sheetData: BadWorkbooks.sheetData(rows), strings: strings)
        try workspace.write(Self.sheet + "interieur.xlsx", [UInt8](try TestWorkbook.zip(parts)))
        try FileManager.default.removeItem(at: workspace.path(Self.sheet + "interieur.csv"))
        let csvScore = try VigieBinary.run(["score", "--format", "csv", "--catalogue", "base"], in: try Fixture.copy("valid"))
        let measured = try Spawn.vigie(["score", "--format", "csv"], in: workspace.url)
        Bounds.check(measured, "12 MB part")
        #expect(measured.run.status == 0, "\(measured.run.stderr.prefix(2000))")
        #expect(measured.run.stdout == csvScore.stdout && !csvScore.stdout.isEmpty)
    }

    @Test("a wrong answer in a workbook: the error names the worksheet and the cell; Excel's lock file is skipped")
    func wrongAnswerAndLockFile() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        var rows = try Self.rows()
        let answer = try #require(rows[0].firstIndex(of: "answer"))
        rows[2][answer] = "peut-être"
        try workspace.write(Self.sheet + "interieur.xlsx", [UInt8](try BadWorkbooks.valid(rows)))
        try FileManager.default.removeItem(at: workspace.path(Self.sheet + "interieur.csv"))
        try workspace.write(Self.sheet + "~$interieur.xlsx", [UInt8](repeating: 0, count: 165))
        let run = try VigieBinary.run(["validate"], in: workspace.url)
        #expect(run.status == 1)
        let errors = run.stderrLines.filter { $0.contains(": error: ") }
        #expect(errors.count == 1 && errors[0].hasPrefix(Self.sheet + "interieur.xlsx:Feuille1!D3: error: column 'answer', criterion GOU-02: 'peut-être'"), "\(run.stderr)")
        #expect(!run.stderr.contains("~$"))
    }
}
