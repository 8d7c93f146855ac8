import Foundation
import VigieCore

/// `vigie init`: a new workspace with the default catalogue, an empty organisation and a folder for the year.
public enum WorkspaceInitializer {
    /// Why `vigie init` writes nothing; `text(in:)` says it in a language.
    public enum Refusal: Error, CustomStringConvertible {
        case exists(root: String, marker: String)
        case rootIsFile(root: String)
        case reportsIsAFile(path: String)
        /// A file-system failure.
        case failed(FileSystemProblem)

        public func text(in language: Language) -> String {
            switch self {
            case let .exists(root, marker): language.wording.workspaceExists(root, marker: marker)
            case let .rootIsFile(root): language.wording.rootIsFile(root)
            case let .reportsIsAFile(path): language.wording.reportsIsAFile(path)
            case let .failed(problem): problem.text(in: language)
            }
        }

        public var description: String { text(in: .en) }
    }

    /// What a new workspace holds at its top, each moved into place once all is written.
    static let topEntries = [WorkspaceLayout.checklists, WorkspaceLayout.audits, WorkspaceLayout.settings, WorkspaceLayout.reports]

    /// Creates the workspace and returns the paths written, relative to `root`, sorted.
    /// Refuses, writing nothing, when `root` already holds a workspace (checklists/, audits/ or workspace.csv) or a
    /// file named `reports`. Everything is written into a temporary folder inside `root` first and moved into place
    /// when complete: a failure (a full disk) leaves `root` as it was, and says what failed in a sentence.
    /// - Parameter language: written as workspace.csv's `language` (nil: the row is written empty, to fill).
    /// - Parameter writeFile: how one file is written (a test passes one that fails midway).
    public static func create(at root: String, year: Int, language: Language? = nil,
                              writeFile: ([UInt8], String) throws -> Void = { try AtomicFile.write($0, to: $1) }) throws -> [String] {
        let files = FileManager.default
        for marker in [WorkspaceLayout.checklists, WorkspaceLayout.audits, WorkspaceLayout.settings] where files.fileExists(atPath: WorkspaceLayout.path(root, marker)) {
            throw Refusal.exists(root: root, marker: marker)
        }
        var isDirectory: ObjCBool = false
        let rootExists = files.fileExists(atPath: root, isDirectory: &isDirectory)
        if rootExists, !isDirectory.boolValue { throw Refusal.rootIsFile(root: root) }
        let reportsPath = WorkspaceLayout.path(root, WorkspaceLayout.reports)
        let reportsExists = files.fileExists(atPath: reportsPath, isDirectory: &isDirectory)
        if reportsExists, !isDirectory.boolValue { throw Refusal.reportsIsAFile(path: reportsPath) }

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
        let written = try writeWorkspace(into: temporary, shownAs: root, year: year, language: language, writeFile: writeFile)
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
    static func writeWorkspace(into folder: String, shownAs shown: String, year: Int, language: Language? = nil,
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
        try write(excel("key;value\ntitle;\nnotice;\nlanguage;\(language?.rawValue ?? "")\n"), WorkspaceLayout.settings)
        return written.sorted()
    }

    /// Runs `body`; a file-system error becomes a `Refusal` that says, in a sentence, what failed on `path`.
    static func step(_ path: String, _ action: FileSystemErrorText.Action, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            throw Refusal.failed(FileSystemErrorText.problem(error, path: path, action: action))
        }
    }
}
