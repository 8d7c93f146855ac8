import Foundation
import Testing
@testable import VigieWorkspace

/// `vigie template` that fails on its third sheet (issue 17, item 5: a full disk wrote 64 of 100 sheets): the
/// folder is left as it was — no sheet of the run, no temporary folder — and the failure names the sheet.
@Suite("Robustness: a half-written template")
struct TemplateFailureTests {
    @Test("the third sheet cannot be written: none is, the sheet already there is untouched, no temporary folder left")
    func failsMidway() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-template-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let existing = folder + "/SAS.csv"
        try Data("earlier".utf8).write(to: URL(fileURLWithPath: existing))
        // A name of 300 bytes: the system refuses it (ENAMETOOLONG) when the third file is staged, after two were.
        let refused = folder + "/" + String(repeating: "X", count: 300) + ".csv"
        let files: [(path: String, bytes: [UInt8])] = [(existing, Array("new".utf8)), (folder + "/SPOP.csv", Array("new".utf8)),
                                                       (refused, Array("new".utf8))]
        let failure = #expect(throws: TemplateWriter.Failure.self) { try SheetFiles.writeAll(files, into: folder) }
        #expect(failure?.description.contains(refused) == true, "\(String(describing: failure))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["SAS.csv"])
        #expect(FileManager.default.contents(atPath: existing) == Data("earlier".utf8))
    }
}
