/// What `docs/diagnostics.md` says of a kind, in English and French: what it means and how to fix it.
public struct KindDocumentation: Sendable {
    public var meaning: String
    public var fix: String
}

extension DiagnosticKind {
    /// The documentation in English or French (the two languages of `docs/diagnostics.md`).
    /// The texts are the catalogues' `meaning.<code>` and `fix.<code>`.
    public func documentation(french: Bool) -> KindDocumentation {
        let language: Language = french ? .fr : .en
        return KindDocumentation(meaning: Phrase("meaning." + code).text(in: language), fix: Phrase("fix." + code).text(in: language))
    }
}
