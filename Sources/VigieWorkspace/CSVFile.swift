import Foundation
import VigieCSV
import VigieCore

/// Reads one CSV file of a workspace into a `SourceTable`, streaming it through the CSV parser in chunks.
public enum CSVFile {
    /// The size of the chunks fed to the parser.
    public static let chunkSize = 64 * 1024

    /// The table, or nil with an error when the file cannot be read or parsed; warnings (encoding) either way.
    /// - Parameters:
    ///   - path: the file on disk.
    ///   - displayPath: the path shown in diagnostics (relative to the workspace).
    public static func read(path: String, displayPath: String) -> (table: SourceTable?, diagnostics: [Diagnostic]) {
        let fileLocation = Location(file: displayPath, line: 1, column: 1)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return (nil, [.error("unreadable-file", at: fileLocation, Message.unreadable)])
        }
        defer { try? handle.close() }
        var parser = CSVParser()
        do {
            while true {
                guard let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty else { break }
                chunk.withUnsafeBytes { parser.feed($0) }
            }
        } catch {
            return (nil, [.error("unreadable-file", at: fileLocation, Message.readFailed(error))])
        }
        let document: CSVDocument
        do {
            document = try parser.finish()
        } catch {
            let location = Location(file: displayPath, line: error.line, column: error.column)
            // The location already says where; the message says what (without repeating "line 5, field 2").
            return (nil, [.error("csv-syntax", at: location, error.message)])
        }
        var diagnostics: [Diagnostic] = []
        if document.encoding == .windows1252 {
            diagnostics.append(.warning("windows-1252", at: fileLocation, Message.windows1252))
        }
        guard let header = document.header else {
            diagnostics.append(.warning("empty-file", at: fileLocation, Message.empty))
            return (nil, diagnostics)
        }
        let table = SourceTable(file: displayPath, headerLine: header.line, header: header.fields,
                                records: document.records.map { SourceTable.Record(line: $0.line, fields: $0.fields) })
        return (table, diagnostics)
    }

    enum Message {
        static let unreadable = "the file cannot be opened (check that it exists and that you may read it)"
        static func readFailed(_ error: any Error) -> String { "the file could not be read to the end: \(error.localizedDescription)" }
        static let windows1252 = "the file is not in UTF-8; it was read as Windows-1252 (Excel's plain \"CSV\"). Check its accents, or save it as \"CSV UTF-8\""
        static let empty = "the file is empty: it has no header and no rows, and is skipped"
    }
}
