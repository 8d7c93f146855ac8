import ArgumentParser
import Foundation
import VigieCore

extension Language: ExpressibleByArgument {}

/// `--lang`, shared by every command that prints messages.
struct LanguageOption: ParsableArguments {
    @Option(help: """
        The language of messages (and of report pages): fr, de, it or en. Default for messages: the workspace's \
        'language', then LC_ALL, LC_MESSAGES, LANG, then English; for pages: the workspace's, then French.
        """)
    var lang: Language?

    /// The language of messages, once the workspace's settings are known (nil: not read, or not readable).
    func messages(_ settings: WorkspaceSettings? = nil) -> Language {
        Language.forMessages(option: lang, workspace: settings?.language, environment: ProcessInfo.processInfo.environment)
    }
}

/// The options every command that reads a workspace shares.
struct WorkspaceOptions: ParsableArguments {
    @Argument(help: "The workspace folder (default: the current folder).")
    var workspace: String = "."

    @Option(help: "The catalogue to use, by its folder name under checklists/ (needed only when there are several).")
    var catalogue: String?

    @OptionGroup var language: LanguageOption
}
