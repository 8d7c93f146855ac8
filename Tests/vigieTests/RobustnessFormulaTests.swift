import Foundation
import Testing

/// Every CSV that Vigie writes neutralises cells a spreadsheet would run as a formula (PRODUCT.md, OWASP
/// CSV injection): `vigie score --format csv`, `--trends`, and `vigie template`. Unit ids, catalogue texts and
/// comments that start with `=`, `+`, `-` or `@` come out with a leading apostrophe; numbers such as -12.5 stay
/// numbers. (A leading TAB or CR cannot reach an output from a workspace: the reader trims them from every cell;
/// the writer's handling of them is tested in VigieCSVTests.)
@Suite("Robustness: formulas neutralised in every CSV output")
struct RobustnessFormulaTests {
    static let units = ["=EVIL", "+PLUS", "-MINUS", "@AT"]

    /// A workspace whose unit ids and texts are formulas: 2024 all met (100), 2025 one partial (87.5): Δ = -12.5.
    static func workspace() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-formula-\(UUID().uuidString)")
        func write(_ relative: String, _ text: String) throws {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try write("checklists/base/domains.csv", "domain;title;description;weight\nD;=1+2;@SUM(A1);1\n")
        try write("checklists/base/criteria.csv", """
            criterion;domain;title;question;weight;scale
            C-1;D;=HYPERLINK(1);@SUM(A1);1;ternary
            C-2;D;+41 32 420 00 00;-2+3 ?;3;ternary

            """)
        // No units.csv: units.csv accepts only ids of letters, digits, '-', '_' and '.' (so '-MINUS' at most), while
        // units taken from the answers are not checked; both paths reach the outputs.
        for (year, second) in [(2024, "oui"), (2025, "oui")] {
            var text = "year;unit;criterion;answer;evidence;comment\n"
            for unit in units {
                text += "\(year);\(unit);C-1;\(year == 2024 ? "oui" : "partiel");=evidence();=1+1 comment\n"
                text += "\(year);\(unit);C-2;\(second);+ref;@comment\n"
            }
            try write("audits/\(year)/sheet.csv", text)
        }
        return root
    }

    /// The cells of a `;` CSV without quoted delimiters (the fixture has none), BOM dropped, quotes removed.
    static func cells(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\u{FEFF}", with: "").split(omittingEmptySubsequences: false) { $0 == "\r\n" || $0 == "\n" }
            .flatMap { $0.split(separator: ";", omittingEmptySubsequences: false) }
            .map { cell in
                var cell = String(cell)
                if cell.hasPrefix("\""), cell.hasSuffix("\""), cell.count >= 2 { cell = String(cell.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"") }
                return cell
            }
    }

    static func isPlainNumber(_ cell: String) -> Bool {
        cell.range(of: #"^[+-]?[0-9]+([.,][0-9]+)?$"#, options: .regularExpression) != nil
    }

    /// No cell starts like a formula unless it is a plain number.
    static func expectNeutralised(_ text: String, _ output: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let dangerous = cells(text).filter { cell in
            guard let first = cell.unicodeScalars.first else { return false }
            return ["=", "+", "-", "@", "\t", "\r"].contains(first) && !isPlainNumber(cell)
        }
        #expect(dangerous.isEmpty, "\(output): cells a spreadsheet would run: \(dangerous)", sourceLocation: sourceLocation)
    }

    @Test("vigie score --format csv, and --trends")
    func scoreCSV() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let validate = try VigieBinary.run(["validate"], in: root)
        #expect(validate.status == 0, "\(validate.stderr)")

        let scores = try VigieBinary.run(["score", "--format", "csv"], in: root)
        #expect(scores.status == 0, "\(scores.stderr)")
        Self.expectNeutralised(scores.stdout, "score --format csv")
        let scoreCells = Set(Self.cells(scores.stdout))
        for unit in Self.units { #expect(scoreCells.contains("'" + unit), "score: \(unit) not neutralised\n\(scores.stdout)") }

        for delimiter in [",", "tab"] {
            let other = try VigieBinary.run(["score", "--format", "csv", "--delimiter", delimiter], in: root)
            #expect(other.status == 0)
            for unit in Self.units { #expect(other.stdout.contains("'" + unit), "score --delimiter \(delimiter): \(unit)") }
        }

        let trends = try VigieBinary.run(["score", "--format", "csv", "--trends"], in: root)
        #expect(trends.status == 0, "\(trends.stderr)")
        Self.expectNeutralised(trends.stdout, "score --format csv --trends")
        let trendCells = Self.cells(trends.stdout)
        for unit in Self.units { #expect(trendCells.contains("'" + unit), "trends: \(unit) not neutralised\n\(trends.stdout)") }
        // A negative delta is a number, not a formula: no apostrophe.
        #expect(trendCells.contains("-12.5"), "trends: the delta -12.5 should stay a number\n\(trends.stdout)")
        #expect(!trendCells.contains("'-12.5"))
    }

    @Test("vigie template: unit ids, catalogue texts and last year's comments")
    func template() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("sheets")
        let run = try VigieBinary.run(["template", "--year", "2026", "--format", "csv", "--out", out.path], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names.count == Self.units.count, "\(names)")
        for name in names {
            let text = String(decoding: try Data(contentsOf: out.appendingPathComponent(name)), as: UTF8.self)
            Self.expectNeutralised(text, "template \(name)")
            let cells = Set(Self.cells(text))
            #expect(cells.isSuperset(of: ["'=HYPERLINK(1)", "'@SUM(A1)", "'+41 32 420 00 00", "'-2+3 ?", "'=1+1 comment", "'@comment"]),
                    "template \(name): \(text)")
            #expect(Self.units.contains { cells.contains("'" + $0) }, "template \(name): the unit id is not neutralised")
        }
    }
}
