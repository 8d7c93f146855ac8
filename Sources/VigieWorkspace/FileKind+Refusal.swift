import VigieCore

extension FileKind {
    /// Why a workspace file cannot be read, before opening it: not a regular file (a folder, a pipe, a device, a
    /// link that leads nowhere), unreadable, or larger than `maxSize`; nil when it may be read.
    static func refusal(path: String, displayPath: String, maxSize: Int, tooLarge: (Int) -> DiagnosticMessage) -> Diagnostic? {
        let fileLocation = Location(file: displayPath, line: 1, column: 1)
        switch of(path) {
        case .regular(let size):
            return size > maxSize ? .error(tooLarge(size), at: fileLocation) : nil
        case .directory:
            return .error(.folderNotFile, at: fileLocation)
        case .special:
            return .error(.specialFile, at: fileLocation)
        case .linkLoop:
            return .error(.linkLoop, at: fileLocation)
        case .danglingLink:
            return .error(.danglingLink, at: fileLocation)
        case .missing, .inaccessible:
            return .error(.unreadable, at: fileLocation)
        }
    }
}
