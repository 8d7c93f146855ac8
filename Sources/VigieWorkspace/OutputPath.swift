import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths as the file system sees them: symbolic links followed, so that checks and writes see the same place.
public enum OutputPath {
    /// `path` with every symbolic link on the way followed, also when its last part does not exist yet (or is a
    /// link that leads to nothing yet): the real parent, then the name. nil for a loop of links.
    public static func resolved(_ path: String) -> String? {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var current = absolute
        for _ in 0..<40 {
            if let real = realPath(current) { return real }
            var info = stat()
            if lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
                // A link to something not there (yet): go on with where it points.
                guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return nil }
                let base = (current as NSString).deletingLastPathComponent
                current = URL(fileURLWithPath: target, relativeTo: URL(fileURLWithPath: base, isDirectory: true)).standardizedFileURL.path
                continue
            }
            if errno == ELOOP { return nil }
            let parent = (current as NSString).deletingLastPathComponent
            let name = (current as NSString).lastPathComponent
            guard parent != current, let realParent = resolved(parent) else { return current }
            return (realParent as NSString).appendingPathComponent(name)
        }
        return nil
    }

    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Whether `inner` is `outer` or lies inside it (both resolved).
    public static func contains(_ outer: String, _ inner: String) -> Bool {
        inner == outer || outer == "/" || inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }
}

/// An advisory lock (`flock`) on a file beside an output, held while the output is written: two runs never
/// write the same output at once. The kernel lets go when the process ends, however it ends; the file is removed
/// when the lock is let go normally, so no trace is left beside the output.
public final class OutputLock {
    private let descriptor: Int32
    private let path: String

    /// Takes the lock, or returns nil when another process holds it.
    /// - Throws: when the lock file cannot be opened.
    public init?(path: String) throws {
        self.path = path
        while true {
            let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno)) }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                close(fd)
                return nil
            }
            // The holder before us removes the file before it lets go: a lock on a file no longer at `path`
            // locks nothing, so open the one there now.
            var held = stat(), there = stat()
            if fstat(fd, &held) == 0, stat(path, &there) == 0, held.st_ino == there.st_ino, held.st_dev == there.st_dev {
                descriptor = fd
                return
            }
            close(fd)
        }
    }

    deinit {
        unlink(path)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Whether the process `pid` is alive (it may belong to another user).
    public static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
