import VigieCore

/// What every unit page of a report set repeats, worked out once for the set rather than once per page: each
/// criterion's texts as its rows show them, and the markup of its rows that is the same on every page (ids, title,
/// question, weight, legal basis, domain), escaped once and kept as UTF-8, so that a page copies it at once.
final class UnitPageParts: @unchecked Sendable {
    /// A criterion as the rows of a unit page show it (texts unescaped, markup escaped).
    final class Criterion {
        let id, domain, anchor, title, domainTitle, guidance: String
        let critical, sharesGuidance: Bool
        let weight: Double
        /// Its row of the criteria tables, up to its answer's class: `<tr id="c-…"><th scope="row">id title … weight
        /// </th><td class="a-`.
        let rowHead: [UInt8]
        /// The end of that row: the legal basis cell and `</tr>`.
        let rowTail: [UInt8]
        /// Its row of the action lists, from the end of the priority cell to its answer's class.
        let priorityHead: [UInt8]
        /// Its own guidance, escaped.
        let guidanceHTML: [UInt8]

        /// The criterion `id` as `model`'s catalogue has it, in a row of `domain` with `weight` (the scores' own).
        init(_ id: String, domain: String, weight: Double, model: ReportModel) {
            let criterion = model.catalogue.criterion(id)
            let strings = model.strings
            self.id = id
            self.domain = domain
            self.weight = weight
            anchor = "c-" + Slug.make(id)
            title = criterion?.title ?? ""
            critical = criterion?.critical ?? false
            domainTitle = model.domainTitle(domain)
            // Without the opening that the level-scale criteria share: the page says it once, above the list.
            let full = criterion?.guidance ?? ""
            guidance = criterion.map { model.ownGuidance[id] ?? model.sharedGuidance.own(full, scale: $0.scale) } ?? full
            sharesGuidance = guidance != full
            var html = HTMLWriter(capacity: 512)
            html.raw("<tr id=\""); html.text(anchor); html.raw("\"><th scope=\"row\">"); html.text(id); html.raw(" "); html.text(title)
            if critical { html.raw(" <span class=\"tag crit\">"); html.text(strings.text(.critical)); html.raw("</span>") }
            html.raw("<span class=\"q\">"); html.text(criterion?.question ?? ""); html.raw("</span>")
            html.raw("<span class=\"q\">"); html.text(strings.text(.weight)); html.raw(" "); html.text(model.plain(weight))
            html.raw("</span></th><td class=\"a-")
            rowHead = html.utf8
            html = HTMLWriter(capacity: 256)
            html.raw("</td><td"); html.raw(StackLabels(strings, .legalBasis)[0]); html.raw(">"); html.text(criterion?.legalBasis ?? "")
            html.raw("</td></tr>\n")
            rowTail = html.utf8
            html = HTMLWriter(capacity: 256)
            html.raw("</td><th scope=\"row\"><a href=\"#"); html.text(anchor); html.raw("\">"); html.text(id); html.raw("</a> "); html.text(title)
            if critical { html.raw(" <span class=\"tag crit\">"); html.text(strings.text(.critical)); html.raw("</span>") }
            html.raw("<span class=\"q\">"); html.text(domainTitle); html.raw("</span></th><td class=\"a-")
            priorityHead = html.utf8
            html = HTMLWriter(capacity: guidance.utf8.count + 16)
            html.text(guidance)
            guidanceHTML = html.utf8
        }
    }

    private let model: ReportModel
    let format: LocaleFormat
    /// By id: the catalogue's criteria in their domain and with their weight.
    private let criteria: [String: Criterion]
    /// The five fixed answers (met, partial, not met, not applicable, unanswered), then levels 0 to 4: from the
    /// answer's class to its text, `met" data-label="…"><span class="sym" …>✓</span>Met`.
    private let answers: [[UInt8]]
    /// The cells' `data-label` attributes, escaped: criteria tables (answer, evidence, comment) and action lists
    /// (priority, answer, gain, guidance, planned actions).
    let criterionLabels, priorityLabels: StackLabels
    /// The texts both tables repeat, escaped: "no row", "overdue", "none".
    let noRow, overdue, none: String

    init(_ model: ReportModel) {
        self.model = model
        format = model.format
        var criteria: [String: Criterion] = [:]
        for criterion in model.catalogue.criteria where criteria[criterion.id] == nil {
            criteria[criterion.id] = Criterion(criterion.id, domain: criterion.domain, weight: criterion.weight, model: model)
        }
        self.criteria = criteria
        let strings = model.strings
        criterionLabels = StackLabels(strings, .answer, .evidence, .comment, .legalBasis)
        priorityLabels = StackLabels(strings, .priority, .answer, .potentialGain, .guidance, .plannedActions)
        let values: [AnswerValue] = [.met, .partial, .notMet, .notApplicable, .unanswered] + (0...4).map { .level($0) }
        let label = criterionLabels[0]
        answers = values.map { Self.answerHTML(model.answer($0), label: label) }
        (noRow, overdue, none) = (HTMLText.escape(strings.text(.noRow)), HTMLText.escape(strings.text(.actionOverdue)),
                                  HTMLText.escape(strings.text(.none)))
    }

    /// The criterion of a row: the catalogue's, or one made for the row when its domain or weight differs (or the
    /// catalogue does not have it), so that the row reads exactly as its own texts would.
    func criterion(_ row: CriterionScore) -> Criterion {
        if let criterion = criteria[row.criterion], criterion.domain == row.domain, criterion.weight == row.weight { return criterion }
        return Criterion(row.criterion, domain: row.domain, weight: row.weight, model: model)
    }

    /// An answer from its class to its text (see `answers`).
    func answer(_ value: AnswerValue) -> [UInt8] {
        if let slot = value.wordSlot { return answers[slot] }
        if case .level(let k) = value, (0...4).contains(k) { return answers[5 + k] }
        return Self.answerHTML(model.answer(value), label: criterionLabels[0])
    }

    private static func answerHTML(_ answer: (text: String, cls: String, symbol: String), label: String) -> [UInt8] {
        var html = HTMLWriter(capacity: 128)
        html.text(answer.cls); html.raw("\""); html.raw(label); html.raw("><span class=\"sym\" aria-hidden=\"true\">")
        html.text(answer.symbol); html.raw("</span>"); html.text(answer.text)
        return html.utf8
    }
}
