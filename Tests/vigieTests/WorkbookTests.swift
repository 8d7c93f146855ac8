import Foundation
import Testing
import VigieCSV
import VigieCore
import VigieXLSX

/// Workbooks end to end with the built binary: templates, filled workbooks read as CSV sheets are, and `template`
/// recognising a unit's answers by what the sheets hold.
struct WorkbookTests {
    /// A copy of the repository's demo workspace (catalogue, units, three years of CSV sheets).
    static func demo() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for name in ["audits", "checklists", "workspace.csv"] {
            try FileManager.default.copyItem(at: VigieBinary.packageRoot.appendingPathComponent(name), to: root.appendingPathComponent(name))
        }
        return root
    }

    static func sheets(_ root: URL) throws -> [URL] {
        let audits = root.appendingPathComponent("audits")
        return try FileManager.default.contentsOfDirectory(atPath: audits.path).filter { $0.allSatisfy(\.isNumber) }.sorted().flatMap { year in
            try FileManager.default.contentsOfDirectory(atPath: audits.appendingPathComponent(year).path).sorted()
                .map { audits.appendingPathComponent(year).appendingPathComponent($0) }
        }
    }

    /// The CSV sheet's cells as a workbook: numbers (integers without leading zeros) as number cells, texts as strings.
    static func workbook(fromCSV url: URL) throws -> [UInt8] {
        let document = try CSVParser.parse([UInt8](try Data(contentsOf: url)))
        let rows = ([document.header].compactMap { $0 } + document.records).map { record in
            record.fields.map { field -> Worksheet.Cell in
                let isInteger = !field.isEmpty && field.count < 10 && field.allSatisfy(\.isASCII) && field.allSatisfy(\.isNumber) && (field == "0" || !field.hasPrefix("0"))
                return Worksheet.Cell(isInteger ? .integer(Int(field)!) : .text(field), style: .text)
            }
        }
        return try WorkbookWriter.data(Worksheet(name: "Feuille1", columns: [], rows: rows, isProtected: false))
    }

    @Test("a workspace of workbooks scores byte for byte as the same sheets in CSV, with the same diagnostics")
    func workbooksScoreAsCSV() throws {
        let csv = try Self.demo(), xlsx = try Self.demo()
        defer { try? FileManager.default.removeItem(at: csv); try? FileManager.default.removeItem(at: xlsx) }
        var converted = 0
        for sheet in try Self.sheets(xlsx) where sheet.pathExtension == "csv" {
            try Data(try Self.workbook(fromCSV: sheet)).write(to: sheet.deletingPathExtension().appendingPathExtension("xlsx"))
            try FileManager.default.removeItem(at: sheet)
            converted += 1
        }
        #expect(converted > 20)
        let fromCSV = try VigieBinary.run(["score", csv.path, "--format", "csv"])
        let fromWorkbooks = try VigieBinary.run(["score", xlsx.path, "--format", "csv"])
        #expect(fromCSV.status == 0 && fromWorkbooks.status == 0, "\(fromWorkbooks.stderr)")
        #expect(!fromCSV.stdout.isEmpty)
        #expect(fromWorkbooks.stdout == fromCSV.stdout)
        // The same findings, each in the workbook at the cell the CSV names by line and column.
        // (Less the CSV's own: an encoding guessed, which a workbook, always UTF-8 inside, cannot have.)
        let csvFindings = try VigieBinary.run(["validate", "."], in: csv).stderrLines.dropLast().filter { !$0.contains("Windows-1252") }
        let workbookFindings = try VigieBinary.run(["validate", "."], in: xlsx).stderrLines.dropLast()
        #expect(csvFindings.count == workbookFindings.count && !csvFindings.isEmpty)
        for (a, b) in zip(csvFindings, workbookFindings) {
            // a: audits/2025/x.csv:27:8: warning: … ; b: audits/2025/x.xlsx:Feuille1!H27: warning: …
            let place = a.split(separator: ":").prefix(3)
            let cell = Location(file: "", line: Int(place[1])!, column: Int(place[2])!, row: Int(place[1])!, sheet: "Feuille1").description.dropFirst()
            // The CSV's "row 27, column H (date)" is the workbook's cell already: there it reads "column 'date'".
            let text = String(a.dropFirst(place.joined(separator: ":").count))
                .replacingOccurrences(of: #"row \d+, column [A-Z]+ \(([^)]*)\)"#, with: "column '$1'", options: .regularExpression)
            let expected = place[0].replacingOccurrences(of: ".csv", with: ".xlsx") + ":" + cell + text
            #expect(b == expected)
        }
    }

    @Test("vigie template writes workbooks by default, identical from run to run, that read back as blank sheets")
    func templates() throws {
        let root = try Self.demo()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try VigieBinary.run(["template", root.path, "--year", "2027"])
        #expect(first.status == 0, "\(first.stderr)")
        let folder = root.appendingPathComponent("audits/2027")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!names.isEmpty && names.allSatisfy { $0.hasSuffix(".xlsx") }, "\(names)")
        let bytes = try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        #expect(try VigieBinary.run(["template", root.path, "--year", "2027", "--force"]).status == 0)
        #expect(try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) } == bytes, "byte-identical for identical input")
        // No temporary folder is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == names)
        let validate = try VigieBinary.run(["validate", root.path])
        #expect(validate.status == 0, "\(validate.stderr)")
        // A wrong word typed in a workbook: the message names the cell.
        let sheet = folder.appendingPathComponent(names[0])
        let table = WorkbookReader.read(try Data(contentsOf: sheet), displayPath: "x").table!
        let answer = table.columnIndex("answer")!
        var rows = [table.header] + table.records.map(table.fields)
        rows[13][answer] = "peut-être"
        let filled = Worksheet(name: table.sheet!, columns: [], rows: rows.map { $0.map { Worksheet.Cell(.text($0), style: .text) } }, isProtected: false)
        try Data(try WorkbookWriter.data(filled)).write(to: sheet)
        let wrong = try VigieBinary.run(["validate", root.path])
        #expect(wrong.status == 1)
        let letter = Location.columnLetters(answer + 1)
        let criterion = table.text(table.records[12], "criterion")
        #expect(wrong.stderr.contains("audits/2027/\(names[0]):'\(table.sheet!)'!\(letter)14: error: column 'answer', criterion \(criterion): 'peut-être'"), "\(wrong.stderr)")
    }

    @Test("template --unit SAS: a sheet that holds SAS's answers under another name is recognised; --format csv keeps CSV")
    func answersRecognisedByContent() throws {
        let root = try Self.demo()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("audits/2026")
        let sas = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.contains("SAS") })
        try FileManager.default.moveItem(at: folder.appendingPathComponent(sas), to: folder.appendingPathComponent("SAS rempli.csv"))
        for format in ["xlsx", "csv"] {
            let refused = try VigieBinary.run(["template", root.path, "--year", "2026", "--unit", "SAS", "--format", format])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("SAS rempli.csv (it holds the answers of SAS)") && refused.stderr.contains("--force"), "\(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("SAS.\(format)").path))
        }
        // A unit without answers gets its sheet; --format csv writes CSV.
        let written = try VigieBinary.run(["template", root.path, "--year", "2027", "--unit", "SAS", "--format", "csv"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("audits/2027").path) == ["SAS.csv"])
        // The blank CSV template is replaced by the workbook, not left beside it.
        #expect(try VigieBinary.run(["template", root.path, "--year", "2027", "--unit", "SAS"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("audits/2027").path) == ["SAS.xlsx"])
    }

    @Test("a folder that cannot be made: one sentence with the path and the reason, nothing half written")
    func unwritableFolder() throws {
        let root = try Self.demo()
        defer { try? FileManager.default.removeItem(at: root) }
        // --out under a regular file: no folder can be made there, whoever runs the test (root included).
        let file = root.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let out = file.appendingPathComponent("sheets")
        let run = try VigieBinary.run(["template", root.path, "--year", "2027", "--out", out.path])
        #expect(run.status == 1)
        #expect(run.stderrLines == ["error: could not create the folder \(out.path): a part of the path is a file, not a folder"], "\(run.stderr)")
        let french = try VigieBinary.run(["template", root.path, "--year", "2027", "--out", out.path, "--lang", "fr"])
        #expect(french.stderrLines == ["error: impossible de créer le dossier \(out.path)\u{A0}: une partie du chemin est un fichier, pas un dossier"])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("audits/2027").path))
    }
}
