import Foundation
import Testing

/// Golden files: the expected output of a command, kept in Tests/vigieTests/Fixtures/goldens/.
/// Run with `RECORD_GOLDENS=1 swift test` to write them anew after an intended change, then review the diff.
enum Golden {
    static let folder = VigieBinary.packageRoot.appendingPathComponent("Tests/vigieTests/Fixtures/goldens")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        // Bytes, not String(contentsOf:), which would drop a BOM.
        guard let data = try? Data(contentsOf: url) else {
            Issue.record("no golden file \(name): run RECORD_GOLDENS=1 swift test", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        #expect(actual == expected, "output differs from the golden file \(name)", sourceLocation: sourceLocation)
    }
}
