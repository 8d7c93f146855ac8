import Foundation
import Testing
@testable import VigieWorkspace

/// The loader takes a year folder's plain files without a `stat` each, on the listing's word: the listing must give
/// the names `FileManager` gives, and call "plain file" only what `lstat` calls a regular file.
struct FolderEntriesTests {
    @Test func theListingAgreesWithFileManagerAndLstat() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-folder-entries-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func path(_ name: String) -> String { folder + "/" + name }
        for name in ["b.csv", "a.csv", ".hidden.csv", "é ü.csv", "~$lock.csv"] {
            FileManager.default.createFile(atPath: path(name), contents: Data("x\n".utf8))
        }
        try FileManager.default.createDirectory(atPath: path("folder.csv"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: path("link.csv"), withDestinationPath: path("a.csv"))
        try FileManager.default.createSymbolicLink(atPath: path("dangling.csv"), withDestinationPath: path("nowhere.csv"))
        try FileManager.default.createSymbolicLink(atPath: path("outside.csv"), withDestinationPath: "/etc/hostname")
        #expect(mkfifo(path("pipe.csv"), 0o600) == 0)

        let entries = try #require(FolderEntries.of(folder))
        #expect(entries.map(\.name) == (try FileManager.default.contentsOfDirectory(atPath: folder)).sorted())
        for entry in entries {
            var info = stat()
            #expect(lstat(path(entry.name), &info) == 0)
            #expect(entry.isPlainFile == ((info.st_mode & S_IFMT) == S_IFREG), "\(entry.name)")
        }
        #expect(entries.filter(\.isPlainFile).map(\.name) == [".hidden.csv", "a.csv", "b.csv", "~$lock.csv", "é ü.csv"])
        #expect(FolderEntries.of(path("missing")) == nil)
    }
}
