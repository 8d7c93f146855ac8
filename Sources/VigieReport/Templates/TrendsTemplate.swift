extension ReportTemplates {
    /// `trends.html`: every unit over every year.
    static let trends = #"""
    {{> header}}
    <h1>{{heading}}</h1>
    <p class="lead">{{lead}}</p>

    <section aria-labelledby="s-units">
    <h2 id="s-units">{{t.unitsOverYears}}</h2>
    <p class="summary">{{tableSentence}}</p>
    <div class="table-wrap">
    <table>
    <caption>{{tableCaption}}</caption>
    <thead><tr><th scope="col">{{t.unit}}</th><th scope="col">{{t.trend}}</th>{{#years}}<th scope="col" class="num">{{.}}</th>{{/years}}<th scope="col" class="num">{{t.delta}}</th><th scope="col" class="num">{{t.deltaLikeForLike}}</th></tr></thead>
    {{#groups}}
    <tbody>
    {{#hasName}}
    <tr class="group"><th scope="rowgroup" colspan="{{colspan}}">{{name}}</th></tr>
    {{/hasName}}
    {{#rows}}
    <tr id="{{anchor}}"><th scope="row"><a href="{{href}}">{{name}}</a> <span class="id">{{id}}</span>{{#bridge}}<span class="q">{{.}}</span>{{/bridge}}{{#notComparableReason}} <span class="small">{{.}}</span>{{/notComparableReason}}</th><td>{{{sparkline}}}</td>{{#cells}}<td class="num">{{#linked}}<a href="{{href}}">{{> figure}}</a>{{/linked}}{{^linked}}{{> figure}}{{/linked}}{{#predecessor}} <span class="small">({{.}})</span>{{/predecessor}}{{#incomplete}} <span class="tag">{{t.incomplete}}</span>{{/incomplete}}{{#notStarted}} <span class="tag">{{t.notStarted}}</span>{{/notStarted}}</td>{{/cells}}<td class="num">{{#delta}}{{> figure}}{{/delta}}</td><td class="num">{{#likeForLike}}{{> figure}}{{/likeForLike}}</td></tr>
    {{/rows}}
    </tbody>
    {{/groups}}
    </table>
    </div>
    </section>

    <section aria-labelledby="s-moves">
    <h2 id="s-moves">{{t.biggestMoves}}</h2>
    <p class="summary">{{movesSentence}}</p>
    {{#moves}}
    <div class="table-wrap">
    <table>
    <caption>{{caption}}</caption>
    <thead><tr><th scope="col">{{t.unit}}</th><th scope="col">{{t.period}}</th><th scope="col" class="num">{{t.deltaLikeForLike}}</th><th scope="col" class="num">{{t.delta}}</th><th scope="col">{{t.criteria}}</th></tr></thead>
    <tbody>
    {{#rows}}
    <tr><th scope="row"><a href="{{href}}">{{name}}</a> <span class="id">{{id}}</span></th><td>{{period}}</td><td class="num"><span class="sym" aria-hidden="true">{{symbol}}</span> {{#likeForLike}}{{> figure}}{{/likeForLike}}</td><td class="num">{{#delta}}{{> figure}}{{/delta}}</td><td class="small">{{criteria}}</td></tr>
    {{/rows}}
    {{^rows}}
    <tr><td colspan="5">{{t.none}}</td></tr>
    {{/rows}}
    </tbody>
    </table>
    </div>
    {{/moves}}
    </section>

    <section aria-labelledby="s-not-comparable">
    <h2 id="s-not-comparable">{{t.notComparableHeading}}</h2>
    <p class="summary">{{notComparableSentence}}</p>
    {{#hasNotComparable}}
    <div class="table-wrap">
    <table>
    <caption>{{notComparableCaption}}</caption>
    <thead><tr><th scope="col">{{t.unit}}</th><th scope="col">{{t.period}}</th><th scope="col">{{t.remarks}}</th></tr></thead>
    <tbody>
    {{#notComparable}}
    <tr><th scope="row"><a href="{{href}}">{{name}}</a> <span class="id">{{id}}</span></th><td>{{period}}</td><td>{{reason}}</td></tr>
    {{/notComparable}}
    </tbody>
    </table>
    </div>
    {{/hasNotComparable}}
    {{^hasNotComparable}}
    <p>{{t.none}}</p>
    {{/hasNotComparable}}
    </section>

    <section aria-labelledby="s-catalogue">
    <h2 id="s-catalogue">{{t.catalogueChangesHeading}}</h2>
    <p class="summary">{{catalogueSentence}}</p>
    {{#catalogueChanges}}
    <h3>{{period}}</h3>
    {{#hasAny}}
    <div class="table-wrap">
    <table>
    <caption>{{caption}}</caption>
    <thead><tr><th scope="col">{{t.criterion}}</th><th scope="col">{{t.change}}</th><th scope="col">{{t.remarks}}</th></tr></thead>
    <tbody>
    {{#rows}}
    <tr><th scope="row">{{id}} {{title}}</th><td>{{kind}}</td><td>{{remark}}</td></tr>
    {{/rows}}
    </tbody>
    </table>
    </div>
    {{/hasAny}}
    {{^hasAny}}
    <p>{{t.noCatalogueChanges}}</p>
    {{/hasAny}}
    {{/catalogueChanges}}
    </section>
    {{> footer}}
    """#
}
