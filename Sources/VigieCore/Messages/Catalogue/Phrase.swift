/// A text of Vigie before it is written in a language: the key of its message in the catalogues and its named
/// parameters. `DiagnosticMessage`, `WorkbookProblem`, the command line's `Wording` and the documentation of the
/// kinds each give one; `MessageCatalogue.text(_:)` writes it out, a whole sentence per language.
public struct Phrase: Sendable {
    public var key: String
    public var arguments: [String: MessageArgument]

    public init(_ key: String, _ arguments: [String: MessageArgument] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// The phrase in a language (its catalogue's message, the parameters in their places).
    public func text(in language: Language) -> String { MessageCatalogue.of(language).text(self) }
}

/// The value of one parameter of a phrase, as the catalogue's message uses it: `{name}` shows it, `plural` counts
/// it (a number, or a list's length), `select` chooses on it (a text, or `none` when absent).
public enum MessageArgument: Sendable {
    case text(String)
    case number(Int)
    case list([String])
    /// A message inside the message, written in the same language (a workbook's problem inside `unreadable-workbook`).
    case phrase(Phrase)
    /// A word that is data rather than wording (the answer words of a scale, a column's name), given by language.
    case localized(@Sendable (Language) -> String)
    /// An optional parameter with no value: `select` takes its `none` branch, `{name}` shows nothing.
    case absent

    /// A text, or `absent` for nil.
    public static func optional(_ text: String?) -> MessageArgument { text.map { .text($0) } ?? .absent }
    /// A number, or `absent` for nil.
    public static func optional(_ number: Int?) -> MessageArgument { number.map { .number($0) } ?? .absent }
}
