import Foundation
import Testing
import VigieCore
@testable import VigieXLSX
import XLSXTestSupport

struct WriterTests {
    static let sheet = Worksheet(
        name: "SPOP 2027",
        columns: [Worksheet.Column(width: 10, style: .text), Worksheet.Column(width: 14, style: .input), Worksheet.Column(width: 30, style: .text)],
        rows: [
            [Worksheet.Cell(.text("criterion"), style: .header), Worksheet.Cell(.text("answer"), style: .header), Worksheet.Cell(.text("note"), style: .header)],
            [Worksheet.Cell(.text("=HYPERLINK(\"http://x\")"), style: .text), Worksheet.Cell(.text(""), style: .input), Worksheet.Cell(.integer(2027), style: .text)],
            [Worksheet.Cell(.text("+41 32"), style: .text), Worksheet.Cell(.text(""), style: .input), Worksheet.Cell(.text("-1+1 & <b> _x0041_ \u{1}"), style: .muted)],
            [Worksheet.Cell(.text("@SUM(A1)"), style: .text), Worksheet.Cell(.text(""), style: .input), Worksheet.Cell(.text("=HYPERLINK(\"http://x\")"), style: .mark)],
        ],
        validations: [Worksheet.ListValidation(words: ["oui", "non", "sans objet"], cells: [.init(row: 2, column: 2), .init(row: 3, column: 2), .init(row: 4, column: 2)],
                                               prompt: "Réponses possibles", error: "Choisissez")])

    @Test("the same worksheet gives the same bytes, dated 1980-01-01, with no ZIP64 record")
    func deterministic() throws {
        let first = try WorkbookWriter.data(Self.sheet)
        let second = try WorkbookWriter.data(Self.sheet)
        #expect(first == second)
        // Local headers: signature PK\3\4, then version, flags, method, time (0), date (1980-01-01 = 0x0021).
        var offset = 0, headers = 0
        while let found = first[offset...].firstIndex(of: 0x50) {
            if first[found...].starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                headers += 1
                #expect(Array(first[(found + 10)..<(found + 14)]) == [0, 0, 0x21, 0])
            }
            // No ZIP64 end record (PK\6\6) nor locator (PK\6\7).
            #expect(!first[found...].starts(with: [0x50, 0x4B, 0x06, 0x06]) && !first[found...].starts(with: [0x50, 0x4B, 0x06, 0x07]))
            offset = found + 1
        }
        #expect(headers == 7)
    }

    @Test("every text is a shared string, never a formula, and reads back as written")
    func textsAreStrings() throws {
        let data = Data(try WorkbookWriter.data(Self.sheet))
        let xml = try TestWorkbook.entry("xl/worksheets/sheet1.xml", of: data)
        #expect(!xml.contains("<f>") && !xml.contains("<f "))
        #expect(xml.contains("<c r=\"A2\" s=\"2\" t=\"s\">"))
        #expect(xml.contains("<c r=\"C2\" s=\"2\"><v>2027</v></c>"))
        let strings = try TestWorkbook.entry("xl/sharedStrings.xml", of: data)
        // The formula-like text written twice is one shared string, counted twice.
        #expect(strings.components(separatedBy: "HYPERLINK").count == 2)
        #expect(strings.contains("count=\"8\" uniqueCount=\"7\""))
        let read = WorkbookReader.read(data, displayPath: "a.xlsx")
        let table = try #require(read.table)
        #expect(read.diagnostics.isEmpty)
        #expect(table.header == ["criterion", "answer", "note"])
        #expect(TestWorkbook.records(table) == [["=HYPERLINK(\"http://x\")", "", "2027"], ["+41 32", "", "-1+1 & <b> _x0041_ \u{1}"],
                                                ["@SUM(A1)", "", "=HYPERLINK(\"http://x\")"]])
    }

    @Test("worksheet elements in the order of CT_Worksheet (ECMA-376 §18.3.1.99)")
    func elementOrder() throws {
        let xml = try TestWorkbook.entry("xl/worksheets/sheet1.xml", of: Data(try WorkbookWriter.data(Self.sheet)))
        let order = ["<dimension", "<sheetViews", "<sheetFormatPr", "<cols", "<sheetData", "<sheetProtection", "<dataValidations", "<pageMargins"]
        let positions = order.map { xml.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(xml)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(xml.contains("formatColumns=\"0\" formatRows=\"0\""))
        #expect(!xml.contains("password"))
        #expect(xml.contains("sqref=\"B2:B4\"><formula1>&quot;oui,non,sans objet&quot;</formula1>"))
        let styles = try TestWorkbook.entry("xl/styles.xml", of: Data(try WorkbookWriter.data(Self.sheet)))
        #expect(styles.contains("<cellXfs count=\"\(Worksheet.Style.allCases.count)\">"))
        #expect(styles.components(separatedBy: "<protection locked=\"0\"/>").count == 2, "one unlocked format: the input")
    }

    @Test("cell ranges of a validation: runs of rows in a column")
    func sqref() {
        let cells = [(2, 9), (3, 9), (4, 9), (7, 9), (9, 9), (10, 9), (3, 2)].map { Worksheet.CellPosition(row: $0.0, column: $0.1) }
        #expect(WorksheetXML.sqref(cells) == "B3 I2:I4 I7 I9:I10")
        #expect(WorksheetXML.sqref(cells + cells) == "B3 I2:I4 I7 I9:I10")
    }

    @Test("tab names: at most 31 characters, none of : \\ / ? * [ ]")
    func names() {
        #expect(Worksheet.validName("SPOP 2027") == "SPOP 2027")
        #expect(Worksheet.validName("a:b\\c/d?e*f[g]h") == "a_b_c_d_e_f_g_h")
        #expect(Worksheet.validName(String(repeating: "x", count: 40) + " 2027").count == 31)
        #expect(Worksheet.validName("'quoted'") == "quoted")
        #expect(Worksheet.validName("") == "Sheet1")
    }

    @Test("control characters and literal _xHHHH_ survive the XML")
    func escapes() {
        #expect(XMLText.escape("a\u{1}b") == "a_x0001_b")
        #expect(XMLText.escape("_x0041_") == "_x005F_x0041_")
        #expect(WorkbookText.decode(XMLText.escape("a\u{1}b _x0041_ _x00")) == "a\u{1}b _x0041_ _x00")
        #expect(WorkbookText.decode("_x0041_") == "A")
    }
}
