import Foundation
import Testing
import VigieCore
@testable import VigieXLSX
import XLSXTestSupport

struct ReaderTests {
    @Test("shared, rich and inline strings, numbers, booleans, cached formula values; the header as in CSV")
    func cellKinds() throws {
        let rich = "<si><r><rPr><b/></rPr><t>par</t></r><r><t xml:space=\"preserve\">tiel </t></r><rPh><t>ignored</t></rPh></si>"
        var parts = TestWorkbook.parts(sheetData: """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Answer</t></is></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>weight</t></is></c></row>\
            <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c><c r="C2"><v>3</v></c><c r="D2"><v>2.5</v></c></row>\
            <row r="3"><c r="A3" t="inlineStr"><is><r><t>GOU</t></r><r><t>-02</t></r></is></c><c r="B3" t="b"><v>1</v></c>\
            <c r="C3"><f>0.1+0.2</f><v>0.30000000000000004</v></c><c r="D3" t="str"><f>"o"&amp;"ui"</f><v>oui</v></c></row>
            """, strings: ["criterion", "number", "GOU-01", "PLACEHOLDER"])
        parts[4].1 = parts[4].1.replacingOccurrences(of: "<si><t>PLACEHOLDER</t></si>", with: rich)
        let read = try TestWorkbook.read(parts)
        let table = try #require(read.table, "\(read.diagnostics)")
        #expect(read.diagnostics.isEmpty)
        #expect(table.header == ["criterion", "Answer", "number", "weight"])
        #expect(table.hasColumn("answer"), "header names are looked up lower-cased, as in CSV")
        #expect(TestWorkbook.records(table) == [["GOU-01", "partiel", "3", "2.5"], ["GOU-02", "TRUE", "0.3", "oui"]])
        #expect(table.records.map(\.line) == [2, 3])
        #expect(table.sheet == "Feuille1")
    }

    @Test("cells and rows without r attributes follow the ones before; rows holding no text are skipped, their numbers kept")
    func withoutReferences() throws {
        let read = try TestWorkbook.read(TestWorkbook.parts(sheetData: """
            <row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c></row>\
            <row><c/><c/></row>\
            <row><c><v>1</v></c><c><v>2</v></c></row>\
            <row r="9"><c r="B9"><v>7</v></c></row>
            """))
        let table = try #require(read.table)
        #expect(TestWorkbook.records(table) == [["1", "2"], ["", "7"]])
        #expect(table.records.map(\.line) == [3, 9])
        let location = table.location(table.records[1], column: 1)
        #expect(location.description == "audits/2027/U.xlsx:Feuille1!B9")
    }

    @Test("dates: a date-styled serial becomes dd.mm.yyyy in the 1900 and the 1904 systems; t=\"d\" too")
    func dates() throws {
        // Style 1: built-in 14 (a date); style 2: a custom dd/mm/yyyy; style 3: a custom number format with a colour.
        let sheetData = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>date</t></is></c></row>\
            <row r="2"><c r="A2" s="1"><v>46096</v></c></row>\
            <row r="3"><c r="A3" s="2"><v>46096.75</v></c></row>\
            <row r="4"><c r="A4" s="3"><v>46096</v></c></row>\
            <row r="5"><c r="A5" t="d"><v>2026-03-15T00:00:00</v></c></row>\
            <row r="6"><c r="A6" s="1"><v>60</v></c></row><row r="7"><c r="A7" s="1"><v>59</v></c></row><row r="8"><c r="A8" s="1"><v>61</v></c></row>
            """
        let formats = [0, 14, 164, 165]
        let custom = [164: "dd/mm/yyyy", 165: "[Red]0.00"]
        let table = try #require(try TestWorkbook.read(TestWorkbook.parts(sheetData: sheetData, cellFormats: formats, customFormats: custom)).table)
        // Serial 25569 is 1970-01-01, and 2026-03-15 is 20527 days after it: serial 46096.
        #expect(TestWorkbook.records(table).map { $0[0] } == ["15.03.2026", "15.03.2026", "46096", "15.03.2026", "29.02.1900", "28.02.1900", "01.03.1900"])
        // In the 1904 system the same day is 1462 less.
        let old = try #require(try TestWorkbook.read(TestWorkbook.parts(sheetData: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>date</t></is></c></row><row r=\"2\"><c r=\"A2\" s=\"1\"><v>\(46096 - 1462)</v></c></row>",
                                                                        cellFormats: formats, date1904: true)).table)
        #expect(TestWorkbook.records(old) == [["15.03.2026"]])
    }

    @Test("the first visible worksheet, found through the relationships")
    func firstVisibleSheet() throws {
        let read = try TestWorkbook.read(TestWorkbook.parts(sheetData: "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>visible</t></is></c></row>",
                                                            sheets: [("Cachée", "hidden"), ("Réponses", nil)]))
        let table = try #require(read.table)
        #expect(table.header == ["visible"])
        #expect(table.sheet == "Réponses")
        #expect(table.headerLocation.description == "audits/2027/U.xlsx:Réponses!A1")
    }

    @Test("a formula without a cached value is an error at its cell")
    func formulaWithoutValue() throws {
        let read = try TestWorkbook.read(TestWorkbook.parts(sheetData: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>answer</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>\
            <row r="14"><c r="H14"><f>IF(A2=1,"oui","non")</f></c></row>
            """))
        #expect(read.table == nil)
        #expect(read.diagnostics.map(\.code) == ["unreadable-workbook"])
        #expect(read.diagnostics.first?.location.description == "audits/2027/U.xlsx:Feuille1!H14", "\(read.diagnostics)")
        #expect(read.diagnostics.first?.message.hasPrefix("this cell holds a formula without a computed value") == true)
    }

    @Test("numbers as a sheet shows them")
    func numbers() {
        #expect(CellText.number("3") == "3")
        #expect(CellText.number("3.0") == "3")
        #expect(CellText.number("-12.5") == "-12.5")
        #expect(CellText.number("0.30000000000000004") == "0.3")
        #expect(CellText.number("1E+20") == "1E+20")
        #expect(CellText.number("abc") == nil)
        #expect(CellText.date(serial: "1", uses1904: false) == "01.01.1900")
        #expect(CellText.date(serial: "-1", uses1904: false) == nil)
        #expect(CellText.date(serial: "0", uses1904: true) == "01.01.1904")
    }
}
