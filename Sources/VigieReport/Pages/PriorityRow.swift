import VigieCore

/// One row of a unit page's action list (the criteria with a potential gain, largest first), as values (texts
/// unescaped). The built-in `unit` template gets the rows as HTML, written by `html` (`{{{actionRows}}}`); a page
/// rendered with user templates also gets them as values (`actions`, dictionaries with the keys of
/// `templateValues`), as before.
struct PriorityRow {
    var position: String
    var anchor: String
    var id: String
    var title: String
    var critical: Bool
    var domain: String
    var answer: (text: String, cls: String, symbol: String)
    var gain: String
    var guidance: String
    /// The remediation actions recorded for the criterion, overdue ones first.
    var plans: [ReportModel.ActionItem]

    init(_ row: CriterionScore, position: Int, unit: UnitScore, model: ReportModel) {
        let criterion = model.catalogue.criterion(row.criterion)
        self.position = model.format.integer(position)
        anchor = "c-" + Slug.make(row.criterion)
        id = row.criterion
        title = criterion?.title ?? ""
        critical = criterion?.critical ?? false
        domain = model.domainTitle(row.domain)
        answer = model.answer(row.answer)
        gain = model.format.signed(row.potentialGain ?? 0)
        guidance = criterion?.guidance ?? ""
        plans = model.actions(of: unit.unit, upTo: unit.year, criterion: row.criterion).map(model.actionItem)
    }

    /// The row for user templates: `{{#actions}}…{{/actions}}`.
    var templateValues: [String: Any] {
        [
            "position": position, "anchor": anchor, "id": id, "title": title, "critical": critical, "domain": domain,
            "answer": answer.text, "answerClass": answer.cls, "symbol": answer.symbol, "gain": gain, "guidance": guidance,
            "plans": plans.map(\.templateValues),
        ]
    }

    /// The rows as the built-in `unit` template shows them, each `<tr>` on a line of its own. Written here and not
    /// by Mustache for speed, like `CriterionRow.html`; only the built-in template uses it.
    static func html(_ rows: [PriorityRow], strings: Strings) -> String {
        let e = HTMLText.escape
        let critical = " <span class=\"tag crit\">\(e(strings.text(.critical)))</span>"
        let overdue = "<span class=\"tag crit\">\(e(strings.text(.actionOverdue)))</span> "
        let none = "<span class=\"undef\" aria-hidden=\"true\">—</span><span class=\"vh\">\(e(strings.text(.none)))</span>"
        var out = ""
        out.reserveCapacity(rows.count * 480)
        for row in rows {
            out += "<tr><td class=\"num\">\(e(row.position))</td><th scope=\"row\"><a href=\"#\(e(row.anchor))\">\(e(row.id))</a> "
            out += "\(e(row.title))\(row.critical ? critical : "")<span class=\"q\">\(e(row.domain))</span></th>"
            out += "<td class=\"a-\(e(row.answer.cls))\"><span class=\"sym\" aria-hidden=\"true\">\(e(row.answer.symbol))</span>"
            out += "\(e(row.answer.text))</td><td class=\"num\">\(e(row.gain))</td><td>\(e(row.guidance))</td><td>"
            for plan in row.plans {
                out += "<p class=\"plan\">\(plan.overdue ? overdue : "")\(e(plan.text)) <span class=\"q\">\(e(plan.meta))</span></p>"
            }
            if row.plans.isEmpty { out += none }
            out += "</td></tr>\n"
        }
        return out
    }
}
