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
        version: VigieVersion.current,
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
    static let current = "0.1.0"
}
