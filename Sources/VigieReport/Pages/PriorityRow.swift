import VigieCore

/// One row of a unit page's action list (the criteria with a potential gain, largest first; texts unescaped): in
/// `top` and `actions` of the page's model, written by `write` on the built-in page and read by name by a
/// `unit.mustache` template.
struct PriorityRow {
    var position, anchor, id, title: String
    var critical: Bool
    var domain, answer, answerClass, symbol, gain, guidance: String
    /// Whether the guidance shared by the level-scale criteria was taken out of this row's.
    var sharesGuidance: Bool
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
        (answer, answerClass, symbol) = model.answer(row.answer)
        gain = model.format.signed(row.potentialGain ?? 0)
        // Without the opening that the level-scale criteria share: the page says it once, above the list.
        let full = criterion?.guidance ?? ""
        guidance = criterion.map { model.ownGuidance[row.criterion] ?? model.sharedGuidance.own(full, scale: $0.scale) } ?? full
        sharesGuidance = guidance != full
        plans = model.actions(of: unit.unit, upTo: unit.year, criterion: row.criterion).map(model.actionItem)
    }

    /// The rows as the built-in unit page shows them, each `<tr>` on a line of its own. `brief`: the first
    /// priorities as "En bref" follows them, without guidance nor planned actions (the full list further down has
    /// them, so each action shows once).
    static func write(_ rows: [PriorityRow], brief: Bool, _ html: inout PageHTML) {
        let critical = HTMLText.escape(html.strings.text(.critical))
        let overdue = HTMLText.escape(html.strings.text(.actionOverdue))
        let none = HTMLText.escape(html.strings.text(.none))
        let label = StackLabels(html.strings, .priority, .answer, .potentialGain, .guidance, .plannedActions)
        for row in rows {
            html.raw("<tr><td class=\"num\""); html.raw(label[0]); html.raw(">"); html.text(row.position); html.raw("</td><th scope=\"row\"><a href=\"#")
            html.text(row.anchor); html.raw("\">"); html.text(row.id); html.raw("</a> "); html.text(row.title)
            if row.critical { html.raw(" <span class=\"tag crit\">"); html.raw(critical); html.raw("</span>") }
            html.raw("<span class=\"q\">"); html.text(row.domain); html.raw("</span></th>")
            html.raw("<td class=\"a-"); html.text(row.answerClass); html.raw("\""); html.raw(label[1]); html.raw("><span class=\"sym\" aria-hidden=\"true\">")
            html.text(row.symbol); html.raw("</span>"); html.text(row.answer)
            html.raw("</td><td class=\"num\""); html.raw(label[2]); html.raw(">"); html.text(row.gain)
            if brief { html.raw("</td></tr>\n"); continue }
            html.raw("</td><td"); html.raw(label[3]); html.raw(">"); html.text(row.guidance); html.raw(row.plans.isEmpty ? "</td><td class=\"none\"" : "</td><td")
            html.raw(label[4]); html.raw(">")
            for plan in row.plans {
                html.raw("<p class=\"plan\">")
                if plan.overdue { html.raw("<span class=\"tag crit\">"); html.raw(overdue); html.raw("</span> ") }
                html.text(plan.text); html.raw(" <span class=\"q\">"); html.text(plan.meta); html.raw("</span></p>")
            }
            if row.plans.isEmpty {
                html.raw("<span class=\"undef\" aria-hidden=\"true\">—</span><span class=\"vh\">"); html.raw(none); html.raw("</span>")
            }
            html.raw("</td></tr>\n")
        }
    }
}
