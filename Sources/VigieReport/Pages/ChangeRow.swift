import VigieCore

/// One row of a unit page's changes since its last audit (a criterion whose answer got better or worse), as values
/// (texts unescaped). The built-in `unit` template gets the rows as HTML, written by `html` (`{{{changeRows}}}`); a
/// page rendered with user templates also gets them as values (`changes`, dictionaries with the keys of
/// `templateValues`), as before.
struct ChangeRow {
    var id: String
    var title: String
    var kind: String
    var symbol: String
    var from: String
    var to: String
    /// "formerly …" when the criterion had another id in the earlier audit.
    var renamed: String?
    /// The comment given with the new answer: what explains the change.
    var comment: String

    init(_ change: CriterionChange, improved: Bool, comment: String, model: ReportModel) {
        self.comment = comment
        id = change.criterion
        title = model.criterionTitle(change.criterion)
        kind = model.t(improved ? .improved : .regressed)
        symbol = improved ? "▲" : "▼"
        from = model.answer(change.from).text
        to = model.answer(change.to).text
        renamed = change.previousCriterion != change.criterion ? model.t(.formerly, ["id": change.previousCriterion]) : nil
    }

    /// The row for user templates: `{{#changes}}…{{/changes}}`.
    var templateValues: [String: Any] {
        var row: [String: Any] = ["id": id, "title": title, "kind": kind, "symbol": symbol, "from": from, "to": to, "comment": comment]
        if let renamed { row["renamed"] = renamed }
        return row
    }

    /// The rows as the built-in `unit` template shows them, each `<tr>` on a line of its own. Written here and not
    /// by Mustache for speed, like `CriterionRow.html`; only the built-in template uses it.
    static func html(_ rows: [ChangeRow], strings: Strings) -> String {
        let label = StackLabels(strings, .change, .before, .now, .comment)
        var html = HTMLWriter(capacity: rows.count * 260)
        for row in rows {
            html.raw("<tr><th scope=\"row\">"); html.text(row.id); html.raw(" "); html.text(row.title)
            if let renamed = row.renamed { html.raw(" <span class=\"small\">"); html.text(renamed); html.raw("</span>") }
            html.raw("</th><td"); html.raw(label[0]); html.raw("><span class=\"sym\" aria-hidden=\"true\">"); html.text(row.symbol)
            html.raw("</span>"); html.text(row.kind); html.raw("</td><td"); html.raw(label[1]); html.raw(">"); html.text(row.from)
            html.raw("</td><td"); html.raw(label[2]); html.raw(">"); html.text(row.to)
            html.raw("</td><td"); html.raw(label[3]); html.raw(">"); html.text(row.comment)
            html.raw("</td></tr>\n")
        }
        return html.html
    }
}
