import ArgumentParser

/// The options every command that reads a workspace shares.
struct WorkspaceOptions: ParsableArguments {
    @Argument(help: "The workspace folder (default: the current folder).")
    var workspace: String = "."

    @Option(help: "The catalogue to use, by its folder name under checklists/ (needed only when there are several).")
    var catalogue: String?
}
