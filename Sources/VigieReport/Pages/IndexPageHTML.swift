/// A year overview (`index.html`, `<year>/index.html`) as the built-in page writer writes it from its model.
enum IndexPageHTML {
    static func write(_ page: IndexPageModel, model: ReportModel) -> String { write(page, model: model, within: .max)! }

    /// The page, or nil when it would weigh more than `limit` bytes (the built-in writer stops there: a page to be
    /// split is not written whole first).
    static func write(_ page: IndexPageModel, model: ReportModel, within limit: Int) -> String? {
        if model.templates.overridden.contains("index") {
            let text = model.templates.render(page, page: "index")
            return text.utf8.count > limit ? nil : text
        }
        var html = PageHTML(model: model, page: page, capacity: 64_000 + page.heatGroups.reduce(0) { $0 + $1.rows.count * 1_400 }, limit: limit)
        body(page, &html)
        return html.isOverLimit ? nil : html.html
    }

    private static func body(_ page: IndexPageModel, _ html: inout PageHTML) {
        html.header(page.frame)
        html.raw("<h1>"); html.text(page.heading); html.raw("</h1>\n<p class=\"lead\">"); html.text(page.lead); html.raw("</p>\n")
        html.years(page.otherYears.map { ($0.year, $0.href, $0.current) })
        if page.isPart { html.sections(page, [heatMap, ranking], frame: page.frame); return }
        for campaign in page.campaigns {
            html.raw("<p class=\"callout\">"); html.text(campaign.sentence); html.raw(" <a href=\"#"); html.text(campaign.anchor); html.raw("\">")
            html.text(campaign.caption); html.raw("</a></p>\n")
        }
        html.raw("<p class=\"summary\"><a href=\""); html.text(page.method.href); html.raw("\">"); html.text(page.method.label); html.raw("</a> · ")
        html.text(page.method.sentence); html.raw("</p>\n")
        html.sections(page, [canton, heatMap, ranking, incomplete, remediation, campaigns, years], frame: page.frame)
    }

    static func campaigns(_ page: IndexPageModel, _ html: inout PageHTML) {
        for campaign in page.campaigns { self.campaign(campaign, departments: page.hasDepartments, &html) }
    }

    static func canton(_ page: IndexPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-canton\">\n<h2 id=\"s-canton\">"); html.t(.cantonHeading); html.raw("</h2>\n<dl class=\"figures\">\n<div><dt>")
        html.t(.score); html.raw("</dt><dd>"); html.figure(page.canton.score); html.raw("</dd></div>\n<div><dt>"); html.t(.rating); html.raw("</dt><dd>")
        html.figure(page.canton.rating); html.raw("</dd></div>\n")
        for (key, value) in [(TextKey.unitsAudited, page.counts.audited), (.unitsRanked, page.counts.ranked), (.unitsIncomplete, page.counts.incomplete)] {
            html.raw("<div><dt>"); html.t(key); html.raw("</dt><dd>"); html.text(value); html.raw("</dd></div>\n")
        }
        html.raw("</dl>\n<p class=\"summary\">"); html.text(page.cantonSentence); html.raw("</p>\n</section>\n")
        guard page.hasDepartments else { return }
        html.raw("\n<section aria-labelledby=\"s-departments\">\n<h2 id=\"s-departments\">"); html.t(.departmentsHeading); html.raw("</h2>\n")
        html.table(page.departmentsCaption, columns: [(.department, false), (.score, true), (.rating, false), (.coverage, true), (.membersCounted, true)])
        let label = StackLabels(html.strings, .score, .rating, .coverage, .membersCounted)
        for department in page.departments + [page.canton] {
            let total = department.id.isEmpty
            if total {
                html.raw("<tr class=\"total\"><th scope=\"row\">"); html.t(.canton)
            } else {
                html.raw("<tr id=\""); html.text(department.anchor); html.raw("\"><th scope=\"row\"><a href=\""); html.text(department.href); html.raw("\">")
                html.text(department.name); html.raw("</a> <span class=\"id\">"); html.text(department.id); html.raw("</span>")
            }
            for remark in department.remarks { html.raw("<span class=\"q\">"); html.text(remark); html.raw("</span>") }
            html.raw("</th><td class=\"num\""); html.raw(label[0]); html.raw(">"); html.figure(department.score); html.raw("</td><td"); html.raw(label[1])
            html.raw(">"); html.figure(department.rating); html.raw("</td><td class=\"num\""); html.raw(label[2]); html.raw(">"); html.figure(department.coverage)
            html.raw("</td><td class=\"num\""); html.raw(label[3]); html.raw(">"); html.text(department.members); html.raw("</td></tr>\n")
        }
        html.tableEnd()
        html.raw("</section>\n")
    }

    static func heatMap(_ page: IndexPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-heat\" class=\"break\">\n<h2 id=\"s-heat\">"); html.t(.heatmapHeading); html.raw("</h2>\n")
        if !page.parts.isEmpty { html.parts(page.partsSentence, page.parts); html.raw("</section>\n"); return }
        html.raw("<p class=\"summary\">"); html.text(page.heatmapSentence); html.raw("</p>\n<ul class=\"legend\" aria-label=\""); html.t(.legend); html.raw("\">\n")
        for item in page.legend {
            html.raw("<li><span class=\"swatch "); html.text(item.band); html.raw("\" aria-hidden=\"true\">"); html.text(item.symbol); html.raw("</span>")
            html.text(item.label); html.raw("</li>\n")
        }
        html.raw("</ul>\n<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\""); html.text(page.heatmapCaption)
        html.raw("\">\n<table class=\"heat\">\n<caption>"); html.text(page.heatmapCaption); html.raw("</caption>\n<thead><tr><th scope=\"col\">"); html.t(.unit)
        html.raw("</th>")
        for domain in page.domains {
            html.raw("<th scope=\"col\" class=\"num\"><span aria-hidden=\"true\">"); html.text(domain.code); html.raw("</span><span class=\"vh\">")
            html.text(domain.title); html.raw("</span></th>")
        }
        html.raw("<th scope=\"col\" class=\"num\">"); html.t(.score); html.raw("</th></tr></thead>\n")
        for group in page.heatGroups {
            html.rowGroup(group.name, colspan: group.colspan)
            for row in group.rows {
                html.raw(row.incomplete ? "<tr class=\"incomplete\"><th scope=\"row\"><a href=\"" : "<tr><th scope=\"row\"><a href=\"")
                html.text(row.href); html.raw("\">"); html.text(row.name); html.raw("</a>")
                if row.incomplete { html.raw(" <span class=\"tag\">"); html.t(.incomplete); html.raw("</span>") }
                if row.notStarted { html.raw(" <span class=\"tag\">"); html.t(.notStarted); html.raw("</span>") }
                html.raw("</th>")
                for cell in row.cells {
                    html.raw("<td class=\"num cell "); html.text(cell.band); html.raw("\" data-label=\""); html.text(cell.label); html.raw("\">")
                    if cell.defined { html.raw("<span class=\"sym\" aria-hidden=\"true\">"); html.text(cell.symbol); html.raw("</span>") }
                    html.figure(Figure(cell.text), scope: cell); html.raw("</td>")
                }
                html.raw("</tr>\n")
            }
            html.raw("</tbody>\n")
        }
        html.raw("</table>\n</div>\n<ul class=\"key\" aria-hidden=\"true\">\n")
        for domain in page.domains { html.raw("<li><strong>"); html.text(domain.code); html.raw("</strong> "); html.text(domain.title); html.raw("</li>") }
        html.raw("\n</ul>\n</section>\n")
    }

    /// The columns of a table of units, with the department's when the workspace has departments.
    static func columns(_ first: [(TextKey, Bool)], department: Bool, _ rest: [(TextKey, Bool)]) -> [(TextKey, Bool)] {
        first + (department ? [(.department, false)] : []) + rest
    }

    static func ranking(_ page: IndexPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-ranking\">\n<h2 id=\"s-ranking\">"); html.t(.rankingHeading); html.raw("</h2>\n")
        if !page.parts.isEmpty {
            html.raw("<p><a href=\"#s-heat\">"); html.t(.rankingPartsSentence); html.raw("</a></p>\n</section>\n")
            return
        }
        guard page.hasRanking else { html.raw("<p>"); html.t(.noRanking); html.raw("</p>\n</section>\n"); return }
        html.table(page.rankingCaption, columns: columns([(.rank, true), (.previousRank, false), (.unit, false)], department: page.hasDepartments,
                                                         [(.score, true), (.rating, false), (.coverage, true)]))
        let label = StackLabels(html.strings, .rank, .previousRank, .department, .score, .rating, .coverage)
        for unit in page.ranking {
            html.raw("<tr><td class=\"num\""); html.raw(label[0]); html.raw(">"); html.text(unit.rank); html.raw("</td><td class=\"rankchg ")
            html.text(unit.rankMove); html.raw("\""); html.raw(label[1]); html.raw(">")
            if let symbol = unit.rankSymbol { html.raw("<span class=\"sym\" aria-hidden=\"true\">"); html.text(symbol); html.raw("</span>") }
            html.text(unit.previousRank); html.raw("</td><th scope=\"row\"><a href=\""); html.text(unit.href); html.raw("\">"); html.text(unit.name)
            html.raw("</a> <span class=\"id\">"); html.text(unit.id); html.raw("</span></th>")
            if page.hasDepartments { html.raw("<td"); html.raw(label[2]); html.raw(">"); html.text(unit.department); html.raw("</td>") }
            html.raw("<td class=\"num\""); html.raw(label[3]); html.raw(">"); html.figure(unit.score); html.raw("</td><td"); html.raw(label[4]); html.raw(">")
            html.figure(unit.rating)
            if unit.capped { html.raw(" <span class=\"tag crit\">"); html.t(.capped); html.raw("</span>") }
            html.raw("</td><td class=\"num\""); html.raw(label[5]); html.raw(">"); html.text(unit.coverage); html.raw("</td></tr>\n")
        }
        html.tableEnd()
        html.raw("</section>\n")
    }

    static func incomplete(_ page: IndexPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-incomplete\">\n<h2 id=\"s-incomplete\">"); html.t(.incompleteHeading); html.raw("</h2>\n<p class=\"summary\">")
        html.text(page.incompleteSentence); html.raw("</p>\n")
        if let sentence = page.notStartedSentence { html.raw("<p class=\"summary\">"); html.text(sentence); html.raw("</p>\n") }
        if page.hasIncomplete {
            html.table(page.incompleteCaption, columns: columns([(.unit, false)], department: page.hasDepartments,
                                                                [(.coverage, true), (.score, true), (.unanswered, true)]))
            let label = StackLabels(html.strings, .department, .coverage, .score, .unanswered)
            for unit in page.incomplete {
                html.raw("<tr><th scope=\"row\"><a href=\""); html.text(unit.href); html.raw("\">"); html.text(unit.name); html.raw("</a> <span class=\"id\">")
                html.text(unit.id); html.raw("</span> <span class=\"tag\">"); html.t(.incomplete); html.raw("</span></th>")
                if page.hasDepartments { html.raw("<td"); html.raw(label[0]); html.raw(">"); html.text(unit.department); html.raw("</td>") }
                html.raw("<td class=\"num\""); html.raw(label[1]); html.raw(">"); html.text(unit.coverage); html.raw("</td><td class=\"num\""); html.raw(label[2])
                html.raw(">"); html.figure(unit.score); html.raw("</td><td class=\"num\""); html.raw(label[3]); html.raw(">"); html.text(unit.unanswered)
                html.raw("</td></tr>\n")
            }
            html.tableEnd()
        }
        html.raw("</section>\n")
    }

    static func remediation(_ page: IndexPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-remediation\">\n<h2 id=\"s-remediation\">"); html.t(.remediationHeading); html.raw("</h2>\n<p class=\"summary\">")
        html.text(page.remediationSentence); html.raw("</p>\n")
        if page.hasRemediation {
            html.table(page.remediationCaption, columns: [(.unit, false), (.openActions, true), (.overdueActions, true)])
            let label = StackLabels(html.strings, .openActions, .overdueActions)
            for unit in page.remediation {
                html.raw("<tr><th scope=\"row\"><a href=\""); html.text(unit.href); html.raw("\">"); html.text(unit.name); html.raw("</a> <span class=\"id\">")
                html.text(unit.id); html.raw("</span></th><td class=\"num\""); html.raw(label[0]); html.raw(">"); html.text(unit.open)
                html.raw("</td><td class=\"num\""); html.raw(label[1]); html.raw(">"); html.text(unit.overdue)
                if unit.hasOverdue { html.raw(" <span class=\"tag crit\">"); html.t(.actionOverdue); html.raw("</span>") }
                html.raw("</td></tr>\n")
            }
            html.tableEnd()
        }
        html.raw("</section>\n\n")
    }

    static func campaign(_ campaign: CampaignSection, departments: Bool, _ html: inout PageHTML) {
        html.raw("<section aria-labelledby=\""); html.text(campaign.anchor); html.raw("\" class=\"campaign\">\n<h2 id=\""); html.text(campaign.anchor)
        html.raw("\">"); html.text(campaign.heading); html.raw("</h2>\n<p class=\"summary\">"); html.text(campaign.sentence); html.raw("</p>\n")
        html.table(campaign.caption, columns: columns([(.unit, false)], department: departments, [(.status, false), (.answeredShare, true)]))
        let label = StackLabels(html.strings, .department, .status, .answeredShare)
        for row in campaign.rows {
            html.raw("<tr><th scope=\"row\">"); html.text(row.name); html.raw(" <span class=\"id\">"); html.text(row.id); html.raw("</span></th>")
            if departments { html.raw("<td"); html.raw(label[0]); html.raw(">"); html.text(row.department); html.raw("</td>") }
            html.raw("<td"); html.raw(label[1]); html.raw("><span class=\"tag status-"); html.text(row.statusClass); html.raw("\">"); html.text(row.status)
            html.raw("</span></td><td class=\"num\""); html.raw(label[2]); html.raw(">"); html.text(row.answered); html.raw("</td></tr>\n")
        }
        html.tableEnd()
        html.raw("</section>\n\n")
    }

    static func years(_ page: IndexPageModel, _ html: inout PageHTML) {
        html.raw("<section aria-labelledby=\"s-years\">\n<h2 id=\"s-years\">"); html.t(.cantonOverYears); html.raw("</h2>\n<p class=\"summary\">")
        html.text(page.yearsSentence); html.raw("</p>\n"); html.raw(page.yearsChart); html.raw("\n")
        html.table(page.yearsCaption, columns: [(.year, false), (.score, true), (.rating, false), (.unitsAudited, true), (.unitsIncomplete, true)])
        let label = StackLabels(html.strings, .score, .rating, .unitsAudited, .unitsIncomplete)
        for year in page.years {
            html.raw("<tr><th scope=\"row\">"); html.text(year.year); html.raw("</th><td class=\"num\""); html.raw(label[0]); html.raw(">"); html.figure(year.score)
            html.raw("</td><td"); html.raw(label[1]); html.raw(">"); html.figure(year.rating); html.raw("</td><td class=\"num\""); html.raw(label[2]); html.raw(">")
            html.text(year.audited); html.raw("</td><td class=\"num\""); html.raw(label[3]); html.raw(">"); html.text(year.incomplete); html.raw("</td></tr>\n")
        }
        html.tableEnd()
        html.raw("<p><a href=\""); html.text(page.trendsHref); html.raw("\">"); html.t(.seeTrends); html.raw("</a></p>\n</section>\n")
    }
}
