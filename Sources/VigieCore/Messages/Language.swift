/// The languages Vigie speaks: French (the canton's), German, English, Italian. Codes, file formats and JSON keys
/// are the same in all four; only the texts meant for people change.
public enum Language: String, CaseIterable, Sendable {
    case fr, de, en, it

    /// The language of a locale name as the environment gives it (`fr_CH.UTF-8`, `de`, `it_CH@euro`), nil for
    /// `C`, `POSIX`, an empty value or a language Vigie does not speak.
    public init?(locale: String) {
        let code = locale.prefix { $0.isLetter }.lowercased()
        guard let language = Language(rawValue: code) else { return nil }
        self = language
    }

    /// The language of messages: `--lang`, then the workspace's `language`, then the first of `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` that is set (POSIX order: a set `LC_ALL=C` means English even when `LANG` is French),
    /// then English.
    public static func forMessages(option: Language?, workspace: Language?, environment: [String: String]) -> Language {
        option ?? workspace ?? environmentLocale(environment) ?? .en
    }

    /// The language of the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set; nil when none is, or when that one
    /// names no language Vigie speaks (`C`, `POSIX`, `es_ES`).
    public static func environmentLocale(_ environment: [String: String]) -> Language? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(locale: value)
        }
        return nil
    }

    /// The language of reports: `--lang`, then the workspace's `language`, then French.
    public static func forReports(option: Language?, workspace: Language?) -> Language {
        option ?? workspace ?? .fr
    }
}
