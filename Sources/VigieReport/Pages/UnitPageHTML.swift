/// `<year>/<unit>.html` as the built-in page writes it from its model, section by section: the summary, what to
/// fix first, the domains, the trend and the changes since the last audit, the full action list, every criterion.
enum UnitPageHTML {
    /// The page as UTF-8 bytes: a set of tens of thousands of unit pages goes to disk without a String made and
    /// checked for each.
    static func utf8(_ page: UnitPageModel, model: ReportModel) -> [UInt8] {
        if model.templates.overridden.contains("unit") { return Array(model.templates.render(page, page: "unit").utf8) }
        // Room for the page at once (a benchmark page of 100 criteria weighs 44–168 KB): growing it would copy it.
        var html = PageHTML(model: model, page: page, capacity: 8192 + page.rowSources.rows.count * 1700)
        html.header(page.frame)
        html.raw("<h1 data-status=\"")
        html.raw(page.notStarted ? "not-started" : page.incomplete ? "incomplete" : page.capped ? "capped" : "complete")
        html.raw("\">"); html.text(page.name); html.raw(" <span class=\"id\">"); html.text(page.id); html.raw("</span> · ")
        html.text(page.year); html.raw("</h1>\n<p class=\"lead\">"); html.text(page.lead); html.raw("</p>\n")
        html.years(page.otherYears.map { ($0.year, $0.href, $0.current) })
        html.sections(page, [summary, actions, domains, trend, allActions, criteria], frame: page.frame)
        return html.utf8
    }

    static func summary(_ page: UnitPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-summary\">\n<h2 id=\"s-summary\">"); html.t(.summaryHeading)
        html.raw("</h2>\n<dl class=\"figures\">\n<div><dt>"); html.t(.score); html.raw("</dt><dd>"); html.figure(page.score)
        if page.incomplete { html.raw(" <span class=\"tag\">"); html.t(.incomplete); html.raw("</span>") }
        if page.notStarted { html.raw(" <span class=\"tag\">"); html.t(.notStarted); html.raw("</span>") }
        if let change = page.change {
            html.raw("<small class=\"chg "); html.text(change.direction); html.raw("\">")
            if let symbol = change.symbol { html.raw("<span class=\"sym\" aria-hidden=\"true\">"); html.text(symbol); html.raw("</span>") }
            html.text(change.score); html.raw("</small>")
        }
        html.raw("</dd></div>\n<div><dt>"); html.t(.rating); html.raw("</dt><dd>"); html.figure(page.rating)
        if page.capped { html.raw("<small>"); html.t(.cappedShort); html.raw("</small>") }
        if let change = page.change { html.raw("<small>"); html.text(change.rating); html.raw("</small>") }
        html.raw("</dd></div>\n<div><dt>"); html.t(.rank); html.raw("</dt><dd>"); html.text(page.rank)
        if let change = page.change { html.raw("<small>"); html.text(change.rank); html.raw("</small>") }
        html.raw("</dd></div>\n")
        // The template's line `{{#change}}{{#comparable}}` kept its line end inside both sections, the next line's outside.
        if let change = page.change, change.comparable {
            html.raw("\n")
            do {
                html.raw("<div><dt>"); html.t(.regressedCriteria); html.raw("</dt><dd><a href=\"#s-changes\">"); html.text(change.regressedCount)
                html.raw("</a><small>"); html.text(change.since); html.raw("</small></dd></div>\n<div><dt>"); html.t(.improvedCriteria)
                html.raw("</dt><dd><a href=\"#s-changes\">"); html.text(change.improvedCount); html.raw("</a><small>"); html.text(change.since)
                html.raw("</small></dd></div>\n")
            }
        }
        html.raw("\n")
        html.raw("<div><dt>"); html.t(.coverage); html.raw("</dt><dd>"); html.text(page.coverage); html.raw("<small>"); html.t(.minimumCoverage)
        html.t(.colon); html.raw(" "); html.text(page.frame.minimumCoverage); html.raw("</small></dd></div>\n<div><dt>"); html.t(.unanswered)
        html.raw("</dt><dd>"); html.text(page.unanswered); html.raw("</dd></div>\n</dl>\n")
        if let change = page.change {
            moved(change.regressed, heading: .regressedCriteria, hasAny: change.hasRegressed, cut: change.regressedCut, down: true, change, &html)
            moved(change.improved, heading: .improvedCriteria, hasAny: change.hasImproved, cut: change.improvedCut, down: false, change, &html)
        }
        for note in page.notes { html.raw("<p class=\"callout\">"); html.text(note); html.raw("</p>\n") }
        if page.hasRecordedActions {
            html.raw("<p class=\"summary\">"); html.text(page.overdueSentence)
            if page.hasOverdueInList { html.raw(" <a href=\"#s-all-actions\">"); html.t(.seeFullList); html.raw("</a>") }
            html.raw("</p>\n")
        }
        html.raw("</section>\n")
    }

    /// The criteria whose answer fell (or rose) since the last audit, as "En bref" lists them.
    static func moved(_ criteria: [UnitChange.Criterion], heading: TextKey, hasAny: Bool, cut: Bool, down: Bool, _ change: UnitChange,
                      _ html: inout PageHTML) {
        guard hasAny else { return }
        html.raw("<p class=\"moved\">"); html.t(heading); html.raw(" "); html.text(change.since); html.t(.colon); html.raw("</p>\n<ul class=\"moved\">")
        for criterion in criteria {
            html.raw(down ? "<li><span class=\"sym down\" aria-hidden=\"true\">▼</span><a href=\"#" : "<li><span class=\"sym up\" aria-hidden=\"true\">▲</span><a href=\"#")
            html.text(criterion.anchor); html.raw("\">"); html.text(criterion.id); html.raw("</a> "); html.text(criterion.title)
            if criterion.critical { html.raw(" <span class=\"tag crit\">"); html.t(.critical); html.raw("</span>") }
            html.raw(" <span class=\"small\">"); html.text(criterion.answers); html.raw("</span></li>")
        }
        if cut { html.raw("<li><a href=\"#s-changes\">"); html.text(change.more); html.raw("</a></li>") }
        html.raw("</ul>\n")
    }

    static func actions(_ page: UnitPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-actions\">\n<h2 id=\"s-actions\">"); html.t(.actionsHeading); html.raw("</h2>\n<p class=\"summary\">")
        html.text(page.actionsSentence); html.raw("</p>\n")
        if page.hasActions {
            html.table(page.topCaption, class: "actions brief", columns: [(.priority, true), (.criterion, false), (.answer, false), (.potentialGain, true)])
            PriorityRow.write(page.top, brief: true, parts: page.unitParts, &html)
            html.tableEnd()
            if page.hasMoreActions { html.raw("<p><a href=\"#s-all-actions\">"); html.text(page.moreActions); html.raw("</a></p>") }
            html.raw("\n")
        }
        html.raw("</section>\n")
    }

    static func domains(_ page: UnitPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-domains\">\n<h2 id=\"s-domains\">"); html.t(.domainsHeading); html.raw("</h2>\n<p class=\"summary\">")
        html.text(page.domainSentence); html.raw("</p>\n<p class=\"key\" aria-hidden=\"true\"><span class=\"barkey\"></span>"); html.t(.thisUnit)
        html.raw(" · <span class=\"mark\"></span>"); html.t(.cantonMean); html.raw("</p>\n"); html.raw(page.domainChart); html.raw("\n")
        html.table(page.domainCaption, columns: [(.domain, false), (.score, true), (.cantonMean, true), (.difference, true), (.coverage, true)])
        let label = StackLabels(html.strings, .score, .cantonMean, .difference, .coverage)
        for row in page.domains {
            html.raw("<tr><th scope=\"row\"><a href=\"#"); html.text(row.anchor); html.raw("\">"); html.text(row.title); html.raw("</a></th>")
            for (index, figure) in [row.score, row.mean, row.difference, row.coverage].enumerated() {
                html.raw("<td class=\"num\""); html.raw(label[index]); html.raw(">"); html.figure(figure); html.raw("</td>")
            }
            html.raw("</tr>\n")
        }
        html.tableEnd(); html.raw("</section>\n")
    }

    static func trend(_ page: UnitPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-trend\" class=\"break\">\n<h2 id=\"s-trend\">"); html.t(.trendHeading); html.raw("</h2>\n<p class=\"summary\">")
        html.text(page.trendSentence); html.raw("</p>\n")
        if page.hasTrends {
            html.raw(page.trendChart); html.raw("\n")
            html.table(page.trendCaption, columns: [(.period, false), (.scoreFrom, true), (.scoreTo, true), (.delta, true), (.deltaLikeForLike, true),
                                               (.improvements, true), (.regressions, true)])
            let label = StackLabels(html.strings, .scoreFrom, .scoreTo, .delta, .deltaLikeForLike, .improvements, .regressions)
            for row in page.trends {
                html.raw("<tr><th scope=\"row\">"); html.text(row.period)
                if let bridge = row.bridge { html.raw(" <span class=\"small\">"); html.text(bridge); html.raw("</span>") }
                if let reason = row.notComparableReason { html.raw(" <span class=\"small\">"); html.text(reason); html.raw("</span>") }
                html.raw("</th>")
                for (index, figure) in [row.from, row.to, row.delta, row.likeForLike].enumerated() {
                    html.raw("<td class=\"num\""); html.raw(label[index]); html.raw(">"); html.figure(figure); html.raw("</td>")
                }
                html.raw("<td class=\"num\""); html.raw(label[4]); html.raw(">"); html.text(row.improvements); html.raw("</td><td class=\"num\"")
                html.raw(label[5]); html.raw(">"); html.text(row.regressions); html.raw("</td></tr>\n")
            }
            html.tableEnd()
        }
        if let last = page.last { lastTrend(last, &html) }
        html.raw("<p><a href=\""); html.text(page.trendsHref); html.raw("\">"); html.t(.seeTrends); html.raw("</a></p>\n</section>\n")
    }

    static func lastTrend(_ last: UnitPageModel.LastTrend, _ html: inout PageHTML) {
        html.raw("<h3 id=\"s-changes\">"); html.text(last.heading); html.raw("</h3>\n")
        if last.hasChanges {
            html.table(last.changesCaption, columns: [(.criterion, false), (.change, false), (.before, false), (.now, false), (.comment, false)])
            ChangeRow.write(last.changes, &html)
            html.tableEnd()
        } else {
            html.raw("<p>"); html.text(last.changesNote); html.raw("</p>\n")
        }
        html.raw("<h3>"); html.t(.catalogueChangesHeading); html.raw("</h3>\n")
        for (has, key, list) in [(last.hasAdded, TextKey.criteriaAdded, last.added), (last.hasRemoved, .criteriaRemoved, last.removed)] where has {
            html.raw("<p>"); html.t(key); html.t(.colon); html.raw("</p>\n<ul class=\"plain\">")
            for criterion in list { html.raw("<li><strong>"); html.text(criterion.id); html.raw("</strong> "); html.text(criterion.title); html.raw("</li>") }
            html.raw("</ul>\n")
        }
        if !last.hasAdded && !last.hasRemoved { html.raw("\n<p>"); html.t(.noCatalogueChanges); html.raw("</p>\n") }
        html.raw("\n")
    }

    static func allActions(_ page: UnitPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-all-actions\">\n<h2 id=\"s-all-actions\">"); html.t(.allActionsHeading); html.raw("</h2>\n")
        html.raw("<p class=\"summary\">"); html.text(page.actionsSentence); html.raw("</p>\n")
        if page.hasActions {
            if let shared = page.sharedGuidance {
                html.raw("<p class=\"summary\"><strong>"); html.t(.levelScale); html.raw("</strong> "); html.text(shared); html.raw("</p>\n")
            }
            html.table(page.actionsCaption, class: "actions", columns: [(.priority, true), (.criterion, false), (.answer, false), (.potentialGain, true),
                                                                 (.guidance, false), (.plannedActions, false)])
            PriorityRow.write(page.actions, brief: false, parts: page.unitParts, &html)
            html.tableEnd()
        }
        if page.hasOverdue {
            html.raw("<p class=\"summary\">"); html.t(.overdueElsewhere); html.raw("</p>\n<ul class=\"overdue\">\n")
            for item in page.overdue {
                html.raw("<li><span class=\"tag crit\">"); html.t(.actionOverdue); html.raw("</span> <a href=\"#"); html.text(item.anchor); html.raw("\">")
                html.text(item.criterion); html.raw("</a> "); html.text(item.text); html.raw(" <span class=\"q\">"); html.text(item.meta); html.raw("</span></li>")
            }
            html.raw("\n</ul>\n")
        }
        html.raw("</section>\n")
    }

    static func criteria(_ page: UnitPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-criteria\" class=\"break\">\n<h2 id=\"s-criteria\">"); html.t(.criteriaHeading)
        html.raw("</h2>\n<p class=\"summary\">"); html.text(page.criteriaSentence); html.raw("</p>\n")
        var assessors = AssessorMemo()
        for domain in page.criteriaDomains {
            html.raw("<section class=\"domain\" aria-labelledby=\""); html.text(domain.anchor); html.raw("\">\n<h3 id=\""); html.text(domain.anchor)
            html.raw("\">"); html.text(domain.title); html.raw(" <span class=\"id\">"); html.figure(domain.score); html.raw("</span></h3>\n")
            if domain.hasDescription { html.raw("<p class=\"small\">"); html.text(domain.description); html.raw("</p>\n") }
            html.table(domain.caption, class: "criteria", columns: [(.criterion, false), (.answer, false), (.evidence, false), (.comment, false),
                                                               (.legalBasis, false)])
            for position in domain.rowPositions {
                CriterionRow.write(page.rowSources.rows[position], texts: page.rowSources.texts[position], parts: page.unitParts,
                                   assessors: &assessors, &html)
            }
            html.tableEnd(); html.raw("</section>\n")
        }
        html.raw("</section>\n")
    }
}
