extension ReportTemplates {
    /// `domains.html`: the administration domain by domain.
    static let domains = #"""
    {{> header}}
    <h1>{{heading}}</h1>
    <p class="lead">{{lead}}</p>

    <section aria-labelledby="s-distribution">
    <h2 id="s-distribution">{{t.distributionHeading}}</h2>
    <p class="summary">{{sentence}}</p>
    <p class="key" aria-hidden="true"><span class="dotkey"></span>{{t.oneUnit}} · <span class="boxkey"></span>{{t.middleHalf}} · <span class="mark"></span>{{t.median}} · ▼ {{t.canton}}</p>
    {{{chart}}}
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{distributionCaption}}">
    <table>
    <caption>{{distributionCaption}}</caption>
    <thead><tr><th scope="col">{{t.domain}}</th><th scope="col" class="num">{{t.canton}}</th><th scope="col" class="num">{{t.unitsScored}}</th><th scope="col" class="num">{{t.lowest}}</th><th scope="col" class="num">{{t.lowerQuartile}}</th><th scope="col" class="num">{{t.median}}</th><th scope="col" class="num">{{t.upperQuartile}}</th><th scope="col" class="num">{{t.highest}}</th></tr></thead>
    <tbody>
    {{#rows}}
    <tr><th scope="row">{{title}} <span class="id">{{id}}</span>{{#lowestUnit}}<span class="q">{{t.lowestUnit}}{{t.colon}} {{.}}</span>{{/lowestUnit}}</th><td class="num" data-label="{{t.canton}}">{{#canton}}{{> figure}}{{/canton}}</td><td class="num" data-label="{{t.unitsScored}}">{{count}}</td><td class="num" data-label="{{t.lowest}}">{{#min}}{{> figure}}{{/min}}</td><td class="num" data-label="{{t.lowerQuartile}}">{{#q1}}{{> figure}}{{/q1}}</td><td class="num" data-label="{{t.median}}">{{#median}}{{> figure}}{{/median}}</td><td class="num" data-label="{{t.upperQuartile}}">{{#q3}}{{> figure}}{{/q3}}</td><td class="num" data-label="{{t.highest}}">{{#max}}{{> figure}}{{/max}}</td></tr>
    {{/rows}}
    </tbody>
    </table>
    </div>
    </section>

    <section aria-labelledby="s-domain-years">
    <h2 id="s-domain-years">{{t.domainYearsHeading}}</h2>
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{yearsCaption}}">
    <table>
    <caption>{{yearsCaption}}</caption>
    <thead><tr><th scope="col">{{t.domain}}</th>{{#years}}<th scope="col" class="num">{{.}}</th>{{/years}}{{#hasDelta}}<th scope="col" class="num">{{deltaHeading}}</th>{{/hasDelta}}</tr></thead>
    <tbody>
    {{#yearRows}}
    <tr><th scope="row">{{title}}</th>{{#cells}}<td class="num" data-label="{{year}}">{{#score}}{{> figure}}{{/score}}</td>{{/cells}}{{#hasDelta}}<td class="num" data-label="{{deltaHeading}}">{{#delta}}{{> figure}}{{/delta}}</td>{{/hasDelta}}</tr>
    {{/yearRows}}
    </tbody>
    </table>
    </div>
    <p><a href="{{indexHref}}">{{t.seeHeatmap}}</a></p>
    </section>
    {{> footer}}
    """#
}
