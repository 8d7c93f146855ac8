import Foundation
import VigieCore

/// `vigie init`: a new workspace with the default catalogue, an empty organisation and a folder for the year.
public enum WorkspaceInitializer {
    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
    }

    /// What a new workspace holds at its top, each moved into place once all is written.
    static let topEntries = [WorkspaceLayout.checklists, WorkspaceLayout.audits, WorkspaceLayout.settings, WorkspaceLayout.reports]

    /// Creates the workspace and returns the paths written, relative to `root`, sorted.
    /// Refuses, writing nothing, when `root` already holds a workspace (checklists/, audits/ or workspace.csv) or a
    /// file named `reports`. Everything is written into a temporary folder inside `root` first and moved into place
    /// when complete: a failure (a full disk) leaves `root` as it was, and says what failed in a sentence.
    /// - Parameter writeFile: how one file is written (a test passes one that fails midway).
    public static func create(at root: String, year: Int,
                              writeFile: ([UInt8], String) throws -> Void = { try AtomicFile.write($0, to: $1) }) throws -> [String] {
        let files = FileManager.default
        for marker in [WorkspaceLayout.checklists, WorkspaceLayout.audits, WorkspaceLayout.settings] where files.fileExists(atPath: WorkspaceLayout.path(root, marker)) {
            throw Refusal(description: Message.exists(root, marker))
        }
        var isDirectory: ObjCBool = false
        let rootExists = files.fileExists(atPath: root, isDirectory: &isDirectory)
        if rootExists, !isDirectory.boolValue { throw Refusal(description: Message.notAFolder(root)) }
        let reportsPath = WorkspaceLayout.path(root, WorkspaceLayout.reports)
        let reportsExists = files.fileExists(atPath: reportsPath, isDirectory: &isDirectory)
        if reportsExists, !isDirectory.boolValue { throw Refusal(description: Message.reportsIsAFile(reportsPath)) }

        try step(root, .creatingFolder) { try files.createDirectory(atPath: root, withIntermediateDirectories: true) }
        let temporary = WorkspaceLayout.path(root, ".vigie-init-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        var moved: [String] = []
        var complete = false
        defer {
            try? files.removeItem(atPath: temporary)
            if !complete {
                for entry in moved { try? files.removeItem(atPath: WorkspaceLayout.path(root, entry)) }
                if !rootExists { try? files.removeItem(atPath: root) }
            }
        }
        let written = try writeWorkspace(into: temporary, shownAs: root, year: year, writeFile: writeFile)
        for entry in topEntries where !(entry == WorkspaceLayout.reports && reportsExists) {
            let destination = WorkspaceLayout.path(root, entry)
            try step(destination, .moving) { try files.moveItem(atPath: WorkspaceLayout.path(temporary, entry), toPath: destination) }
            moved.append(entry)
        }
        complete = true
        return written
    }

    /// Writes the whole workspace into `folder` (created); returns the files written, relative to it, sorted.
    /// A failure names the path as it will be, under `shown`.
    static func writeWorkspace(into folder: String, shownAs shown: String, year: Int,
                               writeFile: ([UInt8], String) throws -> Void) throws -> [String] {
        let files = FileManager.default
        var written: [String] = []
        let catalogueFolder = WorkspaceLayout.checklists + "/" + DefaultCatalogue.name
        for relative in [catalogueFolder, WorkspaceLayout.audits + "/\(year)", WorkspaceLayout.reports] {
            let path = WorkspaceLayout.path(folder, relative)
            try step(WorkspaceLayout.path(shown, relative), .creatingFolder) { try files.createDirectory(atPath: path, withIntermediateDirectories: true) }
        }
        func write(_ bytes: [UInt8], _ relative: String) throws {
            let path = WorkspaceLayout.path(folder, relative)
            try step(WorkspaceLayout.path(shown, relative), .writing) { try writeFile(bytes, path) }
            written.append(relative)
        }
        for file in DefaultCatalogue.fileBytes { try write(file.bytes, catalogueFolder + "/" + file.name) }
        let excel: (String) -> [UInt8] = { [0xEF, 0xBB, 0xBF] + Array($0.replacingOccurrences(of: "\n", with: "\r\n").utf8) }
        try write(excel("unit;name;parent;kind;since;until;replaces\n"), WorkspaceLayout.units)
        try write(excel("key;value\ntitle;\nnotice;\n"), WorkspaceLayout.settings)
        return written.sorted()
    }

    /// Runs `body`; a file-system error becomes a `Refusal` that says, in a sentence, what failed on `path`.
    static func step(_ path: String, _ action: FileSystemErrorText.Action, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            throw Refusal(description: FileSystemErrorText.sentence(error, path: path, action: action))
        }
    }

    enum Message {
        static func exists(_ root: String, _ marker: String) -> String {
            "\(root) already holds a workspace (it has \(marker)); vigie init never overwrites one. Choose a new folder."
        }
        static func notAFolder(_ root: String) -> String { "\(root) is a file, not a folder" }
        static func reportsIsAFile(_ path: String) -> String {
            "\(path) is a file, where the workspace's reports/ folder goes; move it away or choose a new folder. Nothing was written."
        }
    }
}
