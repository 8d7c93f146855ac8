/// `<year>/departments/<id>.html` as the built-in page writer writes it from its model: the summary, the members,
/// the capped members, the department over the years.
enum DepartmentPageHTML {
    static func write(_ page: DepartmentPageModel, model: ReportModel) -> String {
        if model.templates.overridden.contains("department") { return model.templates.render(page, page: "department") }
        var html = PageHTML(model: model, page: page, capacity: 24_000 + page.members.count * 700)
        html.header(page.frame)
        html.raw("<h1>"); html.text(page.name); html.raw(" <span class=\"id\">"); html.text(page.id); html.raw("</span> · "); html.text(page.year)
        html.raw("</h1>\n<p class=\"lead\">"); html.text(page.lead); html.raw("</p>\n")
        html.years(page.otherYears.map { ($0.year, $0.href, $0.current) })
        html.raw("\n<section aria-labelledby=\"s-summary\">\n<h2 id=\"s-summary\">"); html.t(.summaryHeading)
        html.raw("</h2>\n<dl class=\"figures\">\n<div><dt>"); html.t(.score); html.raw("</dt><dd>"); html.figure(page.score)
        if let change = page.change {
            html.raw("<small class=\"chg "); html.text(change.direction); html.raw("\"><span class=\"sym\" aria-hidden=\"true\">"); html.text(change.symbol)
            html.raw("</span>"); html.text(change.text); html.raw("</small>")
        }
        html.raw("</dd></div>\n<div><dt>"); html.t(.rating); html.raw("</dt><dd>"); html.figure(page.rating)
        html.raw("</dd></div>\n<div><dt>"); html.t(.coverage); html.raw("</dt><dd>"); html.figure(page.coverage)
        html.raw("</dd></div>\n<div><dt>"); html.t(.membersCounted); html.raw("</dt><dd>"); html.text(page.counted)
        html.raw("</dd></div>\n</dl>\n</section>\n")
        html.sections(page, [members, years], frame: page.frame)
        return html.html
    }

    static func members(_ page: DepartmentPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-members\">\n<h2 id=\"s-members\">"); html.t(.membersHeading); html.raw("</h2>\n<p class=\"summary\">")
        html.text(page.membersSentence); html.raw("</p>\n")
        html.table(page.membersCaption, columns: [(.unit, false), (.score, true), (.deltaSincePrevious, true), (.rating, false), (.status, false)])
        let label = StackLabels(html.strings, .score, .deltaSincePrevious, .rating, .status)
        for member in page.members {
            html.raw("<tr><th scope=\"row\"><a href=\""); html.text(member.href); html.raw("\">"); html.text(member.name); html.raw("</a> <span class=\"id\">")
            html.text(member.id); html.raw("</span></th><td class=\"num\""); html.raw(label[0]); html.raw(">"); html.figure(member.score)
            html.raw("</td><td class=\"num\""); html.raw(label[1]); html.raw(">"); html.figure(member.delta)
            // The built-in template always wrote the note's span, empty on a first audit.
            html.raw("<span class=\"q\">"); html.text(member.deltaNote); html.raw("</span></td><td"); html.raw(label[2]); html.raw(">")
            html.figure(member.rating)
            if member.capped { html.raw(" <span class=\"tag crit\">"); html.t(.capped); html.raw("</span>") }
            html.raw("</td><td"); html.raw(label[3]); html.raw("><span class=\"tag status-"); html.text(member.statusClass); html.raw("\">")
            html.text(member.status); html.raw("</span></td></tr>\n")
        }
        html.tableEnd()
        html.raw("<h3>"); html.t(.cappedHeading); html.raw("</h3>\n")
        if page.hasCapped {
            html.raw("<ul class=\"plain\">")
            for member in page.capped {
                html.raw("<li><a href=\""); html.text(member.href); html.raw("\">"); html.text(member.name); html.raw("</a>"); html.t(.colon); html.raw(" ")
                html.text(member.reason); html.raw("</li>")
            }
            html.raw("</ul>\n")
        } else {
            html.raw("<p>"); html.text(page.cappedNone); html.raw("</p>\n")
        }
        html.raw("</section>\n")
    }

    static func years(_ page: DepartmentPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-years\">\n<h2 id=\"s-years\">"); html.t(.departmentYearsHeading); html.raw("</h2>\n<p class=\"summary\">")
        html.text(page.yearsSentence); html.raw("</p>\n"); html.raw(page.yearsChart); html.raw("\n")
        html.table(page.yearsCaption, columns: [(.year, false), (.score, true), (.rating, false), (.membersCounted, true), (.membersLeftOut, true)])
        let label = StackLabels(html.strings, .score, .rating, .membersCounted, .membersLeftOut)
        for year in page.years {
            html.raw("<tr><th scope=\"row\">")
            if year.current { html.text(year.year) } else { html.raw("<a href=\""); html.text(year.href); html.raw("\">"); html.text(year.year); html.raw("</a>") }
            html.raw("</th><td class=\"num\""); html.raw(label[0]); html.raw(">"); html.figure(year.score); html.raw("</td><td"); html.raw(label[1]); html.raw(">")
            html.figure(year.rating); html.raw("</td><td class=\"num\""); html.raw(label[2]); html.raw(">"); html.text(year.counted)
            html.raw("</td><td class=\"num\""); html.raw(label[3]); html.raw(">"); html.text(year.leftOut); html.raw("</td></tr>\n")
        }
        html.tableEnd()
        html.raw("<p><a href=\""); html.text(page.indexHref); html.raw("\">"); html.t(.allDepartments); html.raw("</a></p>\n</section>\n")
    }
}
