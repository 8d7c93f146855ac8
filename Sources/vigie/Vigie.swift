import ArgumentParser
import Foundation
import VigieReport

@main
struct Vigie: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigie",
        abstract: "Audit the units of an administration against non-discrimination criteria.",
        discussion: """
        A workspace is a folder with a criteria catalogue (checklists/<name>/), the organisation \
        (audits/units.csv) and one or more answer sheets per year (audits/<year>/*.csv). \
        Start with 'vigie init' for a new one, 'vigie validate' to check the sheets, then 'vigie score' or 'vigie report'.

        Exit codes: 0 ok, 1 invalid input, 2 usage error.
        """,
        version: VigieVersion.withCommit,
        subcommands: [Init.self, Validate.self, Score.self, Report.self, Template.self]
    )

    /// Runs the command; usage errors exit 2 (PRODUCT.md), not the parser's default 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = TerminalText.escaped(fullMessage(for: error), keepingLineBreaks: true)
            if !message.isEmpty {
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((message + "\n").utf8))
            }
            if code == .success { Foundation.exit(0) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

enum VigieVersion {
    /// The release number. Reports and exports carry it (not the commit, so that they stay byte-identical across
    /// rebuilds); `make dist` reads it from this line for the names of the tarball and the Debian package.
    static let current = "0.1.0"

    /// What `vigie --version` prints: the release and, in a build by `make dist`, the commit it was built from as
    /// SemVer build metadata (`0.1.0+5016400abcde`, `.dirty` appended when the tree had uncommitted changes).
    static var withCommit: String {
        guard let commit = BuildStamp.commit else { return current }
        return "\(current)+\(commit)"
    }
}

#if !VIGIE_BUILD_STAMP
/// A plain `swift build` knows no commit. `make dist` builds with `-DVIGIE_BUILD_STAMP` and writes
/// `BuildStamp.generated.swift` (git-ignored) with the commit of the tree it builds.
enum BuildStamp {
    static let commit: String? = nil
}
#endif
