extension ReportTemplates {
    /// `<year>/departments/<id>.html`: one department's year.
    static let department = #"""
    {{> header}}
    <h1>{{name}} <span class="id">{{id}}</span> · {{year}}</h1>
    <p class="lead">{{lead}}</p>
    {{> years}}

    <section aria-labelledby="s-summary">
    <h2 id="s-summary">{{t.summaryHeading}}</h2>
    <dl class="figures">
    <div><dt>{{t.score}}</dt><dd>{{#score}}{{> figure}}{{/score}}{{#change}}<small class="chg {{direction}}"><span class="sym" aria-hidden="true">{{symbol}}</span>{{text}}</small>{{/change}}</dd></div>
    <div><dt>{{t.rating}}</dt><dd>{{#rating}}{{> figure}}{{/rating}}</dd></div>
    <div><dt>{{t.coverage}}</dt><dd>{{#coverage}}{{> figure}}{{/coverage}}</dd></div>
    <div><dt>{{t.membersCounted}}</dt><dd>{{counted}}</dd></div>
    </dl>
    </section>

    <section aria-labelledby="s-members">
    <h2 id="s-members">{{t.membersHeading}}</h2>
    <p class="summary">{{membersSentence}}</p>
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{membersCaption}}">
    <table>
    <caption>{{membersCaption}}</caption>
    <thead><tr><th scope="col">{{t.unit}}</th><th scope="col" class="num">{{t.score}}</th><th scope="col" class="num">{{t.deltaSincePrevious}}</th><th scope="col">{{t.rating}}</th><th scope="col">{{t.status}}</th></tr></thead>
    <tbody>
    {{#members}}
    <tr><th scope="row"><a href="{{href}}">{{name}}</a> <span class="id">{{id}}</span></th><td class="num" data-label="{{t.score}}">{{#score}}{{> figure}}{{/score}}</td><td class="num" data-label="{{t.deltaSincePrevious}}">{{#delta}}{{> figure}}{{/delta}}{{#deltaNote}}<span class="q">{{.}}</span>{{/deltaNote}}</td><td data-label="{{t.rating}}">{{#rating}}{{> figure}}{{/rating}}{{#capped}} <span class="tag crit">{{t.capped}}</span>{{/capped}}</td><td data-label="{{t.status}}"><span class="tag status-{{statusClass}}">{{status}}</span></td></tr>
    {{/members}}
    </tbody>
    </table>
    </div>
    <h3>{{t.cappedHeading}}</h3>
    {{#hasCapped}}
    <ul class="plain">{{#capped}}<li><a href="{{href}}">{{name}}</a>{{t.colon}} {{reason}}</li>{{/capped}}</ul>
    {{/hasCapped}}
    {{^hasCapped}}
    <p>{{cappedNone}}</p>
    {{/hasCapped}}
    </section>

    <section aria-labelledby="s-years">
    <h2 id="s-years">{{t.departmentYearsHeading}}</h2>
    <p class="summary">{{yearsSentence}}</p>
    {{{yearsChart}}}
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{yearsCaption}}">
    <table>
    <caption>{{yearsCaption}}</caption>
    <thead><tr><th scope="col">{{t.year}}</th><th scope="col" class="num">{{t.score}}</th><th scope="col">{{t.rating}}</th><th scope="col" class="num">{{t.membersCounted}}</th><th scope="col" class="num">{{t.membersLeftOut}}</th></tr></thead>
    <tbody>
    {{#years}}
    <tr><th scope="row">{{#current}}{{year}}{{/current}}{{^current}}<a href="{{href}}">{{year}}</a>{{/current}}</th><td class="num" data-label="{{t.score}}">{{#score}}{{> figure}}{{/score}}</td><td data-label="{{t.rating}}">{{#rating}}{{> figure}}{{/rating}}</td><td class="num" data-label="{{t.membersCounted}}">{{counted}}</td><td class="num" data-label="{{t.membersLeftOut}}">{{leftOut}}</td></tr>
    {{/years}}
    </tbody>
    </table>
    </div>
    <p><a href="{{indexHref}}">{{t.allDepartments}}</a></p>
    </section>
    {{> footer}}
    """#
}
