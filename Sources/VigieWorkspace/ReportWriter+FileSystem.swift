import Foundation
import VigieCore

/// Writes a report set atomically: into a temporary folder beside the destination, then swapped into place.
public enum ReportWriter {
    /// The file that marks a folder as Vigie's output; it lists the files Vigie wrote there.
    public static let marker = ".vigie-report"

    public enum WriteError: Error, CustomStringConvertible {
        case notAFolder(String)
        case foreignFiles(String, [String])
        case containsWorkspace(String)
        case linkLoop(String)
        case busy(String)
        /// A file-system failure, with its path.
        case io(FileSystemProblem)

        public func text(in language: Language) -> String {
            let words = language.wording
            return switch self {
            case .notAFolder(let path): words.outNotAFolder(path)
            case .foreignFiles(let path, let files): words.outForeignFiles(path, files)
            case .containsWorkspace(let path): words.outContainsWorkspace(path)
            case .linkLoop(let path): words.outLinkLoop(path)
            case .busy(let path): words.outBusy(path)
            case .io(let problem): problem.text(in: language)
            }
        }

        public var description: String { text(in: .en) }
    }

    /// Writes `pages` (relative path → text) as the folder `destination`, replacing it whole.
    /// - Parameter writeFile: how one file is written (a test passes one that fails midway).
    public static func write(_ pages: [String: String], to destination: String, workspace: String, force: Bool,
                             writeFile: @escaping @Sendable ([UInt8], URL) throws -> Void = PageFile.write) throws {
        try write(to: destination, workspace: workspace, force: force, writeFile: writeFile, pages: { emit in
            for path in pages.keys.sorted() { try emit(path, pages[path]!) }
        })
    }

    /// Writes the pages that `produce` hands to its `emit` (relative path, text) as the folder `destination`,
    /// replacing it whole once every page is written: each page goes to disk as it comes (on background threads, a
    /// bounded number waiting at once, while the next pages are rendered), so a set of any size never sits in memory. Returns the number of pages. An error thrown by `produce` leaves `destination` as it
    /// was, and is rethrown as it is.
    @discardableResult
    public static func write(to destination: String, workspace: String, force: Bool,
                             writeFile: @escaping @Sendable ([UInt8], URL) throws -> Void = PageFile.write,
                             pages produce: (_ emit: (_ path: String, _ text: String) throws -> Void) throws -> Void) throws -> Int {
        try writeUTF8(to: destination, workspace: workspace, force: force, writeFile: writeFile, pages: { emit in
            try withoutActuallyEscaping(emit) { emit in try produce { path, text in try emit(path, Array(text.utf8)) } }
        })
    }

    /// As `write(to:…pages:)`, the pages handed over as their UTF-8 bytes.
    @discardableResult
    public static func writeUTF8(to destination: String, workspace: String, force: Bool,
                                 writeFile: @escaping @Sendable ([UInt8], URL) throws -> Void = PageFile.write,
                                 pages produce: (_ emit: (_ path: String, _ utf8: [UInt8]) throws -> Void) throws -> Void) throws -> Int {
        let fileManager = FileManager.default
        // Links followed first, so that the checks below and the writing see the same folder: a published
        // `reports -> /srv/www/…` link stays, and its target is replaced.
        guard let resolvedTarget = OutputPath.resolved(destination) else { throw WriteError.linkLoop(destination) }
        let target = URL(fileURLWithPath: resolvedTarget)
        let realWorkspace = OutputPath.resolved(workspace) ?? URL(fileURLWithPath: workspace).standardizedFileURL.path
        if OutputPath.contains(target.path, realWorkspace) { throw WriteError.containsWorkspace(destination) }

        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw WriteError.io(FileSystemErrorText.problem(error, path: parent.path, action: .creatingFolder))
        }
        // One writer at a time: a second run refuses instead of interleaving its swap with the first's.
        let lockPath = parent.appendingPathComponent(".\(name).vigie-lock").path
        let lock: OutputLock?
        do {
            lock = try OutputLock(path: lockPath)
        } catch {
            throw WriteError.io(FileSystemErrorText.problem(error, path: lockPath, action: .locking))
        }
        guard let lock else { throw WriteError.busy(destination) }
        defer { withExtendedLifetime(lock) {} }

        var isFolder: ObjCBool = false
        let exists = fileManager.fileExists(atPath: target.path, isDirectory: &isFolder)
        if exists && !isFolder.boolValue { throw WriteError.notAFolder(destination) }
        if exists && !force {
            let foreign = try foreignFiles(in: target)
            if !foreign.isEmpty { throw WriteError.foreignFiles(destination, foreign) }
        }
        removeLeftovers(in: parent, name: name)
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let temporary = parent.appendingPathComponent(".\(name).vigie-tmp-\(token)")
        let previous = parent.appendingPathComponent(".\(name).vigie-old-\(token)")
        defer { try? fileManager.removeItem(at: temporary) }
        var written: [String] = []
        var folders: Set<String> = []
        do {
            try fileManager.createDirectory(at: temporary, withIntermediateDirectories: false)
        } catch {
            throw WriteError.io(FileSystemErrorText.problem(error, path: temporary.path, action: .creatingFolder))
        }
        let writes = BackgroundWrites(writeFile: writeFile)
        do {
            try produce { path, text in
                let file = temporary.appendingPathComponent(path)
                let describe: @Sendable (any Error) -> any Error = { error in
                    WriteError.io(FileSystemErrorText.problem(error, path: file.path, action: .writing))
                }
                do {
                    let folder = file.deletingLastPathComponent()
                    if folders.insert(folder.path).inserted {
                        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
                    }
                } catch {
                    throw describe(error)
                }
                try writes.submit(text, to: file, describe: describe)
                written.append(path)
            }
        } catch {
            // The files already handed over are finished (or skipped) before the temporary folder goes.
            try? writes.finish()
            throw error
        }
        try writes.finish()
        do {
            try Data(markerText(written).utf8).write(to: temporary.appendingPathComponent(marker))
        } catch {
            throw WriteError.io(FileSystemErrorText.problem(error, path: temporary.appendingPathComponent(marker).path, action: .writing))
        }
        do {
            if exists {
                try fileManager.moveItem(at: target, to: previous)
                do {
                    try fileManager.moveItem(at: temporary, to: target)
                } catch {
                    try? fileManager.moveItem(at: previous, to: target)
                    throw error
                }
                try? fileManager.removeItem(at: previous)
            } else {
                try fileManager.moveItem(at: temporary, to: target)
            }
        } catch {
            throw WriteError.io(FileSystemErrorText.problem(error, path: target.path, action: .moving))
        }
        return written.count
    }

    static func markerText(_ paths: some Sequence<String>) -> String {
        "vigie report set 1\n" + paths.sorted().map { $0 + "\n" }.joined()
    }

    /// Files (not folders) under `folder` that the marker does not list; all of them without a marker.
    static func foreignFiles(in folder: URL) throws -> [String] {
        let listed: Set<String>
        if let text = try? String(contentsOf: folder.appendingPathComponent(marker), encoding: .utf8) {
            listed = Set(text.split(separator: "\n").dropFirst().map(String.init))
        } else {
            listed = []
        }
        var foreign: [String] = []
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        let base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        for case let url as URL in walker {
            let isFolder = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(base) ? String(path.dropFirst(base.count)) : url.lastPathComponent
            if isFolder || relative == marker { continue }
            if !listed.contains(relative) { foreign.append(relative) }
        }
        return foreign.sorted()
    }

    /// Temporary folders of an earlier run that was killed before it could clean up; never one whose process
    /// (its id begins the token) is still alive.
    static func removeLeftovers(in parent: URL, name: String) {
        let fileManager = FileManager.default
        guard let entries = try? fileManager.contentsOfDirectory(atPath: parent.path) else { return }
        for prefix in [".\(name).vigie-tmp-", ".\(name).vigie-old-"] {
            for entry in entries where entry.hasPrefix(prefix) {
                let pid = entry.dropFirst(prefix.count).prefix { $0 != "-" }
                if let pid = Int32(pid), OutputLock.isAlive(pid) { continue }
                try? fileManager.removeItem(at: parent.appendingPathComponent(entry))
            }
        }
    }
}
