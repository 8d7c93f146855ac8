import Mustache
import VigieCore

/// One row of a unit page's action list (the criteria with a potential gain, largest first; texts unescaped): in
/// `top` and `actions` of the page's model, written by `write` on the built-in page and read by name by a
/// `unit.mustache` template.
struct PriorityRow {
    var position, gain: String
    /// The remediation actions recorded for the criterion, overdue ones first.
    var plans: [ReportModel.ActionItem]
    /// The answer as text, with a class for its colour and a symbol (`ReportModel.answer`).
    var answerText: (text: String, cls: String, symbol: String)

    /// Its criterion's parts, made once for the report, and its answer's markup: the built-in page copies them, and
    /// a template reads the criterion's fields from them (`child(named:)`).
    let criterionParts: UnitPageParts.Criterion
    let answerHTML: [UInt8]

    /// - Parameter plans: the unit's recorded actions for the row's criterion, in the order of
    ///   `ReportModel.actions(of:upTo:)`.
    init(_ row: CriterionScore, position: Int, plans: [ReportModel.ActionItem], model: ReportModel, parts: UnitPageParts) {
        criterionParts = parts.criterion(row)
        answerHTML = parts.answer(row.answer)
        answerText = model.answer(row.answer)
        self.position = parts.format.integer(position)
        gain = parts.format.signed(row.potentialGain ?? 0)
        self.plans = plans
    }

    /// The rows as the built-in unit page shows them, each `<tr>` on a line of its own. `brief`: the first
    /// priorities as "En bref" follows them, without guidance nor planned actions (the full list further down has
    /// them, so each action shows once).
    static func write(_ rows: [PriorityRow], brief: Bool, parts: UnitPageParts, _ html: inout PageHTML) {
        let label = parts.priorityLabels
        for row in rows {
            html.raw("<tr><td class=\"num\""); html.raw(label[0]); html.raw(">"); html.text(row.position)
            html.bytes(row.criterionParts.priorityHead)
            html.bytes(row.answerHTML)
            html.raw("</td><td class=\"num\""); html.raw(label[2]); html.raw(">"); html.text(row.gain)
            if brief { html.raw("</td></tr>\n"); continue }
            html.raw("</td><td"); html.raw(label[3]); html.raw(">"); html.bytes(row.criterionParts.guidanceHTML)
            html.raw(row.plans.isEmpty ? "</td><td class=\"none\"" : "</td><td")
            html.raw(label[4]); html.raw(">")
            for plan in row.plans {
                html.raw("<p class=\"plan\">")
                if plan.overdue { html.raw("<span class=\"tag crit\">"); html.raw(parts.overdue); html.raw("</span> ") }
                html.text(plan.text); html.raw(" <span class=\"q\">"); html.text(plan.meta); html.raw("</span></p>")
            }
            if row.plans.isEmpty {
                html.raw("<span class=\"undef\" aria-hidden=\"true\">—</span><span class=\"vh\">"); html.raw(parts.none); html.raw("</span>")
            }
            html.raw("</td></tr>\n")
        }
    }
}

/// A row as a template reads it (docs/templates.md, `top` and `actions`): `position`, `anchor`, `id`, `title`,
/// `critical`, `domain`, `answer`, `answerClass`, `symbol`, `gain`, `guidance` (without the opening the level-scale
/// criteria share, which the page says once), `sharesGuidance` and `plans`; nothing else of the row.
extension PriorityRow: MustacheParent {
    func child(named name: String) -> Any? {
        let criterion = criterionParts
        return switch name {
        case "position": position
        case "anchor": criterion.anchor
        case "id": criterion.id
        case "title": criterion.title
        case "critical": criterion.critical
        case "domain": criterion.domainTitle
        case "answer": answerText.text
        case "answerClass": answerText.cls
        case "symbol": answerText.symbol
        case "gain": gain
        case "guidance": criterion.guidance
        case "sharesGuidance": criterion.sharesGuidance
        case "plans": plans
        default: nil
        }
    }
}
