/// `domains.html` as the built-in page writer writes it from its model: the distribution of the domain scores,
/// the canton's domain scores over the years.
enum DomainsPageHTML {
    static func write(_ page: DomainsPageModel, model: ReportModel) -> String {
        if model.templates.overridden.contains("domains") { return model.templates.render(page, page: "domains") }
        var html = PageHTML(model: model, page: page, capacity: 48_000)
        html.header(page.frame)
        html.raw("<h1>"); html.text(page.heading); html.raw("</h1>\n<p class=\"lead\">"); html.text(page.lead); html.raw("</p>\n")
        html.raw("\n<section aria-labelledby=\"s-distribution\">\n<h2 id=\"s-distribution\">"); html.t(.distributionHeading)
        html.raw("</h2>\n<p class=\"summary\">"); html.text(page.sentence); html.raw("</p>\n<p class=\"key\" aria-hidden=\"true\"><span class=\"dotkey\"></span>")
        html.t(.oneUnit); html.raw(" · <span class=\"boxkey\"></span>"); html.t(.middleHalf); html.raw(" · <span class=\"mark\"></span>"); html.t(.median)
        html.raw(" · ▼ "); html.t(.canton); html.raw("</p>\n"); html.raw(page.chart); html.raw("\n")
        html.table(page.distributionCaption, columns: [(.domain, false), (.canton, true), (.unitsScored, true), (.lowest, true), (.lowerQuartile, true),
                                                       (.median, true), (.upperQuartile, true), (.highest, true)])
        let label = StackLabels(html.strings, .canton, .unitsScored, .lowest, .lowerQuartile, .median, .upperQuartile, .highest)
        for row in page.rows {
            html.raw("<tr><th scope=\"row\">"); html.text(row.title); html.raw(" <span class=\"id\">"); html.text(row.id); html.raw("</span>")
            if let lowest = row.lowestUnit { html.raw("<span class=\"q\">"); html.t(.lowestUnit); html.t(.colon); html.raw(" "); html.text(lowest); html.raw("</span>") }
            html.raw("</th><td class=\"num\""); html.raw(label[0]); html.raw(">"); html.figure(row.canton); html.raw("</td><td class=\"num\""); html.raw(label[1])
            html.raw(">"); html.text(row.count); html.raw("</td>")
            for (index, figure) in [row.min, row.q1, row.median, row.q3, row.max].enumerated() {
                html.raw("<td class=\"num\""); html.raw(label[index + 2]); html.raw(">"); html.figure(figure); html.raw("</td>")
            }
            html.raw("</tr>\n")
        }
        html.tableEnd()
        html.raw("</section>\n\n<section aria-labelledby=\"s-domain-years\">\n<h2 id=\"s-domain-years\">"); html.t(.domainYearsHeading); html.raw("</h2>\n")
        html.raw("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\""); html.text(page.yearsCaption); html.raw("\">\n<table>\n<caption>")
        html.text(page.yearsCaption); html.raw("</caption>\n<thead><tr><th scope=\"col\">"); html.t(.domain); html.raw("</th>")
        for year in page.years { html.raw("<th scope=\"col\" class=\"num\">"); html.text(year); html.raw("</th>") }
        if page.hasDelta { html.raw("<th scope=\"col\" class=\"num\">"); html.text(page.deltaHeading ?? ""); html.raw("</th>") }
        html.raw("</tr></thead>\n<tbody>\n")
        for row in page.yearRows {
            html.raw("<tr><th scope=\"row\">"); html.text(row.title); html.raw("</th>")
            for cell in row.cells {
                html.raw("<td class=\"num\" data-label=\""); html.text(cell.year); html.raw("\">"); html.figure(cell.score); html.raw("</td>")
            }
            if page.hasDelta {
                html.raw("<td class=\"num\" data-label=\""); html.text(page.deltaHeading ?? ""); html.raw("\">"); html.figure(row.delta); html.raw("</td>")
            }
            html.raw("</tr>\n")
        }
        html.tableEnd()
        html.raw("<p><a href=\""); html.text(page.indexHref); html.raw("\">"); html.t(.seeHeatmap); html.raw("</a></p>\n</section>\n")
        html.footer(page.frame)
        return html.html
    }
}
