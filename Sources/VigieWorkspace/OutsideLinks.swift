import Foundation
import VigieCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files of a workspace that are symbolic links to a place outside it (`audits/2025/x.csv -> /etc/passwd`): refused
/// unread, so that a workspace handed over by others never makes Vigie echo a file it was not meant to read.
struct OutsideLinks {
    let root: String
    let prefix: String
    /// The workspace's real place, links followed.
    let realRoot: String?

    init(root: String, prefix: String) {
        self.root = root
        self.prefix = prefix
        realRoot = OutputPath.resolved(root)
    }

    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// Whether any part of `relative` (the file, its folders up to the workspace) is a symbolic link.
    func passesALink(_ relative: String) -> Bool {
        var path = root
        for part in relative.split(separator: "/") {
            path = WorkspaceLayout.path(path, String(part))
            if Self.isLink(path) { return true }
        }
        return false
    }

    /// The error for `relative` when it, or a folder on its way, links outside the workspace; nil otherwise, also
    /// for a link that leads nowhere, round in a loop or to a pipe or device (the reader refuses those, saying so).
    func refusal(_ relative: String) -> Diagnostic? {
        let path = WorkspaceLayout.path(root, relative)
        guard passesALink(relative), let realRoot, let target = OutputPath.resolved(path), FileKind.of(target).isRegularOrFolder,
              !OutputPath.contains(realRoot, target) else { return nil }
        return .error(.linkOutside, at: Location(file: prefix + relative, line: 1, column: 1))
    }
}

extension FileKind {
    var isRegularOrFolder: Bool {
        switch self {
        case .regular, .directory: true
        default: false
        }
    }
}
