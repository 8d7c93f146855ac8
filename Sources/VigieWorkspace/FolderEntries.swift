import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names in a folder, each with whether the folder listing itself says it is a plain file (a regular file, not a
/// symbolic link): such a name needs no `stat` or `lstat` before it is read. A year folder holds thousands of sheets,
/// and four system calls a sheet to rule out links and folders cost more than the listing.
struct FolderEntry: Equatable {
    var name: String
    /// True only when the listing says "regular file" (`DT_REG`); false for anything else, also when the file system
    /// does not say (`DT_UNKNOWN`): the caller then asks the file itself.
    var isPlainFile: Bool
}

enum FolderEntries {
    /// The entries of `path` but `.` and `..`, hidden ones included, sorted by name; nil when the folder cannot be
    /// listed (as `FileManager.contentsOfDirectory` throws).
    static func of(_ path: String) -> [FolderEntry]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var entries: [FolderEntry] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            entries.append(FolderEntry(name: name, isPlainFile: entry.pointee.d_type == UInt8(DT_REG)))
        }
        entries.sort { $0.name < $1.name }
        return entries
    }
}
