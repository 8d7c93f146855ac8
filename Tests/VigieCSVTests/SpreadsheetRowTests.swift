import Testing
@testable import VigieCSV

/// The row a spreadsheet shows for each record (PRODUCT.md, Revision 2, "Rows as HR see them"): every line end
/// outside quotes starts a row, so blank lines count and a record whose quoted field runs over lines is one row.
@Suite("Spreadsheet rows")
struct SpreadsheetRowTests {
    @Test func multilineFieldsAreOneRowAndBlankLinesCount() throws {
        // Lines: 1 header; 2–3 r1 (one CRLF inside quotes); 4 blank; 5 ";;"; 6 spaces; 7–9 r2 (two LF inside);
        // 10 r3. Excel shows: row 1 header, 2 r1, 3 blank, 4 ";;", 5 spaces, 6 r2, 7 r3.
        let document = try Fixture.document("lines_multiline_blank.csv")
        #expect(document.rows.lines == [1, 2, 7, 10])
        #expect(document.rows.spreadsheetRows == [1, 2, 6, 7])
    }

    @Test func crOnlyLineEnds() throws {
        // "h" CR CR "a CR b" CR c CR: lines 1 h, 2 blank, 3–4 the quoted field, 5 c → rows 1, (2), 3, 4.
        let document = try Fixture.document("lines_cr_only.csv")
        #expect(document.rows.lines == [1, 3, 5])
        #expect(document.rows.spreadsheetRows == [1, 3, 4])
    }

    @Test func blankLinesBeforeTheHeaderAreRowsToo() throws {
        // Three lines before the header (empty, delimiters only, spaces): a spreadsheet shows the header in row 4.
        let document = try Fixture.document("lines_leading_blank_rows.csv")
        #expect(document.rows.spreadsheetRows == [4, 5])
    }

    @Test func aBlankRecordWithALineBreakInQuotesStillCountsOnce() throws {
        // Line 2–3 is `" \n ";` (blank, skipped, but one spreadsheet row over two lines); x is on line 4, row 3.
        let document = try parse("h;i\n\" \n \";\nx;y\n")
        #expect(document.rows.lines == [1, 4])
        #expect(document.rows.spreadsheetRows == [1, 3])
    }

    @Test func anUnterminatedQuoteIsPlacedAtItsRowToo() {
        // The record on lines 2–3 is one row; the quote opened on line 4 is in row 3.
        let bytes = Array("h;i\n\"a\nb\";x\ny;\"open\n".utf8)
        #expect(parseWhole(bytes) == .failure(CSVParseError(kind: .unterminatedQuote, line: 4, column: 2, row: 3)))
        if case .failure(let error) = parseWhole(bytes) { #expect(error.row == 3) }
    }

    @Test("any chunking gives the same rows", arguments: [1, 2, 3, 7])
    func chunking(_ size: Int) throws {
        let bytes = try Fixture.bytes("lines_multiline_blank.csv")
        let document = try parseChunked(bytes, chunkSize: size).get()
        #expect(document.rows.spreadsheetRows == [1, 2, 6, 7])
    }
}
