import VigieCore

/// One row of a unit page's criteria tables (texts unescaped): in `criteriaDomains[].criteria` of the page's model,
/// written by `write` on the built-in page and read by name by a `unit.mustache` template.
struct CriterionRow {
    var anchor, id, title: String
    var critical: Bool
    var question, weight, answer, answerClass, symbol: String
    var missing: Bool
    var evidence: String
    /// Whether the evidence is a link (a safe address, `SafeLink`), and the address.
    var hasLink: Bool
    var href: String?
    var comment: String
    /// Assessor and date of the answer, `·`-separated; nil when neither is known.
    var assessor: String?
    var legalBasis: String

    /// - Parameter texts: the texts of the row's answer; nil for a missing row.
    init(_ row: CriterionScore, texts source: AnswerStore.Texts?, model: ReportModel) {
        let criterion = model.catalogue.criterion(row.criterion)
        anchor = "c-" + Slug.make(row.criterion)
        id = row.criterion
        title = criterion?.title ?? ""
        critical = criterion?.critical ?? false
        question = criterion?.question ?? ""
        weight = model.plain(row.weight)
        (answer, answerClass, symbol) = model.answer(row.answer)
        missing = row.missing
        evidence = source?.evidence ?? ""
        href = SafeLink.href(evidence)
        hasLink = href != nil
        comment = source?.comment ?? ""
        var date: String?
        if let iso = source?.isoDate, let day = ReportDate(iso: iso) {
            date = model.format.date(day)
        } else if let written = source?.date, !written.isEmpty {
            date = written
        }
        switch (source?.assessor ?? "", date) {
        case ("", nil): assessor = nil
        case ("", let date?): assessor = date
        case (let assessor, nil): self.assessor = assessor
        case (let assessor, let date?): self.assessor = assessor + " · " + date
        }
        legalBasis = criterion?.legalBasis ?? ""
    }

    /// The rows as the built-in unit page shows them, each `<tr>` on a line of its own.
    static func write(_ rows: [CriterionRow], _ html: inout PageHTML) {
        let critical = HTMLText.escape(html.strings.text(.critical))
        let weight = HTMLText.escape(html.strings.text(.weight))
        let noRow = HTMLText.escape(html.strings.text(.noRow))
        let label = StackLabels(html.strings, .answer, .evidence, .comment, .legalBasis)
        for row in rows {
            html.raw("<tr id=\""); html.text(row.anchor); html.raw("\"><th scope=\"row\">")
            html.text(row.id); html.raw(" "); html.text(row.title)
            if row.critical { html.raw(" <span class=\"tag crit\">"); html.raw(critical); html.raw("</span>") }
            html.raw("<span class=\"q\">"); html.text(row.question); html.raw("</span>")
            html.raw("<span class=\"q\">"); html.raw(weight); html.raw(" "); html.text(row.weight); html.raw("</span></th>")
            html.raw("<td class=\"a-"); html.text(row.answerClass); html.raw("\""); html.raw(label[0]); html.raw("><span class=\"sym\" aria-hidden=\"true\">")
            html.text(row.symbol); html.raw("</span>"); html.text(row.answer)
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
    }
}
