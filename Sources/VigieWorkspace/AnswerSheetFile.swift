import Foundation
import VigieCore
import VigieXLSX

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An answer sheet of a year folder, CSV or Excel workbook, read into the same table: everything after this sees
/// one kind of row, and one set of rules checks it.
public enum AnswerSheetFile {
    /// Whether a file name is read as a workbook (`.xlsx`, any case) rather than as CSV.
    public static func isWorkbook(_ name: String) -> Bool { name.lowercased().hasSuffix(".xlsx") }

    public static func read(path: String, displayPath: String) -> (table: SourceTable?, diagnostics: [Diagnostic]) {
        isWorkbook(path) ? readWorkbook(path: path, displayPath: displayPath) : CSVFile.read(path: path, displayPath: displayPath)
    }

    /// A workbook file: the same checks on the path as a CSV file, then its bytes (at most
    /// `WorkbookReader.maxFileSize`) to `WorkbookReader`.
    static func readWorkbook(path: String, displayPath: String) -> (table: SourceTable?, diagnostics: [Diagnostic]) {
        if let refusal = FileKind.refusal(path: path, displayPath: displayPath, maxSize: WorkbookReader.maxFileSize,
                                          tooLarge: WorkbookReader.Message.tooLarge) {
            return (nil, [refusal])
        }
        let fileLocation = Location(file: displayPath, line: 1, column: 1)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return (nil, [.error(.unreadable, at: fileLocation)]) }
        defer { close(descriptor) }
        var bytes = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return (nil, [.error(.readFailed(reason: String(cString: strerror(errno))), at: fileLocation)])
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            // The file grew after it was measured: still never more than the limit in memory.
            if bytes.count > WorkbookReader.maxFileSize {
                return (nil, [.error(WorkbookReader.Message.tooLarge(bytes.count), at: fileLocation)])
            }
        }
        return WorkbookReader.read(bytes, displayPath: displayPath)
    }
}
