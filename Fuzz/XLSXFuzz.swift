// libFuzzer entry point for the workbook reader (VigieXLSX, over ZIPFoundation and FoundationXML), then the answer
// loader of VigieCore on the table read. Built by `make fuzz` (see the Makefile), not by SwiftPM.
//
// For each input:
// 1. WorkbookReader on the bytes: a table or diagnostics, never a crash; every diagnostic at a 1-based place.
// 2. The table written back as a workbook (WorkbookWriter) and read again: the same fields, or it traps.
// 3. The table as an answer sheet against a small fixed catalogue; then scoring.
import Foundation
import VigieCore
import VigieXLSX

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let read = WorkbookReader.read(bytes, displayPath: "audits/2025/f.xlsx")
    precondition(read.table == nil || !read.diagnostics.hasErrors, "a table despite an error")
    for diagnostic in read.diagnostics {
        precondition(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "a diagnostic without a 1-based place")
        _ = diagnostic.description
    }
    guard let table = read.table else { return 0 }

    // 2. Written back and read again.
    let rows = [table.header] + table.records.map(table.fields)
    let sheet = Worksheet(name: table.sheet ?? "Feuille1", columns: [],
                          rows: rows.map { $0.map { Worksheet.Cell(.text($0), style: .text) } }, isProtected: false)
    let written = try! WorkbookWriter.data(sheet)
    let again = WorkbookReader.read(Data(written), displayPath: "audits/2025/f.xlsx")
    guard let reread = again.table else { preconditionFailure("a table written back does not read: \(again.diagnostics)") }
    precondition(reread.header == table.header, "the header changes when written back")
    precondition(reread.records.map(reread.fields) == table.records.map(table.fields), "the fields change when written back")

    // 3. The loaders of VigieCore on the table.
    for column in 0..<min(table.header.count, 4) {
        for record in table.records.prefix(4) { _ = table.location(record, column: column).description }
    }
    let assembled = Workspace.assemble(catalogueName: "fuzz", domains: Fixed.domains, criteria: Fixed.criteria, levels: nil,
                                       units: nil, sheets: [AnswersLoader.Sheet(year: 2025, table: table)], actions: nil)
    exercise(assembled)
    return 0
}
