import Foundation
import VigieCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file-system error said in one sentence with its path, for the terminal: never Foundation's
/// `NSCocoaErrorDomain Code=… UserInfo=…` dump. The sentence is written in a language when shown
/// (`FileSystemProblem.text(in:)`, in FileSystemProblem.swift).
public enum FileSystemErrorText {
    /// What went wrong while `action` was done to `path`.
    public static func problem(_ error: any Error, path: String, action: Action) -> FileSystemProblem {
        FileSystemProblem(action: action, path: path, reason: reason(error))
    }

    /// The same, in English.
    public static func sentence(_ error: any Error, path: String, action: Action) -> String {
        problem(error, path: path, action: action).text(in: .en)
    }

    public enum Action: Sendable, Equatable {
        case writing, creatingFolder, creatingTemporaryFolder, moving, reading, listing, locking
    }

    /// Why the system refused, in no language yet.
    public enum Reason: Sendable, Equatable {
        case diskFull, permission, readOnly, noSuchFile, exists, notAFolderOnTheWay, isAFolder, linkLoop, nameTooLong, otherDisk
        case unknown
    }

    /// The reason: from the POSIX error underneath, else Foundation's own code, else a generic reason.
    public static func reason(_ error: any Error) -> Reason {
        let ns = error as NSError
        if let posix = posixCode(ns) { return reason(errno: posix) }
        if ns.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: ns.code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: return .noSuchFile
            case .fileWriteOutOfSpace: return .diskFull
            case .fileWriteFileExists: return .exists
            case .fileReadNoPermission, .fileWriteNoPermission: return .permission
            case .fileWriteVolumeReadOnly: return .readOnly
            default: break
            }
        }
        return .unknown
    }

    /// The reason for one `errno` value.
    public static func reason(errno code: Int32) -> Reason {
        switch code {
        case ENOSPC, EDQUOT: .diskFull
        case EACCES, EPERM: .permission
        case EROFS: .readOnly
        case ENOENT: .noSuchFile
        case EEXIST, ENOTEMPTY: .exists
        case ENOTDIR: .notAFolderOnTheWay
        case EISDIR: .isAFolder
        case ELOOP: .linkLoop
        case ENAMETOOLONG: .nameTooLong
        case EXDEV: .otherDisk
        default: .unknown
        }
    }

    static func posixCode(_ error: NSError) -> Int32? {
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError { return posixCode(underlying) }
        return nil
    }
}
