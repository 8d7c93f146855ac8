import Foundation
import Testing
import VigieCore
import VigieWorkspace
import VigieTestSupport

/// The fixture workspaces of `Fixtures/<name>/`, read with `WorkspaceLoader`.
enum Fixture {
    static let folder = FixtureFolder(bundle: .module)
    static var root: URL { folder.root }

    static func path(_ name: String) -> String { folder.path(name) }

    static func load(_ name: String, catalogue: String? = nil) -> Loaded {
        Loaded(WorkspaceLoader.load(at: path(name), catalogue: catalogue), root: path(name))
    }
}

/// A loaded fixture whose diagnostics name files relative to the workspace, as `vigie validate .` prints them.
struct Loaded {
    let raw: LoadedWorkspace
    let diagnostics: [Diagnostic]

    init(_ raw: LoadedWorkspace, root: String) {
        self.raw = raw
        let prefix = root.hasSuffix("/") ? root : root + "/"
        func relative(_ location: Location) -> Location {
            var location = location
            if location.file.hasPrefix(prefix) { location.file.removeFirst(prefix.count) }
            return location
        }
        diagnostics = raw.diagnostics.map { $0.relocated(relative) }
    }

    var workspace: Workspace? { raw.workspace }

    /// Every finding as `file:line:column severity code`, in output order.
    var findings: [String] {
        diagnostics.map { "\($0.location) \($0.severity.rawValue) \($0.code)" }
    }

    /// The findings of one kind.
    func findings(_ code: String) -> [String] {
        diagnostics.filter { $0.code == code }.map { "\($0.location) \($0.severity.rawValue) \($0.code)" }
    }

    /// The one diagnostic of `code` at `place` (`file:line:column`), recording an issue when there is not exactly one.
    func diagnostic(_ code: String, at place: String, sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        let found = diagnostics.filter { $0.code == code && $0.location.description == place }
        if found.count != 1 {
            let all = diagnostics.map(\.description).joined(separator: "\n")
            Issue.record("expected one \(code) at \(place), found \(found.count) among:\n\(all)", sourceLocation: sourceLocation)
        }
        return found.first
    }

    /// Checks that the diagnostic of `code` at `place` names the column `column` and that its message holds every fragment.
    func expect(_ code: String, at place: String, column: String? = nil, _ fragments: String...,
                sourceLocation: SourceLocation = #_sourceLocation) {
        guard let diagnostic = diagnostic(code, at: place, sourceLocation: sourceLocation) else { return }
        if let column {
            #expect(diagnostic.location.columnName == column, "column name of \(code) at \(place)", sourceLocation: sourceLocation)
        }
        for fragment in fragments {
            #expect(diagnostic.message.contains(fragment), "\(diagnostic.message)", sourceLocation: sourceLocation)
        }
    }

    /// The answers of the workspace, keyed `unit/criterion`.
    var answers: [String: Answer] {
        Dictionary((workspace?.answers ?? []).map { ("\($0.unit)/\($0.criterion)", $0) }, uniquingKeysWith: { first, _ in first })
    }
}
