import VigieCore

/// `docs/diagnostics.md`, written from the registry: every kind with its code, severity, meaning, fix and example,
/// and what the example prints, in English and French. `make diagnostics-doc` rewrites the file; a test fails when
/// it is stale.
enum DiagnosticsDocument {
    static func markdown() -> String {
        var out = """
        # Diagnostics / Constats

        <!-- Generated from the registry (Sources/VigieCore/Messages) by `make diagnostics-doc`: do not edit by hand. -->

        `vigie validate` prints one line per finding, `file:line:column: severity: place: message`, and the same \
        findings as JSON with `--format json`. `file:line:column` is the physical line (for text editors) and the \
        field; the place is what HR see in a spreadsheet, `row 13, column D (answer)` for a CSV (the header is row 1), \
        `Feuille1!D13` for a workbook, and the criterion of an answer row. For HR staff, [guide-rh.md](guide-rh.md) \
        explains the frequent ones in French. An **error** makes the workspace unusable (exit 1); a **warning** is \
        reported and scoring goes on; a **note** says something normal worth knowing. Codes are the same in every \
        language; messages follow `--lang`, the workspace's `language`, then the locale (`LC_ALL`, `LC_MESSAGES`, \
        `LANG`), then English.

        `vigie validate` écrit une ligne par constat, `fichier:ligne:colonne: gravité: position: message`, et les \
        mêmes constats en JSON avec `--format json`. Une **error** (erreur) rend l'espace de travail inutilisable \
        (code de sortie 1) ; un **warning** (avertissement) est signalé et l'évaluation continue ; une **note** \
        (remarque) signale une situation normale bonne à savoir. Les codes sont les mêmes dans toutes les langues.

        Each example changes one file of this valid workspace / Chaque exemple modifie un fichier de cet espace de \
        travail valable :


        """
        for (path, text) in DiagnosticExample.base { out += "`\(path)`:\n\n```csv\n\(text)```\n\n" }
        out += "| Code | Severity | Meaning |\n|---|---|---|\n"
        for kind in DiagnosticKind.allCases {
            out += "| `\(kind.code)` | \(kind.severity.rawValue) | \(kind.documentation(french: false).meaning) |\n"
        }
        out += "\n## Every code / Tous les codes\n"
        for kind in DiagnosticKind.allCases { out += "\n" + section(kind) }
        return out
    }

    static func section(_ kind: DiagnosticKind) -> String {
        let english = kind.documentation(french: false), french = kind.documentation(french: true)
        var out = "### `\(kind.code)`\n\n**\(kind.severity.rawValue)**\n\n"
        out += "\(english.meaning) **Fix:** \(english.fix)\n\n"
        out += "\(french.meaning) **Correction :** \(french.fix)\n\n"
        let example = kind.example
        out += "Example / Exemple: "
        if let shown = example.shown {
            out += shown + (example.catalogue.map { " (`--catalogue \($0)`)" } ?? "") + "\n\n"
        } else if case .write(let text) = example.change {
            out += "`\(example.path)`\n\n```csv\n\(text)```\n\n"
        }
        // A folder of mode 000 is listed all the same where the tests run as root: the finding is then written out
        // as it is raised elsewhere, so that the file does not depend on who generates it.
        let unlistable = Diagnostic(.unreadableFolder, at: Location(file: example.path, line: 1, column: 1))
        guard let diagnostic = DiagnosticExamples.runs[kind]?.raised.first ?? (kind == .unreadableFolder ? unlistable : nil) else {
            return out + "(not raised)\n"
        }
        out += "```\n\(diagnostic.rendered(in: .en))\n\(diagnostic.rendered(in: .fr))\n```\n"
        return out
    }
}
