/// `method.html` as the built-in page writer writes it from its model: the scope, the method, the terms.
enum MethodPageHTML {
    static func write(_ page: MethodPageModel, model: ReportModel) -> String {
        if model.templates.overridden.contains("method") { return model.templates.render(page, page: "method") }
        var html = PageHTML(model: model, page: page, capacity: 40_000 + page.units.count * 300)
        let m = { (html: inout PageHTML, key: MethodKey) in html.text(page.m.text(key)) }
        html.header(page.frame)
        html.raw("<h1>"); html.text(page.heading); html.raw("</h1>\n<p class=\"lead\">"); html.text(page.lead); html.raw("</p>\n")
        html.raw("\n<section aria-labelledby=\"s-scope\">\n<h2 id=\"s-scope\">"); m(&html, .scopeHeading); html.raw("</h2>\n")
        html.raw("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\""); html.text(page.scopeCaption); html.raw("\">\n<table>\n<caption>")
        html.text(page.scopeCaption); html.raw("</caption>\n<tbody>\n")
        let row = { (html: inout PageHTML, heading: String, value: String, code: Bool) in
            html.raw("<tr><th scope=\"row\">"); html.text(heading); html.raw("</th><td data-label=\""); html.text(heading); html.raw("\">")
            if code { html.raw("<code>"); html.text(value); html.raw("</code>") } else { html.text(value) }
            html.raw("</td></tr>\n")
        }
        row(&html, html.strings.text(.catalogue), page.frame.catalogue, false)
        row(&html, page.m.text(.fingerprintFull), page.frame.fingerprint, true)
        row(&html, page.m.text(.auditYear), page.year, false)
        row(&html, page.m.text(.criteriaApplying), page.criteriaValue, false)
        row(&html, page.m.text(.unitsInScope), page.unitsValue, false)
        if page.hasDepartments { row(&html, page.m.text(.departmentsInScope), page.departmentCount, false) }
        row(&html, page.m.text(.minimumCoverageLabel), page.frame.minimumCoverage, false)
        if let date = page.frame.date { row(&html, page.m.text(.reportDate), date, false) }
        html.raw("</tbody>\n</table>\n</div>\n<p class=\"summary\">"); m(&html, .fingerprintNote); html.raw("</p>\n\n")

        html.raw("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\""); html.text(page.domainsCaption); html.raw("\">\n<table>\n<caption>")
        html.text(page.domainsCaption); html.raw("</caption>\n<thead><tr><th scope=\"col\">"); html.t(.domain); html.raw("</th><th scope=\"col\" class=\"num\">")
        html.t(.weight); html.raw("</th><th scope=\"col\" class=\"num\">"); html.t(.criteria); html.raw("</th><th scope=\"col\">"); m(&html, .criticalCriteria)
        html.raw("</th></tr></thead>\n<tbody>\n")
        let label = StackLabels(html.strings, .weight, .criteria, .department, .coverage)
        for domain in page.domains {
            html.raw("<tr><th scope=\"row\">"); html.text(domain.title); html.raw(" <span class=\"id\">"); html.text(domain.id); html.raw("</span></th><td class=\"num\"")
            html.raw(label[0]); html.raw(">"); html.text(domain.weight); html.raw("</td><td class=\"num\""); html.raw(label[1]); html.raw(">")
            html.text(domain.criteria); html.raw("</td><td data-label=\""); m(&html, .criticalCriteria); html.raw("\">"); html.text(domain.critical)
            html.raw("</td></tr>\n")
        }
        html.tableEnd()

        html.raw("\n<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\""); m(&html, .levelsCaption); html.raw("\">\n<table>\n<caption>")
        m(&html, .levelsCaption); html.raw("</caption>\n<thead><tr><th scope=\"col\">"); m(&html, .level); html.raw("</th><th scope=\"col\" class=\"num\">")
        m(&html, .minScore); html.raw("</th></tr></thead>\n<tbody>\n")
        for level in page.levels {
            html.raw("<tr><th scope=\"row\">"); html.text(level.label); html.raw("</th><td class=\"num\" data-label=\""); m(&html, .minScore); html.raw("\">")
            html.text(level.minScore); html.raw("</td></tr>\n")
        }
        html.tableEnd()

        html.raw("\n<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\""); html.text(page.unitsCaption); html.raw("\">\n<table>\n<caption>")
        html.text(page.unitsCaption); html.raw("</caption>\n<thead><tr><th scope=\"col\">"); html.t(.unit); html.raw("</th>")
        if page.hasDepartments { html.raw("<th scope=\"col\">"); html.t(.department); html.raw("</th>") }
        html.raw("<th scope=\"col\" class=\"num\">"); html.t(.coverage); html.raw("</th><th scope=\"col\">"); m(&html, .state); html.raw("</th></tr></thead>\n<tbody>\n")
        for unit in page.units {
            html.raw("<tr><th scope=\"row\"><a href=\""); html.text(unit.href); html.raw("\">"); html.text(unit.name); html.raw("</a> <span class=\"id\">")
            html.text(unit.id); html.raw("</span></th>")
            if page.hasDepartments { html.raw("<td"); html.raw(label[2]); html.raw(">"); html.text(unit.department); html.raw("</td>") }
            html.raw("<td class=\"num\""); html.raw(label[3]); html.raw(">"); html.text(unit.coverage); html.raw("</td><td data-label=\""); m(&html, .state)
            html.raw("\">"); html.text(unit.state); html.raw("</td></tr>\n")
        }
        html.tableEnd()
        html.raw("</section>\n\n<section aria-labelledby=\"s-method\">\n<h2 id=\"s-method\">"); m(&html, .methodHeading); html.raw("</h2>\n<ul class=\"plain\">\n")
        for step in page.methodSteps { html.raw("<li>"); html.text(step); html.raw("</li>\n") }
        html.raw("</ul>\n<p class=\"small\">"); m(&html, .methodMore); html.raw("</p>\n</section>\n\n<section aria-labelledby=\"s-terms\">\n<h2 id=\"s-terms\">")
        m(&html, .termsHeading); html.raw("</h2>\n<dl>\n")
        for term in page.terms {
            html.raw("<dt><strong>"); html.text(term.term); html.raw("</strong></dt>\n<dd>"); html.text(term.text); html.raw("</dd>\n")
        }
        html.raw("</dl>\n</section>\n")
        html.footer(page.frame)
        return html.html
    }
}
