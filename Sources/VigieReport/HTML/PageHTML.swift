/// The writer of a built-in page: markup as it is, texts escaped (`HTMLWriter`, the one escaper), fixed texts of
/// the language, figures, and the shared parts (header, footer, other years), each written by Swift or, when the
/// user gave its partial (`header.mustache`, `figure.mustache`, …), rendered by that partial from the page's model.
struct PageHTML {
    private var out: HTMLWriter
    let strings: Strings
    let templates: ReportTemplates
    /// The page's model: the context of a user's partial.
    let page: Any
    private let undefined: String

    /// `limit`: nothing more is written past that many bytes (`isOverLimit`), and no more than it is reserved.
    init(model: ReportModel, page: Any, capacity: Int, limit: Int = .max) {
        out = HTMLWriter(capacity: limit == .max ? capacity : min(capacity, limit + 1), limit: limit)
        strings = model.strings
        templates = model.templates
        self.page = page
        undefined = model.undefinedFigure
    }

    /// The markup of the built-in `figure` partial for an undefined figure: "—", and "not defined" for screen readers.
    static func undefinedFigure(_ strings: Strings) -> String {
        "<span class=\"undef\" aria-hidden=\"true\">—</span><span class=\"vh\">" + HTMLText.escape(strings.text(.notDefined)) + "</span>"
    }

    mutating func raw(_ markup: StaticString) { out.raw(markup) }
    mutating func raw(_ markup: String) { out.raw(markup) }
    mutating func bytes(_ utf8: [UInt8]) { out.bytes(utf8) }
    mutating func text(_ text: String) { out.text(text) }
    /// A fixed text of the language, escaped.
    mutating func t(_ key: TextKey) { out.text(strings.text(key)) }

    /// Whether the page would weigh more than its `limit` (what was written is then cut short).
    var isOverLimit: Bool { out.isOverLimit }

    /// What was written.
    var html: String { out.html }
    /// What was written, as UTF-8 bytes.
    var utf8: [UInt8] { out.utf8 }

    /// A user's partial, rendered with `context`; false when the partial is built in.
    private mutating func partial(_ name: String, _ context: Any) -> Bool {
        guard templates.overridden.contains(name) else { return false }
        out.raw(templates.render(context, page: name))
        return true
    }

    /// A figure: its text, or "—" with "not defined" for screen readers. `scope`: what a user's `figure` partial
    /// sees first (the figure itself by default; a heat-map cell, with its band).
    mutating func figure(_ figure: Figure, scope: Any? = nil) {
        if partial("figure", MustacheScope(value: scope ?? figure, page: page)) { return }
        if let text = figure.text { out.text(text) } else { out.raw(undefined) }
    }

    /// The start of a table that scrolls on its own: its wrapper (named by its caption), the caption, the heading
    /// row (each column's heading, and whether it holds numbers), the opening of its body.
    mutating func table(_ caption: String, class name: StaticString? = nil, columns: [(TextKey, Bool)]) {
        raw("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\""); text(caption); raw("\">\n")
        if let name { raw("<table class=\""); raw(name); raw("\">\n<caption>") } else { raw("<table>\n<caption>") }
        text(caption); raw("</caption>\n<thead><tr>")
        for (key, number) in columns {
            raw(number ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">"); t(key); raw("</th>")
        }
        raw("</tr></thead>\n<tbody>\n")
    }

    mutating func tableEnd() { raw("</tbody>\n</table>\n</div>\n") }

    /// The opening of a table's group of rows (a department's units), headed by its name when it has one.
    mutating func rowGroup(_ name: String?, colspan: String) {
        raw("<tbody>\n")
        guard let name else { return }
        raw("<tr class=\"group\"><th scope=\"rowgroup\" colspan=\""); text(colspan); raw("\">"); text(name); raw("</th></tr>\n")
    }

    /// From the doctype to the page links in `<main>`.
    mutating func header(_ frame: PageFrame) {
        if partial("header", page) { return }
        raw("<!DOCTYPE html>\n<html lang=\""); text(frame.lang)
        raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Vigie ")
        text(frame.version); raw("\">\n<title>"); text(frame.pageTitle)
        if let site = frame.siteTitle { raw(" – "); text(site) }
        raw("</title>\n<style>\n")
        if !partial("style", page) { raw(ReportTemplates.style) }
        // CSS strings (`CSSText`), written as they are.
        raw("@page{@top-left{content:\""); raw(frame.printHead); raw("\"}@top-right{content:\""); raw(frame.printSite)
        raw("\"}}\n</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">"); t(.skipToContent)
        raw("</a>\n<header class=\"site\">\n<div class=\"wrap\">\n<p class=\"org\">")
        if let site = frame.siteTitle { text(site) } else { t(.appName) }
        raw("</p>\n<p class=\"app\">"); t(.appTagline); raw("</p>\n")
        if let notice = frame.notice { raw("<p class=\"notice\"><strong>"); t(.noticeLabel); raw("</strong> "); text(notice); raw("</p>\n") }
        raw("<nav class=\"crumbs\" aria-label=\""); t(.breadcrumbs); raw("\">\n<ol>")
        for crumb in frame.crumbs {
            raw("<li>")
            if let href = crumb.href {
                raw("<a href=\""); text(href); raw("\">"); text(crumb.label); raw("</a>")
            } else {
                raw("<span aria-current=\"page\">"); text(crumb.label); raw("</span>")
            }
            raw("</li>")
        }
        raw("</ol>\n</nav>\n</div>\n</header>\n<main id=\"main\" class=\"wrap\">\n<nav class=\"pages\" aria-label=\""); t(.pagesNav); raw("\">\n<ul>")
        for link in frame.pages {
            raw("<li><a href=\""); text(link.href); raw(link.current ? "\" aria-current=\"page\">" : "\">"); text(link.label); raw("</a></li>")
        }
        raw("</ul>\n</nav>")
    }

    /// A page's sections, each written by its function in this order, then the footer.
    mutating func sections<Page>(_ page: Page, _ writers: [(Page, inout PageHTML) -> Void], frame: PageFrame) {
        for write in writers { write(page, &self) }
        footer(frame)
    }

    /// From the end of `<main>` to the end of the page: catalogue, fingerprint, date, version and notice.
    mutating func footer(_ frame: PageFrame) {
        if partial("footer", page) { return }
        raw("</main>\n<footer class=\"site\">\n<div class=\"wrap\">\n<p>"); t(.catalogue); t(.colon); raw(" <strong>"); text(frame.catalogue)
        raw("</strong> · "); t(.fingerprint); t(.colon); raw(" <code>"); text(frame.fingerprint); raw("</code></p>\n<p>")
        if let date = frame.date { t(.generatedOn); raw(" "); text(date); raw(" · ") }
        t(.generatedBy); raw(" Vigie "); text(frame.version); raw(" · "); t(.minimumCoverage); t(.colon); raw(" "); text(frame.minimumCoverage)
        raw("</p>\n")
        if let notice = frame.notice { raw("<p><strong>"); t(.noticeLabel); raw("</strong> "); text(notice); raw("</p>\n") }
        raw("</div>\n</footer>\n</body>\n</html>\n")
    }

    /// The links to the page's other years (none when it has only one).
    mutating func years(_ years: [(year: String, href: String, current: Bool)]) {
        if partial("years", page) { return }
        guard years.count > 1 else { return }
        raw("<nav aria-label=\""); t(.otherYears); raw("\" class=\"small\"><ul><li>"); t(.otherYears); t(.colon); raw("</li>")
        for year in years {
            raw("<li><a href=\""); text(year.href); raw(year.current ? "\" aria-current=\"page\">" : "\">"); text(year.year); raw("</a></li>")
        }
        raw("</ul></nav>\n")
    }
}
