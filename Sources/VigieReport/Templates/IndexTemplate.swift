extension ReportTemplates {
    /// `index.html`: the year at a glance.
    static let index = #"""
    {{> header}}
    <h1>{{heading}}</h1>
    <p class="lead">{{lead}}</p>
    {{> years}}
    {{#campaigns}}
    <p class="callout">{{sentence}} <a href="#{{anchor}}">{{caption}}</a></p>
    {{/campaigns}}
    {{#method}}<p class="summary"><a href="{{href}}">{{label}}</a> · {{sentence}}</p>{{/method}}

    <section aria-labelledby="s-canton">
    <h2 id="s-canton">{{t.cantonHeading}}</h2>
    <dl class="figures">
    <div><dt>{{t.score}}</dt><dd>{{#canton.score}}{{> figure}}{{/canton.score}}</dd></div>
    <div><dt>{{t.rating}}</dt><dd>{{#canton.rating}}{{> figure}}{{/canton.rating}}</dd></div>
    <div><dt>{{t.unitsAudited}}</dt><dd>{{counts.audited}}</dd></div>
    <div><dt>{{t.unitsRanked}}</dt><dd>{{counts.ranked}}</dd></div>
    <div><dt>{{t.unitsIncomplete}}</dt><dd>{{counts.incomplete}}</dd></div>
    </dl>
    <p class="summary">{{cantonSentence}}</p>
    </section>
    {{#hasDepartments}}

    <section aria-labelledby="s-departments">
    <h2 id="s-departments">{{t.departmentsHeading}}</h2>
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{departmentsCaption}}">
    <table>
    <caption>{{departmentsCaption}}</caption>
    <thead><tr><th scope="col">{{t.department}}</th><th scope="col" class="num">{{t.score}}</th><th scope="col">{{t.rating}}</th><th scope="col" class="num">{{t.coverage}}</th><th scope="col" class="num">{{t.membersCounted}}</th></tr></thead>
    <tbody>
    {{#departments}}
    <tr id="{{anchor}}"><th scope="row"><a href="{{href}}">{{name}}</a> <span class="id">{{id}}</span>{{#remarks}}<span class="q">{{.}}</span>{{/remarks}}</th><td class="num" data-label="{{t.score}}">{{#score}}{{> figure}}{{/score}}</td><td data-label="{{t.rating}}">{{#rating}}{{> figure}}{{/rating}}</td><td class="num" data-label="{{t.coverage}}">{{#coverage}}{{> figure}}{{/coverage}}</td><td class="num" data-label="{{t.membersCounted}}">{{members}}</td></tr>
    {{/departments}}
    <tr class="total"><th scope="row">{{t.canton}}{{#canton.remarks}}<span class="q">{{.}}</span>{{/canton.remarks}}</th><td class="num" data-label="{{t.score}}">{{#canton.score}}{{> figure}}{{/canton.score}}</td><td data-label="{{t.rating}}">{{#canton.rating}}{{> figure}}{{/canton.rating}}</td><td class="num" data-label="{{t.coverage}}">{{#canton.coverage}}{{> figure}}{{/canton.coverage}}</td><td class="num" data-label="{{t.membersCounted}}">{{canton.members}}</td></tr>
    </tbody>
    </table>
    </div>
    </section>
    {{/hasDepartments}}

    <section aria-labelledby="s-heat" class="break">
    <h2 id="s-heat">{{t.heatmapHeading}}</h2>
    <p class="summary">{{heatmapSentence}}</p>
    <ul class="legend" aria-label="{{t.legend}}">
    {{#legend}}
    <li><span class="swatch {{band}}" aria-hidden="true">{{symbol}}</span>{{label}}</li>
    {{/legend}}
    </ul>
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{heatmapCaption}}">
    <table class="heat">
    <caption>{{heatmapCaption}}</caption>
    <thead><tr><th scope="col">{{t.unit}}</th>{{#domains}}<th scope="col" class="num"><span aria-hidden="true">{{code}}</span><span class="vh">{{title}}</span></th>{{/domains}}<th scope="col" class="num">{{t.score}}</th></tr></thead>
    {{#heatGroups}}
    <tbody>
    {{#hasName}}
    <tr class="group"><th scope="rowgroup" colspan="{{colspan}}">{{name}}</th></tr>
    {{/hasName}}
    {{#rows}}
    <tr{{#incomplete}} class="incomplete"{{/incomplete}}><th scope="row"><a href="{{href}}">{{name}}</a>{{#incomplete}} <span class="tag">{{t.incomplete}}</span>{{/incomplete}}{{#notStarted}} <span class="tag">{{t.notStarted}}</span>{{/notStarted}}</th>{{#cells}}<td class="num cell {{band}}" data-label="{{label}}">{{#defined}}<span class="sym" aria-hidden="true">{{symbol}}</span>{{/defined}}{{> figure}}</td>{{/cells}}</tr>
    {{/rows}}
    </tbody>
    {{/heatGroups}}
    </table>
    </div>
    <ul class="key" aria-hidden="true">
    {{#domains}}<li><strong>{{code}}</strong> {{title}}</li>{{/domains}}
    </ul>
    </section>

    <section aria-labelledby="s-ranking">
    <h2 id="s-ranking">{{t.rankingHeading}}</h2>
    {{#hasRanking}}
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{rankingCaption}}">
    <table>
    <caption>{{rankingCaption}}</caption>
    <thead><tr><th scope="col" class="num">{{t.rank}}</th><th scope="col">{{t.previousRank}}</th><th scope="col">{{t.unit}}</th>{{#hasDepartments}}<th scope="col">{{t.department}}</th>{{/hasDepartments}}<th scope="col" class="num">{{t.score}}</th><th scope="col">{{t.rating}}</th><th scope="col" class="num">{{t.coverage}}</th></tr></thead>
    <tbody>
    {{#ranking}}
    <tr><td class="num" data-label="{{t.rank}}">{{rank}}</td><td class="rankchg {{rankMove}}" data-label="{{t.previousRank}}">{{#rankSymbol}}<span class="sym" aria-hidden="true">{{.}}</span>{{/rankSymbol}}{{previousRank}}</td><th scope="row"><a href="{{href}}">{{name}}</a> <span class="id">{{id}}</span></th>{{#hasDepartments}}<td data-label="{{t.department}}">{{department}}</td>{{/hasDepartments}}<td class="num" data-label="{{t.score}}">{{#score}}{{> figure}}{{/score}}</td><td data-label="{{t.rating}}">{{#rating}}{{> figure}}{{/rating}}{{#capped}} <span class="tag crit">{{t.capped}}</span>{{/capped}}</td><td class="num" data-label="{{t.coverage}}">{{coverage}}</td></tr>
    {{/ranking}}
    </tbody>
    </table>
    </div>
    {{/hasRanking}}
    {{^hasRanking}}
    <p>{{t.noRanking}}</p>
    {{/hasRanking}}
    </section>

    <section aria-labelledby="s-incomplete">
    <h2 id="s-incomplete">{{t.incompleteHeading}}</h2>
    <p class="summary">{{incompleteSentence}}</p>
    {{#notStartedSentence}}
    <p class="summary">{{.}}</p>
    {{/notStartedSentence}}
    {{#hasIncomplete}}
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{incompleteCaption}}">
    <table>
    <caption>{{incompleteCaption}}</caption>
    <thead><tr><th scope="col">{{t.unit}}</th>{{#hasDepartments}}<th scope="col">{{t.department}}</th>{{/hasDepartments}}<th scope="col" class="num">{{t.coverage}}</th><th scope="col" class="num">{{t.score}}</th><th scope="col" class="num">{{t.unanswered}}</th></tr></thead>
    <tbody>
    {{#incomplete}}
    <tr><th scope="row"><a href="{{href}}">{{name}}</a> <span class="id">{{id}}</span> <span class="tag">{{t.incomplete}}</span></th>{{#hasDepartments}}<td data-label="{{t.department}}">{{department}}</td>{{/hasDepartments}}<td class="num" data-label="{{t.coverage}}">{{coverage}}</td><td class="num" data-label="{{t.score}}">{{#score}}{{> figure}}{{/score}}</td><td class="num" data-label="{{t.unanswered}}">{{unanswered}}</td></tr>
    {{/incomplete}}
    </tbody>
    </table>
    </div>
    {{/hasIncomplete}}
    </section>

    <section aria-labelledby="s-remediation">
    <h2 id="s-remediation">{{t.remediationHeading}}</h2>
    <p class="summary">{{remediationSentence}}</p>
    {{#hasRemediation}}
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{remediationCaption}}">
    <table>
    <caption>{{remediationCaption}}</caption>
    <thead><tr><th scope="col">{{t.unit}}</th><th scope="col" class="num">{{t.openActions}}</th><th scope="col" class="num">{{t.overdueActions}}</th></tr></thead>
    <tbody>
    {{#remediation}}
    <tr><th scope="row"><a href="{{href}}">{{name}}</a> <span class="id">{{id}}</span></th><td class="num" data-label="{{t.openActions}}">{{open}}</td><td class="num" data-label="{{t.overdueActions}}">{{overdue}}{{#hasOverdue}} <span class="tag crit">{{t.actionOverdue}}</span>{{/hasOverdue}}</td></tr>
    {{/remediation}}
    </tbody>
    </table>
    </div>
    {{/hasRemediation}}
    </section>

    {{#campaigns}}
    <section aria-labelledby="{{anchor}}" class="campaign">
    <h2 id="{{anchor}}">{{heading}}</h2>
    <p class="summary">{{sentence}}</p>
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{caption}}">
    <table>
    <caption>{{caption}}</caption>
    <thead><tr><th scope="col">{{t.unit}}</th>{{#hasDepartments}}<th scope="col">{{t.department}}</th>{{/hasDepartments}}<th scope="col">{{t.status}}</th><th scope="col" class="num">{{t.answeredShare}}</th></tr></thead>
    <tbody>
    {{#rows}}
    <tr><th scope="row">{{name}} <span class="id">{{id}}</span></th>{{#hasDepartments}}<td data-label="{{t.department}}">{{department}}</td>{{/hasDepartments}}<td data-label="{{t.status}}"><span class="tag status-{{statusClass}}">{{status}}</span></td><td class="num" data-label="{{t.answeredShare}}">{{answered}}</td></tr>
    {{/rows}}
    </tbody>
    </table>
    </div>
    </section>

    {{/campaigns}}
    <section aria-labelledby="s-years">
    <h2 id="s-years">{{t.cantonOverYears}}</h2>
    <p class="summary">{{yearsSentence}}</p>
    {{{yearsChart}}}
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{yearsCaption}}">
    <table>
    <caption>{{yearsCaption}}</caption>
    <thead><tr><th scope="col">{{t.year}}</th><th scope="col" class="num">{{t.score}}</th><th scope="col">{{t.rating}}</th><th scope="col" class="num">{{t.unitsAudited}}</th><th scope="col" class="num">{{t.unitsIncomplete}}</th></tr></thead>
    <tbody>
    {{#years}}
    <tr><th scope="row">{{year}}</th><td class="num" data-label="{{t.score}}">{{#score}}{{> figure}}{{/score}}</td><td data-label="{{t.rating}}">{{#rating}}{{> figure}}{{/rating}}</td><td class="num" data-label="{{t.unitsAudited}}">{{audited}}</td><td class="num" data-label="{{t.unitsIncomplete}}">{{incomplete}}</td></tr>
    {{/years}}
    </tbody>
    </table>
    </div>
    <p><a href="{{trendsHref}}">{{t.seeTrends}}</a></p>
    </section>
    {{> footer}}
    """#
}
