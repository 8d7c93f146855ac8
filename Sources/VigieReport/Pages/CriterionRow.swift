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
        var who: [String] = []
        if let assessor = row.source?.assessor, !assessor.isEmpty { who.append(assessor) }
        if let iso = row.source?.isoDate, let date = ReportDate(iso: iso) {
            who.append(model.format.date(date))
        } else if let date = row.source?.date, !date.isEmpty {
            who.append(date)
        }
        assessor = who.isEmpty ? nil : who.joined(separator: " · ")
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
        let critical = " <span class=\"tag crit\">\(HTMLText.escape(strings.text(.critical)))</span>"
        let weight = HTMLText.escape(strings.text(.weight))
        let noRow = " <span class=\"small\">(\(HTMLText.escape(strings.text(.noRow))))</span>"
        var out = ""
        out.reserveCapacity(rows.count * 640)
        for row in rows {
            let e = HTMLText.escape
            let evidence = e(row.evidence)
            out += "<tr id=\"\(e(row.anchor))\"><th scope=\"row\">\(e(row.id)) \(e(row.title))\(row.critical ? critical : "")"
            out += "<span class=\"q\">\(e(row.question))</span><span class=\"q\">\(weight) \(e(row.weight))</span></th>"
            out += "<td class=\"a-\(e(row.answer.cls))\"><span class=\"sym\" aria-hidden=\"true\">\(e(row.answer.symbol))</span>"
            out += "\(e(row.answer.text))\(row.missing ? noRow : "")</td>"
            out += "<td class=\"ev\">\(row.href.map { "<a href=\"\(e($0))\">\(evidence)</a>" } ?? evidence)</td>"
            out += "<td>\(e(row.comment))\(row.assessor.map { "<span class=\"q\">\(e($0))</span>" } ?? "")</td>"
            out += "<td>\(e(row.legalBasis))</td></tr>\n"
        }
        return out
    }
}
