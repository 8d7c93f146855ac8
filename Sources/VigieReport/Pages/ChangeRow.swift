import VigieCore

/// One row of a unit page's changes since its last audit (a criterion whose answer got better or worse; texts
/// unescaped): in `last.changes` of the page's model, written by `write` on the built-in page and read by name by a
/// `unit.mustache` template.
struct ChangeRow {
    var id, title, kind, symbol, from, to: String
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

    /// The rows as the built-in unit page shows them, each `<tr>` on a line of its own.
    static func write(_ rows: [ChangeRow], _ html: inout PageHTML) {
        let label = StackLabels(html.strings, .change, .before, .now, .comment)
        for row in rows {
            html.raw("<tr><th scope=\"row\">"); html.text(row.id); html.raw(" "); html.text(row.title)
            if let renamed = row.renamed { html.raw(" <span class=\"small\">"); html.text(renamed); html.raw("</span>") }
            html.raw("</th><td"); html.raw(label[0]); html.raw("><span class=\"sym\" aria-hidden=\"true\">"); html.text(row.symbol)
            html.raw("</span>"); html.text(row.kind); html.raw("</td><td"); html.raw(label[1]); html.raw(">"); html.text(row.from)
            html.raw("</td><td"); html.raw(label[2]); html.raw(">"); html.text(row.to)
            html.raw("</td><td"); html.raw(label[3]); html.raw(">"); html.text(row.comment)
            html.raw("</td></tr>\n")
        }
    }
}
