/// The markup of the built-in `figure` partial, which was
/// `{{#defined}}{{text}}{{/defined}}{{^defined}}<span class="undef" aria-hidden="true">—</span><span class="vh">{{t.notDefined}}</span>{{/defined}}`
/// and now writes the figure's `html` value as it is: the same bytes, escaped as Mustache escapes values in partials.
enum FigureHTML {
    /// A defined figure: its text.
    static func defined(_ text: String) -> String { HTMLText.escapeCharacters(text) }

    /// "—", and "not defined" for screen readers.
    static func undefined(_ strings: Strings) -> String {
        "<span class=\"undef\" aria-hidden=\"true\">—</span><span class=\"vh\">\(HTMLText.escapeCharacters(strings.text(.notDefined)))</span>"
    }
}
