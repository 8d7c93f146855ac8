import Foundation
import VigieCore
import VigieWorkspace

/// The registry's examples, each applied to a fresh copy of `DiagnosticExample.base` on disk and read by the real
/// loaders (`WorkspaceLoader.load`).
enum DiagnosticExamples {
    struct Run: Sendable {
        var kind: DiagnosticKind
        /// Every finding, with paths relative to the workspace.
        var diagnostics: [Diagnostic]
        /// The findings of the example's kind.
        var raised: [Diagnostic] { diagnostics.filter { $0.kind == kind } }
    }

    /// Whether the tests run with the power to read anything (root in a container): a folder of mode 000 is then
    /// listed all the same.
    static let readsEverything = geteuid() == 0

    /// One run per kind, made once.
    static let runs: [DiagnosticKind: Run] = Dictionary(uniqueKeysWithValues: DiagnosticKind.allCases.map { ($0, run($0.example, kind: $0)) })

    /// The base workspace as read, with no change.
    static func runBase() -> [Diagnostic] { run(DiagnosticExample("", .none), kind: .notStarted).diagnostics }

    static func run(_ example: DiagnosticExample, kind: DiagnosticKind) -> Run {
        let files = FileManager.default
        let folder = files.temporaryDirectory.appendingPathComponent("vigie-example-\(UUID().uuidString)").path
        let outside = folder + "-outside.csv"
        defer {
            try? files.removeItem(atPath: outside)
            try? files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/" + example.path)
            try? files.removeItem(atPath: folder)
        }
        for (path, text) in DiagnosticExample.base { write(Array(text.utf8), to: folder + "/" + path) }
        let target = folder + "/" + example.path
        var root = folder
        switch example.change {
        case .write(let text): write(Array(text.utf8), to: target)
        case .bytes(let bytes): write(bytes, to: target)
        case .folder:
            try? files.removeItem(atPath: target)
            try? files.createDirectory(atPath: target, withIntermediateDirectories: true)
        case .remove: try? files.removeItem(atPath: target)
        case .danglingLink: try? files.createSymbolicLink(atPath: target, withDestinationPath: "nowhere.csv")
        case .linkOutside:
            write(Array(DiagnosticExample.sheet(DiagnosticExample.firstRow).utf8), to: outside)
            try? files.removeItem(atPath: target)
            try? files.createSymbolicLink(atPath: target, withDestinationPath: outside)
        case .size(let size):
            write([], to: target)
            if let handle = FileHandle(forWritingAtPath: target) {
                try? handle.truncate(atOffset: UInt64(size))
                try? handle.close()
            }
        case .unlistable:
            try? files.createDirectory(atPath: target, withIntermediateDirectories: true)
            try? files.setAttributes([.posixPermissions: 0], ofItemAtPath: target)
        case .rootIsFile:
            root = folder + "/notes.txt"
            write(Array("Notes\n".utf8), to: root)
        case .none: break
        }
        let loaded = WorkspaceLoader.load(at: root, catalogue: example.catalogue)
        let prefix = folder + "/"
        let relative: (Location) -> Location = { location in
            var location = location
            if location.file.hasPrefix(prefix) { location.file.removeFirst(prefix.count) }
            return location
        }
        return Run(kind: kind, diagnostics: loaded.diagnostics.map { $0.relocated(relative) })
    }

    static func write(_ bytes: [UInt8], to path: String) {
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
    }

    /// The values a message's parameters hold, as the texts must show them (strings, numbers, places; not scales or
    /// tables, which each language words in its own way).
    static func parameterTexts(_ message: DiagnosticMessage) -> [String] {
        var texts: [String] = []
        func collect(_ value: Any) {
            switch value {
            case let text as String where !text.isEmpty: texts.append(text)
            case let number as Int: texts.append(String(number))
            case let location as Location: texts.append(location.description)
            case let list as [String]: list.prefix(1).forEach(collect)
            default:
                let mirror = Mirror(reflecting: value)
                if [.optional, .tuple, .enum].contains(mirror.displayStyle) { for child in mirror.children { collect(child.value) } }
            }
        }
        for child in Mirror(reflecting: message).children { collect(child.value) }
        return texts
    }
}
