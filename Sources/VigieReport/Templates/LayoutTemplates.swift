extension ReportTemplates {
    /// The partial `header`: from the doctype to the opening of `<main>`. Every page starts with it.
    static let header = #"""
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="Vigie {{version}}">
    <title>{{pageTitle}}{{#siteTitle}} – {{.}}{{/siteTitle}}</title>
    <style>
    {{> style}}
    @page{@top-left{content:"{{{printHead}}}"}@top-right{content:"{{{printSite}}}"}}
    </style>
    </head>
    <body>
    <a class="skip" href="#main">{{t.skipToContent}}</a>
    <header class="site">
    <div class="wrap">
    <p class="org">{{#siteTitle}}{{.}}{{/siteTitle}}{{^siteTitle}}{{t.appName}}{{/siteTitle}}</p>
    <p class="app">{{t.appTagline}}</p>
    {{#notice}}
    <p class="notice"><strong>{{t.noticeLabel}}</strong> {{.}}</p>
    {{/notice}}
    <nav class="crumbs" aria-label="{{t.breadcrumbs}}">
    <ol>{{#crumbs}}<li>{{#isLink}}<a href="{{href}}">{{label}}</a>{{/isLink}}{{^isLink}}<span aria-current="page">{{label}}</span>{{/isLink}}</li>{{/crumbs}}</ol>
    </nav>
    </div>
    </header>
    <main id="main" class="wrap">
    <nav class="pages" aria-label="{{t.pagesNav}}">
    <ul>{{#pages}}<li>{{#current}}<a href="{{href}}" aria-current="page">{{label}}</a>{{/current}}{{^current}}<a href="{{href}}">{{label}}</a>{{/current}}</li>{{/pages}}</ul>
    </nav>
    """#

    /// The partial `footer`: closes `<main>`, names the catalogue, its fingerprint, the date and the notice.
    static let footer = #"""
    </main>
    <footer class="site">
    <div class="wrap">
    <p>{{t.catalogue}}{{t.colon}} <strong>{{catalogue}}</strong> · {{t.fingerprint}}{{t.colon}} <code>{{fingerprint}}</code></p>
    <p>{{#date}}{{t.generatedOn}} {{.}} · {{/date}}{{t.generatedBy}} Vigie {{version}} · {{t.minimumCoverage}}{{t.colon}} {{minimumCoverage}}</p>
    {{#notice}}
    <p><strong>{{t.noticeLabel}}</strong> {{.}}</p>
    {{/notice}}
    </div>
    </footer>
    </body>
    </html>

    """#

    /// The partial `years`: the links to the page's other years (`otherYears`, each with `year`, `href`, `current`).
    static let years = #"""
    {{#hasOtherYears}}
    <nav aria-label="{{t.otherYears}}" class="small"><ul><li>{{t.otherYears}}{{t.colon}}</li>{{#otherYears}}<li>{{#current}}<a href="{{href}}" aria-current="page">{{year}}</a>{{/current}}{{^current}}<a href="{{href}}">{{year}}</a>{{/current}}</li>{{/otherYears}}</ul></nav>
    {{/hasOtherYears}}
    """#

    /// The partial `figure`: a number, or "—" with a hidden "not defined" for screen readers, as `PageHTML.figure` writes
    /// it. A user's `figure` template reads `defined` (true or false) and `text` (the number), e.g.
    /// `{{#defined}}{{text}}{{/defined}}{{^defined}}—{{/defined}}`.
    static let figure = ##"{{#defined}}{{text}}{{/defined}}{{^defined}}<span class="undef" aria-hidden="true">—</span><span class="vh">{{t.notDefined}}</span>{{/defined}}"##
}
