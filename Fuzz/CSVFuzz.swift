// libFuzzer entry point for the CSV reader (VigieCSV) and the row decoding of VigieWorkspace (CSVFileReader),
// then the loaders of VigieCore on the table read. Built by `make fuzz` (see the Makefile), not by SwiftPM.
//
// For each input:
// 1. CSVParser on the whole input, and again fed in chunks whose sizes come from the input itself: same
//    document, or same error, or it traps.
// 2. CSVFileReader (what `vigie` does with a file's bytes), whole and chunked: same table and diagnostics.
// 3. The table, when there is one, as every kind of workspace file at once: an answer sheet against a small
//    fixed catalogue, and criteria / domains / levels / units / actions of a workspace; then, each beside fixed
//    files that are valid (so that the loader's checks across files are reached): the table as units.csv against
//    fixed answers, as criteria.csv under fixed domains, as domains.csv above fixed criteria; then scoring.
import VigieCSV
import VigieCore
import VigieWorkspace

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    let chunkSizes = chunking(bytes)

    // 1. The reader: whole versus chunked.
    let whole = Result { () throws(CSVParseError) in try CSVParser.parse(bytes) }
    var parser = CSVParser()
    forEachChunk(bytes, chunkSizes) { parser.feed($0) }
    let chunked: Result<CSVDocument, CSVParseError>
    do { chunked = .success(try parser.finish()) } catch { chunked = .failure(error) }
    precondition(whole == chunked, "chunked parsing differs from whole parsing")
    if case .success(let document) = whole {
        for record in [document.header].compactMap({ $0 }) + document.records {
            precondition(record.line >= 1, "a record line below 1")
            precondition(!record.fields.isEmpty, "a record without fields")
        }
    }

    // 2. The workspace file reader: whole versus chunked.
    var wholeReader = CSVFileReader(displayPath: "audits/2025/f.csv")
    wholeReader.feed(bytes)
    let read = wholeReader.finish()
    var chunkedReader = CSVFileReader(displayPath: "audits/2025/f.csv")
    forEachChunk(bytes, chunkSizes) { chunkedReader.feed($0) }
    let readChunked = chunkedReader.finish()
    precondition(read.diagnostics == readChunked.diagnostics, "chunked reading gives other diagnostics")
    precondition(read.table.map(snapshot) == readChunked.table.map(snapshot), "chunked reading gives another table")
    for diagnostic in read.diagnostics {
        // Column 0 is a finding about a whole row ("row 3: …"); it is printed as column 1.
        precondition(diagnostic.location.line >= 1 && diagnostic.location.column >= 0,
                     "a diagnostic without a 1-based place: \(diagnostic.code) at \(diagnostic.location.line):\(diagnostic.location.column)")
        _ = diagnostic.description
    }

    // 3. The loaders of VigieCore on the table.
    guard let table = read.table else { return 0 }
    for column in 0..<min(table.header.count, 4) {
        for record in table.records.prefix(4) { _ = table.location(record, column: column) }
    }
    let sheet = AnswersLoader.Sheet(year: 2025, table: table)
    let fixed = Workspace.assemble(catalogueName: "fuzz", domains: Fixed.domains, criteria: Fixed.criteria, levels: nil,
                                   units: nil, sheets: [sheet], actions: table)
    let asEverything = Workspace.assemble(catalogueName: "fuzz", domains: table, criteria: table, levels: table,
                                          units: table, sheets: [sheet], actions: table)
    let asUnits = Workspace.assemble(catalogueName: "fuzz", domains: Fixed.domains, criteria: Fixed.criteria, levels: nil,
                                     units: table, sheets: [Fixed.sheet], actions: nil)
    let asCriteria = Workspace.assemble(catalogueName: "fuzz", domains: Fixed.domains, criteria: table, levels: nil,
                                        units: Fixed.units, sheets: [Fixed.sheet], actions: nil)
    let asDomains = Workspace.assemble(catalogueName: "fuzz", domains: table, criteria: Fixed.criteria, levels: table,
                                       units: Fixed.units, sheets: [Fixed.sheet], actions: nil)
    for assembled in [fixed, asEverything, asUnits, asCriteria, asDomains] { exercise(assembled) }
    return 0
}

/// Chunk sizes drawn from the input (a small xorshift seeded by its bytes), so each input has its own splits.
private func chunking(_ bytes: UnsafeRawBufferPointer) -> [Int] {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    for byte in bytes.prefix(64) { seed = (seed ^ UInt64(byte)) &* 0x100_0000_01B3 }
    var sizes: [Int] = []
    var covered = 0
    while covered < bytes.count {
        seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
        let size = seed % 4 == 0 ? 0 : Int(seed % 9) + 1  // empty chunks too
        sizes.append(size)
        covered += size
    }
    return sizes
}

private func forEachChunk(_ bytes: UnsafeRawBufferPointer, _ sizes: [Int], _ body: (UnsafeRawBufferPointer) -> Void) {
    var start = 0
    for size in sizes {
        let end = min(start + size, bytes.count)
        body(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
        start = end
    }
}

private struct TableSnapshot: Equatable {
    var headerLine: Int
    var header: [String]
    var lines: [Int]
    var fields: [[String]]
}

private func snapshot(_ table: SourceTable) -> TableSnapshot {
    TableSnapshot(headerLine: table.headerLine, header: table.header, lines: table.records.map(\.line), fields: table.records.map(table.fields))
}
