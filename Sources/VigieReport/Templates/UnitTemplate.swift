extension ReportTemplates {
    /// `<year>/<unit>.html`: one unit's audit year.
    static let unit = #"""
    {{> header}}
    <h1 data-status="{{#notStarted}}not-started{{/notStarted}}{{^notStarted}}{{#incomplete}}incomplete{{/incomplete}}{{^incomplete}}{{#capped}}capped{{/capped}}{{^capped}}complete{{/capped}}{{/incomplete}}{{/notStarted}}">{{name}} <span class="id">{{id}}</span> · {{year}}</h1>
    <p class="lead">{{lead}}</p>
    {{> years}}

    <section aria-labelledby="s-summary">
    <h2 id="s-summary">{{t.summaryHeading}}</h2>
    <dl class="figures">
    <div><dt>{{t.score}}</dt><dd>{{#score}}{{> figure}}{{/score}}{{#incomplete}} <span class="tag">{{t.incomplete}}</span>{{/incomplete}}{{#notStarted}} <span class="tag">{{t.notStarted}}</span>{{/notStarted}}{{#change}}<small class="chg {{direction}}">{{#symbol}}<span class="sym" aria-hidden="true">{{.}}</span>{{/symbol}}{{score}}</small>{{/change}}</dd></div>
    <div><dt>{{t.rating}}</dt><dd>{{#rating}}{{> figure}}{{/rating}}{{#capped}}<small>{{t.cappedShort}}</small>{{/capped}}{{#change}}<small>{{rating}}</small>{{/change}}</dd></div>
    <div><dt>{{t.rank}}</dt><dd>{{rank}}{{#change}}<small>{{rank}}</small>{{/change}}</dd></div>
    {{#change}}{{#comparable}}
    <div><dt>{{t.regressedCriteria}}</dt><dd><a href="#s-changes">{{regressedCount}}</a><small>{{since}}</small></dd></div>
    <div><dt>{{t.improvedCriteria}}</dt><dd><a href="#s-changes">{{improvedCount}}</a><small>{{since}}</small></dd></div>
    {{/comparable}}{{/change}}
    <div><dt>{{t.coverage}}</dt><dd>{{coverage}}<small>{{t.minimumCoverage}}{{t.colon}} {{minimumCoverage}}</small></dd></div>
    <div><dt>{{t.unanswered}}</dt><dd>{{unanswered}}</dd></div>
    </dl>
    {{#change}}
    {{#hasRegressed}}
    <p class="moved">{{t.regressedCriteria}} {{since}}{{t.colon}}</p>
    <ul class="moved">{{#regressed}}<li><span class="sym down" aria-hidden="true">▼</span><a href="#{{anchor}}">{{id}}</a> {{title}}{{#critical}} <span class="tag crit">{{t.critical}}</span>{{/critical}} <span class="small">{{answers}}</span></li>{{/regressed}}{{#regressedCut}}<li><a href="#s-changes">{{more}}</a></li>{{/regressedCut}}</ul>
    {{/hasRegressed}}
    {{#hasImproved}}
    <p class="moved">{{t.improvedCriteria}} {{since}}{{t.colon}}</p>
    <ul class="moved">{{#improved}}<li><span class="sym up" aria-hidden="true">▲</span><a href="#{{anchor}}">{{id}}</a> {{title}}{{#critical}} <span class="tag crit">{{t.critical}}</span>{{/critical}} <span class="small">{{answers}}</span></li>{{/improved}}{{#improvedCut}}<li><a href="#s-changes">{{more}}</a></li>{{/improvedCut}}</ul>
    {{/hasImproved}}
    {{/change}}
    {{#notes}}
    <p class="callout">{{.}}</p>
    {{/notes}}
    {{#hasRecordedActions}}
    <p class="summary">{{overdueSentence}}{{#hasOverdueInList}} <a href="#s-all-actions">{{t.seeFullList}}</a>{{/hasOverdueInList}}</p>
    {{/hasRecordedActions}}
    </section>

    <section aria-labelledby="s-actions">
    <h2 id="s-actions">{{t.actionsHeading}}</h2>
    <p class="summary">{{actionsSentence}}</p>
    {{#hasActions}}
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{topCaption}}">
    <table class="actions brief">
    <caption>{{topCaption}}</caption>
    <thead><tr><th scope="col" class="num">{{t.priority}}</th><th scope="col">{{t.criterion}}</th><th scope="col">{{t.answer}}</th><th scope="col" class="num">{{t.potentialGain}}</th></tr></thead>
    <tbody>
    {{{topRows}}}</tbody>
    </table>
    </div>
    {{#hasMoreActions}}<p><a href="#s-all-actions">{{moreActions}}</a></p>{{/hasMoreActions}}
    {{/hasActions}}
    </section>

    <section aria-labelledby="s-domains">
    <h2 id="s-domains">{{t.domainsHeading}}</h2>
    <p class="summary">{{domainSentence}}</p>
    <p class="key" aria-hidden="true"><span class="barkey"></span>{{t.thisUnit}} · <span class="mark"></span>{{t.cantonMean}}</p>
    {{{domainChart}}}
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{domainCaption}}">
    <table>
    <caption>{{domainCaption}}</caption>
    <thead><tr><th scope="col">{{t.domain}}</th><th scope="col" class="num">{{t.score}}</th><th scope="col" class="num">{{t.cantonMean}}</th><th scope="col" class="num">{{t.difference}}</th><th scope="col" class="num">{{t.coverage}}</th></tr></thead>
    <tbody>
    {{#domains}}
    <tr><th scope="row"><a href="#{{anchor}}">{{title}}</a></th><td class="num" data-label="{{t.score}}">{{#score}}{{> figure}}{{/score}}</td><td class="num" data-label="{{t.cantonMean}}">{{#mean}}{{> figure}}{{/mean}}</td><td class="num" data-label="{{t.difference}}">{{#difference}}{{> figure}}{{/difference}}</td><td class="num" data-label="{{t.coverage}}">{{#coverage}}{{> figure}}{{/coverage}}</td></tr>
    {{/domains}}
    </tbody>
    </table>
    </div>
    </section>

    <section aria-labelledby="s-trend" class="break">
    <h2 id="s-trend">{{t.trendHeading}}</h2>
    <p class="summary">{{trendSentence}}</p>
    {{#hasTrends}}
    {{{trendChart}}}
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{trendCaption}}">
    <table>
    <caption>{{trendCaption}}</caption>
    <thead><tr><th scope="col">{{t.period}}</th><th scope="col" class="num">{{t.scoreFrom}}</th><th scope="col" class="num">{{t.scoreTo}}</th><th scope="col" class="num">{{t.delta}}</th><th scope="col" class="num">{{t.deltaLikeForLike}}</th><th scope="col" class="num">{{t.improvements}}</th><th scope="col" class="num">{{t.regressions}}</th></tr></thead>
    <tbody>
    {{#trends}}
    <tr><th scope="row">{{period}}{{#bridge}} <span class="small">{{.}}</span>{{/bridge}}{{#notComparableReason}} <span class="small">{{.}}</span>{{/notComparableReason}}</th><td class="num" data-label="{{t.scoreFrom}}">{{#from}}{{> figure}}{{/from}}</td><td class="num" data-label="{{t.scoreTo}}">{{#to}}{{> figure}}{{/to}}</td><td class="num" data-label="{{t.delta}}">{{#delta}}{{> figure}}{{/delta}}</td><td class="num" data-label="{{t.deltaLikeForLike}}">{{#likeForLike}}{{> figure}}{{/likeForLike}}</td><td class="num" data-label="{{t.improvements}}">{{improvements}}</td><td class="num" data-label="{{t.regressions}}">{{regressions}}</td></tr>
    {{/trends}}
    </tbody>
    </table>
    </div>
    {{/hasTrends}}
    {{#last}}
    <h3 id="s-changes">{{heading}}</h3>
    {{#hasChanges}}
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{changesCaption}}">
    <table>
    <caption>{{changesCaption}}</caption>
    <thead><tr><th scope="col">{{t.criterion}}</th><th scope="col">{{t.change}}</th><th scope="col">{{t.before}}</th><th scope="col">{{t.now}}</th><th scope="col">{{t.comment}}</th></tr></thead>
    <tbody>
    {{{changeRows}}}</tbody>
    </table>
    </div>
    {{/hasChanges}}
    {{^hasChanges}}
    <p>{{changesNote}}</p>
    {{/hasChanges}}
    <h3>{{t.catalogueChangesHeading}}</h3>
    {{#hasAdded}}
    <p>{{t.criteriaAdded}}{{t.colon}}</p>
    <ul class="plain">{{#added}}<li><strong>{{id}}</strong> {{title}}</li>{{/added}}</ul>
    {{/hasAdded}}
    {{#hasRemoved}}
    <p>{{t.criteriaRemoved}}{{t.colon}}</p>
    <ul class="plain">{{#removed}}<li><strong>{{id}}</strong> {{title}}</li>{{/removed}}</ul>
    {{/hasRemoved}}
    {{^hasAdded}}{{^hasRemoved}}
    <p>{{t.noCatalogueChanges}}</p>
    {{/hasRemoved}}{{/hasAdded}}
    {{/last}}
    <p><a href="{{trendsHref}}">{{t.seeTrends}}</a></p>
    </section>

    <section aria-labelledby="s-all-actions">
    <h2 id="s-all-actions">{{t.allActionsHeading}}</h2>
    {{#hasActions}}
    <p class="summary">{{actionsSentence}}</p>
    {{#sharedGuidance}}
    <p class="summary"><strong>{{t.levelScale}}</strong> {{.}}</p>
    {{/sharedGuidance}}
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{actionsCaption}}">
    <table class="actions">
    <caption>{{actionsCaption}}</caption>
    <thead><tr><th scope="col" class="num">{{t.priority}}</th><th scope="col">{{t.criterion}}</th><th scope="col">{{t.answer}}</th><th scope="col" class="num">{{t.potentialGain}}</th><th scope="col">{{t.guidance}}</th><th scope="col">{{t.plannedActions}}</th></tr></thead>
    <tbody>
    {{{actionRows}}}</tbody>
    </table>
    </div>
    {{/hasActions}}
    {{^hasActions}}
    <p class="summary">{{actionsSentence}}</p>
    {{/hasActions}}
    {{#hasOverdue}}
    <p class="summary">{{t.overdueElsewhere}}</p>
    <ul class="overdue">
    {{#overdue}}<li><span class="tag crit">{{t.actionOverdue}}</span> <a href="#{{anchor}}">{{criterion}}</a> {{text}} <span class="q">{{meta}}</span></li>{{/overdue}}
    </ul>
    {{/hasOverdue}}
    </section>

    <section aria-labelledby="s-criteria" class="break">
    <h2 id="s-criteria">{{t.criteriaHeading}}</h2>
    <p class="summary">{{criteriaSentence}}</p>
    {{#criteriaDomains}}
    <section class="domain" aria-labelledby="{{anchor}}">
    <h3 id="{{anchor}}">{{title}} <span class="id">{{#score}}{{> figure}}{{/score}}</span></h3>
    {{#hasDescription}}
    <p class="small">{{description}}</p>
    {{/hasDescription}}
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{caption}}">
    <table class="criteria">
    <caption>{{caption}}</caption>
    <thead><tr><th scope="col">{{t.criterion}}</th><th scope="col">{{t.answer}}</th><th scope="col">{{t.evidence}}</th><th scope="col">{{t.comment}}</th><th scope="col">{{t.legalBasis}}</th></tr></thead>
    <tbody>
    {{{criteriaRows}}}</tbody>
    </table>
    </div>
    </section>
    {{/criteriaDomains}}
    </section>
    {{> footer}}
    """#
}
