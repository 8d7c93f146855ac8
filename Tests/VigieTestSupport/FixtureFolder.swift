import Foundation

/// The repository's root folder, from this file's place (Tests/VigieTestSupport/FixtureFolder.swift): for the tests
/// that read the source tree (documentation, the shipped catalogue, goldens recorded beside their test).
public let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A test target's fixtures: the `Fixtures` folder copied into its bundle (`FixtureFolder(bundle: .module)`), or a
/// folder of the source tree. One way to name a fixture, read it, or copy it where a test may change it.
public struct FixtureFolder: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// The `Fixtures` resource of a test bundle; a missing folder stops the run (the package is broken).
    public init(bundle: Bundle) {
        guard let url = bundle.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("the Fixtures folder is missing from the test bundle \(bundle.bundleURL.lastPathComponent)")
        }
        root = url
    }

    public func url(_ name: String) -> URL { root.appendingPathComponent(name) }

    public func path(_ name: String) -> String { url(name).path }

    /// A fixture's bytes.
    public func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url(name))) }

    /// The names in the folder, hidden files left out, sorted.
    public func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.path).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// A copy of a fixture in a fresh temporary folder, for tests that change it.
    public func copy(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: url(name), to: copy)
        return copy
    }
}
