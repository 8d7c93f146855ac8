import Foundation
import Testing
import VigieTestSupport

/// What a run of the `vigie` binary gave.
struct Run: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The lines of stderr, without their line ends.
    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

enum VigieBinary {
    static let packageRoot = VigieTestSupport.packageRoot

    /// The built `vigie`: beside this test bundle (same build configuration) or in `.build/debug` / `.build/release`.
    /// `swift build` (or `swift test`, which builds every target) must have run first.
    static func url() throws -> URL {
        let candidates = [
            Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("vigie"),
            packageRoot.appendingPathComponent(".build/debug/vigie"),
            packageRoot.appendingPathComponent(".build/release/vigie"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw MissingBinary(searched: candidates.map(\.path))
        }
        return found
    }

    struct MissingBinary: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            "the vigie executable is not built: run `swift build` in \(VigieBinary.packageRoot.path) first (looked in \(searched.joined(separator: ", ")))"
        }
    }

    /// Runs `vigie arguments…` in `directory`, capturing stdout, stderr and the exit status.
    /// - Parameter locale: the locale variables of the run, in place of the machine's (`LC_ALL=C` by default, so
    ///   that messages are English whatever the machine's `LANG`).
    static func run(_ arguments: [String], in directory: URL? = nil, locale: [String: String] = ["LC_ALL": "C"]) throws -> Run {
        let process = Process()
        process.executableURL = try url()
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment.filter { !["LC_ALL", "LC_MESSAGES", "LANG"].contains($0.key) }
        environment.merge(locale) { $1 }
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        // Files rather than pipes: no dead-lock whatever the size of the output.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}

/// The fixtures of Tests/vigieTests/Fixtures, from the test bundle.
enum Fixture {
    static let folder = FixtureFolder(bundle: .module)

    static func url(_ name: String) -> URL { folder.url(name) }

    /// A copy of a fixture in a fresh temporary folder, for tests that change it.
    static func copy(_ name: String) throws -> URL { try folder.copy(name) }
}
