import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a set of files into a folder all or nothing: each into a hidden temporary folder beside them, then, once
/// every one is complete, each renamed into place (a rename within a folder's file system is atomic). A failure
/// says in one sentence what failed and where, with the system's reason, and leaves the folder as it was.
enum SheetFiles {
    static func writeAll(_ files: [(path: String, bytes: [UInt8])], into folder: String) throws(TemplateWriter.Failure) {
        if let reason = makeFolders(folder) { throw failure(.creatingFolder, folder, errno: reason) }
        var template = Array(WorkspaceLayout.path(folder, ".vigie-template-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else {
            throw failure(.creatingTemporaryFolder, folder, errno: errno)
        }
        let staging = String(cString: created)
        defer { try? FileManager.default.removeItem(atPath: staging) }
        var staged: [(from: String, to: String)] = []
        for file in files {
            let temporary = WorkspaceLayout.path(staging, (file.path as NSString).lastPathComponent)
            if let reason = write(file.bytes, to: temporary) { throw failure(.writing, file.path, errno: reason) }
            staged.append((temporary, file.path))
        }
        for move in staged where rename(move.from, move.to) != 0 {
            throw failure(.moving, move.to, errno: errno)
        }
    }

    /// nil when written and closed; else the errno of the step that failed (a full disk shows at write or close).
    private static func write(_ bytes: [UInt8], to path: String) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return errno }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = errno
                close(descriptor)
                return reason
            }
            offset += written
        }
        return close(descriptor) == 0 ? nil : errno
    }

    private static func failure(_ action: FileSystemErrorText.Action, _ path: String, errno reason: Int32?) -> TemplateWriter.Failure {
        .fileSystem(FileSystemProblem(action: action, path: path, reason: reason.map(FileSystemErrorText.reason(errno:)) ?? .unknown))
    }

    /// `mkdir -p`: nil when the folder exists at the end, else the errno of the step that failed (FileManager's
    /// error does not always carry it).
    private static func makeFolders(_ folder: String) -> Int32? {
        var path = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o755) != 0 {
                let reason = errno
                var info = stat()
                guard reason == EEXIST, stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return reason == EEXIST ? ENOTDIR : reason }
            }
        }
        return nil
    }
}

/// The C library's `write` (the name is taken inside `SheetFiles`).
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
