extension ReportTemplates {
    /// `method.html`: what the audit covers and how its figures are computed, as a WCAG-EM report records its scope
    /// and method. Its texts are `{{m.<key>}}` (MethodStrings); the frame's are `{{t.<key>}}`.
    static let method = #"""
    {{> header}}
    <h1>{{heading}}</h1>
    <p class="lead">{{lead}}</p>

    <section aria-labelledby="s-scope">
    <h2 id="s-scope">{{m.scopeHeading}}</h2>
    <div class="table-wrap">
    <table>
    <caption>{{scopeCaption}}</caption>
    <tbody>
    <tr><th scope="row">{{t.catalogue}}</th><td>{{catalogue}}</td></tr>
    <tr><th scope="row">{{m.fingerprintFull}}</th><td><code>{{fingerprint}}</code></td></tr>
    <tr><th scope="row">{{m.auditYear}}</th><td>{{year}}</td></tr>
    <tr><th scope="row">{{m.criteriaApplying}}</th><td>{{criteriaValue}}</td></tr>
    <tr><th scope="row">{{m.unitsInScope}}</th><td>{{unitsValue}}</td></tr>
    {{#hasDepartments}}
    <tr><th scope="row">{{m.departmentsInScope}}</th><td>{{departmentCount}}</td></tr>
    {{/hasDepartments}}
    <tr><th scope="row">{{m.minimumCoverageLabel}}</th><td>{{minimumCoverage}}</td></tr>
    {{#date}}
    <tr><th scope="row">{{m.reportDate}}</th><td>{{.}}</td></tr>
    {{/date}}
    </tbody>
    </table>
    </div>
    <p class="summary">{{m.fingerprintNote}}</p>

    <div class="table-wrap">
    <table>
    <caption>{{domainsCaption}}</caption>
    <thead><tr><th scope="col">{{t.domain}}</th><th scope="col" class="num">{{t.weight}}</th><th scope="col" class="num">{{t.criteria}}</th><th scope="col">{{m.criticalCriteria}}</th></tr></thead>
    <tbody>
    {{#domains}}
    <tr><th scope="row">{{title}} <span class="id">{{id}}</span></th><td class="num">{{weight}}</td><td class="num">{{criteria}}</td><td>{{critical}}</td></tr>
    {{/domains}}
    </tbody>
    </table>
    </div>

    <div class="table-wrap">
    <table>
    <caption>{{m.levelsCaption}}</caption>
    <thead><tr><th scope="col">{{m.level}}</th><th scope="col" class="num">{{m.minScore}}</th></tr></thead>
    <tbody>
    {{#levels}}
    <tr><th scope="row">{{label}}</th><td class="num">{{minScore}}</td></tr>
    {{/levels}}
    </tbody>
    </table>
    </div>

    <div class="table-wrap">
    <table>
    <caption>{{unitsCaption}}</caption>
    <thead><tr><th scope="col">{{t.unit}}</th>{{#hasDepartments}}<th scope="col">{{t.department}}</th>{{/hasDepartments}}<th scope="col" class="num">{{t.coverage}}</th><th scope="col">{{m.state}}</th></tr></thead>
    <tbody>
    {{#units}}
    <tr><th scope="row"><a href="{{href}}">{{name}}</a> <span class="id">{{id}}</span></th>{{#hasDepartments}}<td>{{department}}</td>{{/hasDepartments}}<td class="num">{{coverage}}</td><td>{{state}}</td></tr>
    {{/units}}
    </tbody>
    </table>
    </div>
    </section>

    <section aria-labelledby="s-method">
    <h2 id="s-method">{{m.methodHeading}}</h2>
    <ul class="plain">
    {{#methodSteps}}
    <li>{{.}}</li>
    {{/methodSteps}}
    </ul>
    <p class="small">{{m.methodMore}}</p>
    </section>

    <section aria-labelledby="s-terms">
    <h2 id="s-terms">{{m.termsHeading}}</h2>
    <dl>
    {{#terms}}
    <dt><strong>{{term}}</strong></dt>
    <dd>{{text}}</dd>
    {{/terms}}
    </dl>
    </section>
    {{> footer}}
    """#
}
