import Foundation
import Testing

/// Golden files: the expected bytes of an output, kept in a folder of the source tree.
///
/// `RECORD_GOLDENS=1 swift test` writes them anew after an intended change, and fails each recording test on
/// purpose: a run that recorded is never taken for a pass. Review the diff, then run the tests again.
public struct GoldenFiles: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// Whether the environment asks for recording.
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

    /// Compares `actual` with the golden file `name` (bytes, so a BOM counts), recording an issue at the first
    /// differing line; in record mode, writes the file and records an issue saying so. True when they matched.
    @discardableResult
    public func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        let url = folder.appendingPathComponent(name)
        if Self.recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            Issue.record(
                "recorded the golden file \(name) (RECORD_GOLDENS=1): review the diff and run the tests again",
                sourceLocation: sourceLocation)
            return false
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no golden file \(name): run RECORD_GOLDENS=1 swift test to record it", sourceLocation: sourceLocation)
            return false
        }
        let expected = String(decoding: data, as: UTF8.self)
        if actual == expected { return true }
        let difference = Self.firstDifference(expected, actual)
        Issue.record(
            "\(name) differs from its golden file \(difference)\n(RECORD_GOLDENS=1 records an intended change)",
            sourceLocation: sourceLocation)
        return false
    }

    /// "at line n:" with the expected and the actual line.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let want = line < a.count ? String(a[line]) : "<end>"
        let got = line < b.count ? String(b[line]) : "<end>"
        return "at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)"
    }
}
