import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file-system error said in one sentence with its path, for the terminal: never Foundation's
/// `NSCocoaErrorDomain Code=… UserInfo=…` dump.
public enum FileSystemErrorText {
    /// What went wrong while `action` (e.g. `Message.writing`) was done to `path`.
    public static func sentence(_ error: any Error, path: String, action: Action) -> String {
        Message.failed(action, path: path, reason: reason(error))
    }

    public enum Action: Sendable {
        case writing, creatingFolder, moving, reading, listing, locking

        var verb: String {
            switch self {
            case .writing: "write"
            case .creatingFolder: "create the folder"
            case .moving: "move into place"
            case .reading: "read"
            case .listing: "list the folder"
            case .locking: "lock"
            }
        }
    }

    /// The reason in words: from the POSIX error underneath, else Foundation's own code, else a generic reason.
    public static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let posix = posixCode(ns) { return reason(errno: posix) }
        if ns.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: ns.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: return Message.noSuchFile
            case .fileWriteOutOfSpace: return Message.diskFull
            case .fileWriteFileExists: return Message.exists
            case .fileReadNoPermission, .fileWriteNoPermission: return Message.permission
            case .fileWriteVolumeReadOnly: return Message.readOnly
            default: break
            }
        }
        return Message.unknown
    }

    /// The reason for one `errno` value.
    public static func reason(errno code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: Message.diskFull
        case EACCES, EPERM: Message.permission
        case EROFS: Message.readOnly
        case ENOENT: Message.noSuchFile
        case EEXIST, ENOTEMPTY: Message.exists
        case ENOTDIR: Message.notAFolderOnTheWay
        case EISDIR: Message.isAFolder
        case ELOOP: Message.linkLoop
        case ENAMETOOLONG: Message.nameTooLong
        case EXDEV: Message.otherDisk
        default: Message.unknown
        }
    }

    static func posixCode(_ error: NSError) -> Int32? {
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError { return posixCode(underlying) }
        return nil
    }

    enum Message {
        static func failed(_ action: Action, path: String, reason: String) -> String {
            "could not \(action.verb) \(path): \(reason)"
        }
        static let diskFull = "the disk is full"
        static let permission = "permission denied"
        static let readOnly = "the disk is read-only"
        static let noSuchFile = "no such file or folder"
        static let exists = "something of that name is already there"
        static let notAFolderOnTheWay = "a part of the path is a file, not a folder"
        static let isAFolder = "it is a folder"
        static let linkLoop = "the symbolic links on the way form a loop"
        static let nameTooLong = "the name is too long"
        static let otherDisk = "it is on another disk"
        static let unknown = "the system refused"
    }
}
