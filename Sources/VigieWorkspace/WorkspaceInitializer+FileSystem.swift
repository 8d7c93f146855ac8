import Foundation
import VigieCore

/// `vigie init`: a new workspace with the default catalogue, an empty organisation and a folder for the year.
public enum WorkspaceInitializer {
    /// Why `vigie init` writes nothing; `text(in:)` says it in a language.
    public enum Refusal: Error, CustomStringConvertible {
        case exists(root: String, marker: String)
        case rootIsFile(root: String)

        public func text(in language: Language) -> String {
            switch self {
            case let .exists(root, marker): language.wording.workspaceExists(root, marker: marker)
            case let .rootIsFile(root): language.wording.rootIsFile(root)
            }
        }

        public var description: String { text(in: .en) }
    }

    /// Creates the workspace and returns the paths written, relative to `root`, sorted.
    /// Refuses, writing nothing, when `root` already holds a workspace (checklists/, audits/ or workspace.csv).
    public static func create(at root: String, year: Int) throws -> [String] {
        let files = FileManager.default
        for marker in [WorkspaceLayout.checklists, WorkspaceLayout.audits, WorkspaceLayout.settings] where files.fileExists(atPath: WorkspaceLayout.path(root, marker)) {
            throw Refusal.exists(root: root, marker: marker)
        }
        var isDirectory: ObjCBool = false
        if files.fileExists(atPath: root, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw Refusal.rootIsFile(root: root)
        }
        var written: [String] = []
        let catalogueFolder = WorkspaceLayout.checklists + "/" + DefaultCatalogue.name
        for folder in [catalogueFolder, WorkspaceLayout.audits + "/\(year)", WorkspaceLayout.reports] {
            try files.createDirectory(atPath: WorkspaceLayout.path(root, folder), withIntermediateDirectories: true)
        }
        for file in DefaultCatalogue.fileBytes {
            let relative = catalogueFolder + "/" + file.name
            try AtomicFile.write(file.bytes, to: WorkspaceLayout.path(root, relative))
            written.append(relative)
        }
        let excel: (String) -> [UInt8] = { [0xEF, 0xBB, 0xBF] + Array($0.replacingOccurrences(of: "\n", with: "\r\n").utf8) }
        try AtomicFile.write(excel("unit;name;parent;kind;since;until;replaces\n"), to: WorkspaceLayout.path(root, WorkspaceLayout.units))
        written.append(WorkspaceLayout.units)
        try AtomicFile.write(excel("key;value\ntitle;\nnotice;\n"), to: WorkspaceLayout.path(root, WorkspaceLayout.settings))
        written.append(WorkspaceLayout.settings)
        return written.sorted()
    }
}
