import VigieCore

/// One row of a unit page's criteria tables, as values (texts unescaped). The built-in `unit` template gets the rows
/// as HTML, written by `html` (`{{{criteriaRows}}}`); a page rendered with user templates also gets them as values
/// (`criteria`, dictionaries with the keys of `templateValues`), as before.
struct CriterionRow {
    var anchor: String
    var id: String
    var title: String
    var critical: Bool
    var question: String
    var weight: String
    var answer: (text: String, cls: String, symbol: String)
    var missing: Bool
    var evidence: String
    /// The evidence as a link, when it is a safe address (`SafeLink`).
    var href: String?
    var comment: String
    /// Assessor and date of the answer, `·`-separated; nil when neither is known.
    var assessor: String?
    var legalBasis: String

    init(_ row: CriterionScore, model: ReportModel) {
        let criterion = model.catalogue.criterion(row.criterion)
        anchor = "c-" + Slug.make(row.criterion)
        id = row.criterion
        title = criterion?.title ?? ""
        critical = criterion?.critical ?? false
        question = criterion?.question ?? ""
        weight = model.plain(row.weight)
        answer = model.answer(row.answer)
        missing = row.missing
        evidence = row.source?.evidence ?? ""
        href = SafeLink.href(evidence)
        comment = row.source?.comment ?? ""
        var date: String?
        if let iso = row.source?.isoDate, let day = ReportDate(iso: iso) {
            date = model.format.date(day)
        } else if let written = row.source?.date, !written.isEmpty {
            date = written
        }
        switch (row.source?.assessor ?? "", date) {
        case ("", nil): assessor = nil
        case ("", let date?): assessor = date
        case (let assessor, nil): self.assessor = assessor
        case (let assessor, let date?): self.assessor = assessor + " · " + date
        }
        legalBasis = criterion?.legalBasis ?? ""
    }

    /// The row for user templates: `{{#criteria}}…{{/criteria}}`.
    var templateValues: [String: Any] {
        var result: [String: Any] = [
            "anchor": anchor, "id": id, "title": title, "critical": critical, "question": question, "weight": weight,
            "answer": answer.text, "answerClass": answer.cls, "symbol": answer.symbol, "missing": missing,
            "evidence": evidence, "hasLink": href != nil, "href": href ?? "", "comment": comment, "legalBasis": legalBasis,
        ]
        if let assessor { result["assessor"] = assessor }
        return result
    }

    /// The rows as the built-in `unit` template shows them, each `<tr>` on a line of its own. Written here and not
    /// by Mustache for speed (a unit page has a row per criterion); only the built-in template uses it, so a user's
    /// `unit` template still renders the rows from `templateValues` as it wants.
    static func html(_ rows: [CriterionRow], strings: Strings) -> String {
        let critical = HTMLText.escape(strings.text(.critical))
        let weight = HTMLText.escape(strings.text(.weight))
        let noRow = HTMLText.escape(strings.text(.noRow))
        let label = StackLabels(strings, .answer, .evidence, .comment, .legalBasis)
        var html = HTMLWriter(capacity: rows.count * 640)
        for row in rows {
            html.raw("<tr id=\""); html.text(row.anchor); html.raw("\"><th scope=\"row\">")
            html.text(row.id); html.raw(" "); html.text(row.title)
            if row.critical { html.raw(" <span class=\"tag crit\">"); html.raw(critical); html.raw("</span>") }
            html.raw("<span class=\"q\">"); html.text(row.question); html.raw("</span>")
            html.raw("<span class=\"q\">"); html.raw(weight); html.raw(" "); html.text(row.weight); html.raw("</span></th>")
            html.raw("<td class=\"a-"); html.text(row.answer.cls); html.raw("\""); html.raw(label[0]); html.raw("><span class=\"sym\" aria-hidden=\"true\">")
            html.text(row.answer.symbol); html.raw("</span>"); html.text(row.answer.text)
            if row.missing { html.raw(" <span class=\"small\">("); html.raw(noRow); html.raw(")</span>") }
            html.raw("</td><td class=\"ev\""); html.raw(label[1]); html.raw(">")
            if let href = row.href {
                html.raw("<a href=\""); html.text(href); html.raw("\">"); html.text(row.evidence); html.raw("</a>")
            } else {
                html.text(row.evidence)
            }
            html.raw("</td><td"); html.raw(label[2]); html.raw(">"); html.text(row.comment)
            if let assessor = row.assessor { html.raw("<span class=\"q\">"); html.text(assessor); html.raw("</span>") }
            html.raw("</td><td"); html.raw(label[3]); html.raw(">"); html.text(row.legalBasis); html.raw("</td></tr>\n")
        }
        return html.html
    }
}
