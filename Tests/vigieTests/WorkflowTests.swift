import Foundation
import Testing

/// The HR path end to end with the built binary: init, list units, template, fill, validate, score.
struct WorkflowTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-workflow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(([0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))).write(to: url)
    }

    /// Fills a template: `answer(criterion, answersAllowed)` gives the word, evidence and comment are filled too.
    static func fill(_ url: URL, _ answer: (Int, String) -> String) throws {
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self).replacingOccurrences(of: "\u{FEFF}", with: "")
        var lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = lines.removeFirst()
        let columns = header.components(separatedBy: ";")
        let answerColumn = columns.firstIndex(of: "answer")!, evidenceColumn = columns.firstIndex(of: "evidence")!
        let commentColumn = columns.firstIndex(of: "comment")!, allowedColumn = columns.firstIndex(of: "answers_allowed")!
        var out = [header]
        for (index, line) in lines.enumerated() {
            // The catalogue's texts contain no ';' or quotes in the columns read here; split naively but keep quoted cells whole.
            var cells = Self.split(line)
            cells[answerColumn] = answer(index, cells[allowedColumn])
            cells[evidenceColumn] = "Pièce \(index)"
            cells[commentColumn] = "Commentaire \(index)"
            out.append(cells.map { $0.contains(";") || $0.contains("\"") ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }.joined(separator: ";"))
        }
        try write(out.joined(separator: "\n") + "\n", to: url)
    }

    static func split(_ line: String) -> [String] {
        var cells: [String] = [], current = "", quoted = false
        var characters = Array(line)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" { if characters.first == "\"" { current.append("\""); characters.removeFirst() } else { quoted = false } }
                else { current.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == ";" { cells.append(current); current = "" }
            else { current.append(c) }
        }
        cells.append(current)
        return cells
    }

    @Test func fromInitToScoresWithEveryWordOfTheVocabulary() throws {
        let root = try Self.temporaryFolder().appendingPathComponent("ws")
        let initRun = try VigieBinary.run(["init", root.path, "--year", "2026"])
        #expect(initRun.status == 0, "\(initRun.stderr)")
        // init refuses to overwrite.
        #expect(try VigieBinary.run(["init", root.path, "--year", "2026"]).status == 1)

        try Self.write("unit;name;parent;kind\nDEP;Département;;département\nU1;Un;DEP;service\nU2;Deux;DEP;service\nU3;Trois;DEP;service\nU4;Quatre;DEP;service\n",
                       to: root.appendingPathComponent("audits/units.csv"))
        let template = try VigieBinary.run(["template", root.path, "--year", "2026", "--format", "csv"])
        #expect(template.status == 0, "\(template.stderr)")
        let sheets = root.appendingPathComponent("audits/2026")
        // DEP has services: no sheet by default.
        #expect(try FileManager.default.contentsOfDirectory(atPath: sheets.path).sorted() == ["U1.csv", "U2.csv", "U3.csv", "U4.csv"])

        let met = ["met", "yes", "oui", "atteint", "rempli", "ja", "erfüllt", "Oui", "MET"]
        let notMet = ["not met", "not_met", "no", "non", "non atteint", "nein", "nicht erfüllt", "NON"]
        let partial = ["partial", "partiel", "partiellement", "partiellement atteint", "teilweise"]
        let na = ["na", "n/a", "sans objet", "s.o.", "entfällt", "nicht anwendbar"]
        let unanswered = ["", "?", "unknown", "inconnu"]
        func isLevel(_ allowed: String) -> Bool { allowed.hasPrefix("0") }
        func isBinary(_ allowed: String) -> Bool { !allowed.contains("partiel") && !isLevel(allowed) }
        // U1: everything met (level 4) → 100. U2: everything not met (level 0) → 0.
        try Self.fill(sheets.appendingPathComponent("U1.csv")) { i, allowed in isLevel(allowed) ? "4" : met[i % met.count] }
        try Self.fill(sheets.appendingPathComponent("U2.csv")) { i, allowed in isLevel(allowed) ? "0" : notMet[i % notMet.count] }
        // U3: ternary partial (0.5), level 2 (0.5), binary not applicable → every defined domain scores 50, so S = 50.
        try Self.fill(sheets.appendingPathComponent("U3.csv")) { i, allowed in
            isLevel(allowed) ? "2" : isBinary(allowed) ? na[i % na.count] : partial[i % partial.count]
        }
        // U4: nothing answered → coverage 0, not started (PRODUCT.md, Revision 2): no score, noted by validate.
        try Self.fill(sheets.appendingPathComponent("U4.csv")) { i, _ in unanswered[i % unanswered.count] }

        let validate = try VigieBinary.run(["validate", root.path])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(!validate.stderr.contains("error:"))
        #expect(validate.stderr.contains("U4.csv:2:2: note: row 2, column B (unit): the sheet of the unit 'U4' for"))
        #expect(validate.stderrLines.last?.contains(", 1 note in ") == true)

        let score = try VigieBinary.run(["score", root.path, "--format", "csv"])
        #expect(score.status == 0, "\(score.stderr)")
        let rows = ScoreCommandTests.rows(score.stdout)
        func overall(_ scope: String, _ unit: String) -> [String: String]? {
            rows.first { $0["scope"] == scope && $0["unit"] == unit && $0["domain"] == "*" }
        }
        #expect(overall("unit", "U1")?["score"] == "100")
        #expect(overall("unit", "U1")?["rating"] == "Exemplaire")
        #expect(overall("unit", "U2")?["score"] == "0")
        #expect(overall("unit", "U2")?["rating"] == "Insuffisant")
        #expect(overall("unit", "U3")?["score"] == "50")
        // U3's critical criteria are partial, not "not met": no cap, 50 → En progrès.
        #expect(overall("unit", "U3")?["rating"] == "En progrès")
        #expect(overall("unit", "U4")?["status"] == "not-started")
        #expect(overall("unit", "U4")?["score"] == "")
        #expect(overall("unit", "U4")?["rating"] == "")
        #expect(overall("unit", "U4")?["coverage"] == "0")
        // DEP = mean(100, 0, 50) = 50, U4 left out; the canton is its one department.
        #expect(overall("department", "DEP")?["score"] == "50")
        #expect(overall("canton", "")?["score"] == "50")
        // Ranks among the three complete units: U1 1st, U3 2nd, U2 3rd.
        #expect([overall("unit", "U1")?["rank"], overall("unit", "U3")?["rank"], overall("unit", "U2")?["rank"]] == ["1", "2", "3"])

        // Filled sheets are not overwritten without --force.
        let again = try VigieBinary.run(["template", root.path, "--year", "2026", "--format", "csv"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("--force"))
    }

    @Test func templatesAreWrittenAsExcelExpectsWithFormulasNeutralised() throws {
        let root = try Self.temporaryFolder().appendingPathComponent("ws")
        #expect(try VigieBinary.run(["init", root.path, "--year", "2026"]).status == 0)
        // A catalogue whose texts start like spreadsheet formulas.
        let catalogue = root.appendingPathComponent("checklists/administration-ouverte")
        try Self.write("domain;title;description;weight\nD;Domaine;;1\n", to: catalogue.appendingPathComponent("domains.csv"))
        try Self.write("criterion;domain;title;question;weight\nC1;D;=HYPERLINK(\"http://x\");+41 32 420 00 00;1\nC2;D;@SUM(A1);-1+1;1\n",
                       to: catalogue.appendingPathComponent("criteria.csv"))
        try Self.write("unit;name;parent\nU;Unité;\n", to: root.appendingPathComponent("audits/units.csv"))
        #expect(try VigieBinary.run(["template", root.path, "--year", "2026", "--format", "csv"]).status == 0)
        let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent("audits/2026/U.csv")))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.count == 4 && lines[3].isEmpty, "three CRLF-terminated lines")
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(lines[0] == "year;unit;criterion;domain;title;question;answer;evidence;comment;assessor;date;answers_allowed;previous_answer;previous_comment")
        #expect(lines[1].contains(";\"'=HYPERLINK(\"\"http://x\"\")\";'+41 32 420 00 00;"))
        #expect(lines[2].contains(";'@SUM(A1);'-1+1;"))
        // And a neutralised sheet still reads back: the apostrophes are in helper columns Vigie ignores.
        #expect(try VigieBinary.run(["validate", root.path]).status == 0)
    }
}
