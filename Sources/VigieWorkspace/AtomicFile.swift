import Foundation

/// Writing files so that a crash never leaves a half-written one: write beside, then rename into place.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try Data(bytes).write(to: url, options: .atomic)
    }
}
