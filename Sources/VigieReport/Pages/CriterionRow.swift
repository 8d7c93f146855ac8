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
        assessor = Self.assessor(source, format: model.format)
        legalBasis = criterion?.legalBasis ?? ""
    }

    /// Assessor and date of an answer, `·`-separated (the date as the language writes it when it is one); nil when
    /// neither is known.
    static func assessor(_ source: AnswerStore.Texts?, format: LocaleFormat) -> String? {
        var date: String?
        if let iso = source?.isoDate, let day = ReportDate(iso: iso) {
            date = format.date(day)
        } else if let written = source?.date, !written.isEmpty {
            date = written
        }
        switch (source?.assessor ?? "", date) {
        case ("", nil): return nil
        case ("", let date?): return date
        case (let assessor, nil): return assessor
        case (let assessor, let date?): return assessor + " · " + date
        }
    }

    /// A row as the built-in unit page shows it, on a line of its own, from the row's score and texts (what
    /// `init` reads) and its criterion's parts made once for the report: no row model made on the built-in page.
    static func write(_ row: CriterionScore, texts source: AnswerStore.Texts?, parts: UnitPageParts, assessors: inout AssessorMemo,
                      _ html: inout PageHTML) {
        let (label, criterion) = (parts.criterionLabels, parts.criterion(row))
        html.bytes(criterion.rowHead)
        html.bytes(parts.answer(row.answer))
        if row.missing { html.raw(" <span class=\"small\">("); html.raw(parts.noRow); html.raw(")</span>") }
        html.raw("</td><td class=\"ev\""); html.raw(label[1]); html.raw(">")
        let evidence = source?.evidence ?? ""
        if let href = SafeLink.href(evidence) {
            html.raw("<a href=\""); html.text(href); html.raw("\">"); html.text(evidence); html.raw("</a>")
        } else {
            html.text(evidence)
        }
        html.raw("</td><td"); html.raw(label[2]); html.raw(">"); html.text(source?.comment ?? "")
        if let assessor = assessors.text(source, format: parts.format) { html.raw("<span class=\"q\">"); html.text(assessor); html.raw("</span>") }
        html.bytes(criterion.rowTail)
    }
}

/// `CriterionRow.assessor` for the rows of one page, the last one remembered: the rows of a sheet mostly share one
/// assessor and one date, so a page reads and formats the date once rather than once a row.
typealias AssessorMemo = LastResult<AnswerStore.Texts, String?>

extension LastResult<AnswerStore.Texts, String?> {
    mutating func text(_ source: AnswerStore.Texts?, format: LocaleFormat) -> String? {
        guard let source else { return nil }
        // The ISO date too: an answer made in code may carry one of its own beside its date.
        let same = { (a: AnswerStore.Texts, b: AnswerStore.Texts) in
            a.assessor.sameBytes(b.assessor) && a.date.sameBytes(b.date) && a.isoDate == b.isoDate
        }
        return value(for: source, same: same, { CriterionRow.assessor($0, format: format) })
    }
}
