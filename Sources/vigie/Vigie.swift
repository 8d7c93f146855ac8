import ArgumentParser

@main
struct Vigie: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigie",
        abstract: "Audit the units of an administration against non-discrimination criteria.",
        discussion: """
        A workspace is a folder with a criteria catalogue (checklists/<name>/), the organisation \
        (audits/units.csv) and one or more answer sheets per year (audits/<year>/*.csv). \
        Start with 'vigie validate' to check the sheets, then 'vigie score' or 'vigie report'.

        Exit codes: 0 ok, 1 invalid input, 2 usage error.
        """,
        version: VigieVersion.current,
        subcommands: [Validate.self, Score.self, Report.self]
    )
}

enum VigieVersion {
    static let current = "0.1.0"
}
