import Testing
import VigieTestSupport

/// Golden files: the expected output of a command, kept in Tests/vigieTests/Fixtures/goldens/ (see `GoldenFiles`:
/// `RECORD_GOLDENS=1 swift test` records them and fails the run on purpose).
enum Golden {
    static let files = GoldenFiles(folder: packageRoot.appendingPathComponent("Tests/vigieTests/Fixtures/goldens"))

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try files.check(actual, against: name, sourceLocation: sourceLocation)
    }
}
