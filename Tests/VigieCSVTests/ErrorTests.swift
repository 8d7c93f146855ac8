import Testing
@testable import VigieCSV

@Suite("Errors")
struct ErrorTests {
    @Test func unterminatedQuoteAfterMultilineFields() throws {
        let bytes = try Fixture.bytes("unterminated_quote.csv")
        // Lines 2–3 are one record (one spreadsheet row): the quote on line 5 opens in row 4.
        for chunkSize in [1, 2, 3, 7, 1024] {
            #expect(throws: CSVParseError(kind: .unterminatedQuote, line: 5, column: 2, row: 4)) {
                _ = try parseChunked(bytes, chunkSize: chunkSize).get()
            }
        }
    }

    @Test func unterminatedQuoteInTheHeader() throws {
        #expect(throws: CSVParseError(kind: .unterminatedQuote, line: 1, column: 1)) {
            _ = try Fixture.document("unterminated_quote_header.csv")
        }
    }

    @Test func unterminatedQuoteColumnCountsEmptyFields() {
        #expect(throws: CSVParseError(kind: .unterminatedQuote, line: 3, column: 4)) {
            _ = try parse("a;b;c;d\r\n\r\n;; x ;  \"open\r\nstill open")
        }
    }

    @Test func unterminatedQuoteAfterCROnlyLines() {
        // Lines 2–3 are one record, row 2: the quote on line 4 opens in row 3.
        #expect(throws: CSVParseError(kind: .unterminatedQuote, line: 4, column: 1, row: 3)) {
            _ = try parse("a\r\"b\rc\"\r\"d")
        }
    }

    @Test func unterminatedQuoteAfterAClosedMultilineQuoteInTheSameRecord() {
        // The record starts on line 2: the quote opens on line 3 but in the record's row, 2.
        #expect(throws: CSVParseError(kind: .unterminatedQuote, line: 3, column: 2, row: 2)) {
            _ = try parse("h\n\"x\ny\";\"open\nmore")
        }
    }

    @Test func closedQuoteAtEndIsFine() throws {
        #expect(try parse("a;b\n1;\"x\"").records == [CSVRecord(line: 2, fields: ["1", "x"])])
    }

    @Test func descriptionIsPlainLanguage() {
        let error = CSVParseError(kind: .unterminatedQuote, line: 5, column: 2)
        #expect(error.description == "line 5, field 2: a quoted field opened here is never closed (missing closing \")")
        #expect(error.message == "a quoted field opened here is never closed (missing closing \")")
    }
}
