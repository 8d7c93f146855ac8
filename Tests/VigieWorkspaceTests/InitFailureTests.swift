import Foundation
import Testing
import VigieCore
@testable import VigieWorkspace
#if canImport(Glibc)
import Glibc
#endif

/// `vigie init` on a full disk: nothing left behind (so a retry is not refused), a sentence with the path.
@Suite("Robustness: init that fails midway")
struct InitFailureTests {
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let diskFull = NSError(domain: NSCocoaErrorDomain, code: CocoaError.fileWriteOutOfSpace.rawValue,
                                  userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])

    @Test("the disk full after three files, in a new folder and in an existing one: as it was, then a retry works", arguments: [false, true])
    func diskFullMidway(_ folderExists: Bool) throws {
        let scratch = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let root = scratch.appendingPathComponent("ws").path
        if folderExists { try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true) }
        var count = 0
        let refusal = #expect(throws: WorkspaceInitializer.Refusal.self) {
            _ = try WorkspaceInitializer.create(at: root, year: 2026) { bytes, path in
                count += 1
                if count > 3 { throw Self.diskFull }
                try AtomicFile.write(bytes, to: path)
            }
        }
        #expect(refusal?.description.hasPrefix("could not write \(root)/") == true, "\(String(describing: refusal))")
        #expect(refusal?.description.hasSuffix(": the disk is full") == true, "\(String(describing: refusal))")
        #expect(refusal?.text(in: .de).hasSuffix("konnte nicht geschrieben werden: die Festplatte ist voll") == true)
        if folderExists {
            #expect(try FileManager.default.contentsOfDirectory(atPath: root).isEmpty)
        } else {
            #expect(!FileManager.default.fileExists(atPath: root))
        }
        let written = try WorkspaceInitializer.create(at: root, year: 2026)
        #expect(written.contains("audits/units.csv"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["audits", "checklists", "reports", "workspace.csv"])
    }

    @Test("file-system errors in words", arguments: [(ENOSPC, "the disk is full"), (EACCES, "permission denied"), (EROFS, "the disk is read-only")])
    func errorSentences(_ code: Int32, _ words: String) {
        let error = NSError(domain: NSCocoaErrorDomain, code: 512, userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(code))])
        #expect(FileSystemErrorText.sentence(error, path: "/w/x.csv", action: .writing) == "could not write /w/x.csv: \(words)")
    }

    @Test("every file-system sentence in the four languages, each its own", arguments: Language.allCases)
    func sentencesInEachLanguage(_ language: Language) {
        let actions: [FileSystemErrorText.Action] = [.writing, .creatingFolder, .creatingTemporaryFolder, .moving, .reading, .listing, .locking]
        let reasons: [FileSystemErrorText.Reason] = [.diskFull, .permission, .readOnly, .noSuchFile, .exists, .notAFolderOnTheWay,
                                                     .isAFolder, .linkLoop, .nameTooLong, .otherDisk, .unknown]
        var seen: Set<String> = []
        for action in actions {
            for reason in reasons {
                let problem = FileSystemProblem(action: action, path: "/w/x", reason: reason)
                let text = problem.text(in: language)
                #expect(text.contains("/w/x"))
                #expect(language == .en || text != problem.text(in: .en), "\(action) \(reason) in \(language) is English")
                seen.insert(text)
            }
        }
        #expect(seen.count == actions.count * reasons.count, "no two sentences alike")
        #expect(FileSystemProblem(action: .writing, path: "/w/x", reason: .diskFull).text(in: .fr) == "impossible d'écrire /w/x\u{A0}: le disque est plein")
        #expect(FileSystemProblem(action: .moving, path: "/w/x", reason: .exists).text(in: .it)
                == "impossibile spostare al suo posto /w/x: esiste già qualcosa con questo nome")
    }
}
