import VigieCore

extension FileKind {
    /// Why a workspace file cannot be read, before opening it: not a regular file (a folder, a pipe, a device, a
    /// link that leads nowhere), unreadable, or larger than `maxSize`; nil when it may be read.
    static func refusal(path: String, displayPath: String, maxSize: Int, tooLarge: (Int) -> String) -> Diagnostic? {
        let fileLocation = Location(file: displayPath, line: 1, column: 1)
        typealias Message = CSVFile.Message
        switch of(path) {
        case .regular(let size):
            return size > maxSize ? .error("file-too-large", at: fileLocation, tooLarge(size)) : nil
        case .directory:
            return .error("not-a-file", at: fileLocation, Message.directory)
        case .special:
            return .error("not-a-file", at: fileLocation, Message.special)
        case .linkLoop:
            return .error("unreadable-file", at: fileLocation, Message.linkLoop)
        case .danglingLink:
            return .error("unreadable-file", at: fileLocation, Message.danglingLink)
        case .missing, .inaccessible:
            return .error("unreadable-file", at: fileLocation, Message.unreadable)
        }
    }
}
