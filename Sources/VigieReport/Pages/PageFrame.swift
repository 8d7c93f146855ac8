import VigieCore

/// What the `header` and `footer` of every page show: the page's title, the site's title and notice, the breadcrumbs,
/// the links to the report's main pages, and the catalogue, fingerprint, date and version. Its property names are
/// the names the `header` and `footer` partials read (`{{pageTitle}}`, `{{#crumbs}}…`), at the top of a page model.
struct PageFrame {
    struct Crumb {
        var label: String
        var href: String?
        var isLink: Bool
    }

    struct PageLink {
        var label, href: String
        var current: Bool
    }

    var lang: String
    var t: Strings
    var pageTitle, version, catalogue, fingerprint, minimumCoverage: String
    var hasCrumbs: Bool
    var crumbs: [Crumb]
    var pages: [PageLink]
    var siteTitle: String?
    /// The running header of every printed page (the header's `@page` rule): the page's title, the site's, as CSS strings.
    var printHead, printSite: String
    var notice, date: String?
}

extension ReportModel {
    /// The frame of a page. `year`: the year the page is about (the current year's by default): the page links to
    /// that year's overview and its departments.
    func pageFrame(title: String, root: String, crumbs: [Crumb], page: Page, year: Int? = nil) -> PageFrame {
        let year = year ?? current.year
        var pages: [PageFrame.PageLink] = [.init(label: t(.indexTitle, ["year": String(year)]), href: root + overviewPath(year), current: page == .index)]
        if workspace.hasUnitsFile, results.year(year)?.departments.isEmpty == false {
            pages.append(.init(label: t(.departmentsOfYear, ["year": String(year)]), href: root + overviewPath(year) + "#s-departments", current: false))
        }
        pages.append(.init(label: t(.trendsTitle), href: root + "trends.html", current: page == .trends))
        pages.append(.init(label: t(.domainsTitle), href: root + DomainsPage.path, current: page == .domains))
        let siteTitle = workspace.settings.title.flatMap { $0.isEmpty ? nil : $0 }
        return PageFrame(
            lang: format.language.htmlLang, t: strings, pageTitle: title, version: version, catalogue: results.catalogueName,
            fingerprint: results.fingerprint, minimumCoverage: format.percent(results.options.minimumCoverage),
            hasCrumbs: crumbs.count > 1, crumbs: crumbs.map { .init(label: $0.label, href: $0.href, isLink: $0.href != nil) }, pages: pages,
            siteTitle: siteTitle, printHead: CSSText.string(title), printSite: CSSText.string(siteTitle ?? t(.appName)),
            notice: workspace.settings.notice.flatMap { $0.isEmpty ? nil : $0 }, date: date.map { format.date($0) })
    }
}

/// A figure of a page: a number or a label, or undefined (written "—", with "not defined" for screen readers). A
/// `figure` template reads `defined` and `text`.
struct Figure {
    var defined: Bool
    var text: String?

    init(_ text: String?) {
        defined = text != nil
        self.text = text
    }
}
