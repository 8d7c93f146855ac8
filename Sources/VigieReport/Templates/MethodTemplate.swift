extension ReportTemplates {
    /// `method.html`: what the audit covers and how its figures are computed, as a WCAG-EM report records its scope
    /// and method. Its texts are `{{m.<key>}}` (MethodStrings); the frame's are `{{t.<key>}}`.
    static let method = #"""
    {{> header}}
    <h1>{{heading}}</h1>
    <p class="lead">{{lead}}</p>

    <section aria-labelledby="s-scope">
    <h2 id="s-scope">{{m.scopeHeading}}</h2>
    <div class="table-wrap" role="region" tabindex="0" aria-label="{{scopeCaption}}">
    <table>
    <caption>{{scopeCaption}}</caption>
    <tbody>
    <tr><th scope="row">{{t.catalogue}}</th><td data-label="{{t.catalogue}}">{{catalogue}}</td></tr>
    <tr><th scope="row">{{m.fingerprintFull}}</th><td data-label="{{m.fingerprintFull}}"><code>{{fingerprint}}</code></td></tr>
    <tr><th scope="row">{{m.auditYear}}</th><td data-label="{{m.auditYear}}">{{year}}</td></tr>
    <tr><th scope="row">{{m.criteriaApplying}}</th><td data-label="{{m.criteriaApplying}}">{{criteriaValue}}</td></tr>
    <tr><th scope="row">{{m.unitsInScope}}</th><td data-label="{{m.unitsInScope}}">{{unitsValue}}</td></tr>
    {{#hasDepartments}}
    <tr><th scope="row">{{m.departmentsInScope}}</th><td data-label="{{m.departmentsInScope}}">{{departmentCount}}</td></tr>
    {{/hasDepartments}}
    <tr><th scope="row">{{m.minimumCoverageLabel}}</th><td data-label="{{m.minimumCoverageLabel}}">{{minimumCoverage}}</td></tr>
    {{#date}}
    <tr><th scope="row">{{m.reportDate}}</th><td data-label="{{m.reportDate}}">{{.}}</td></tr>
    {{/date}}
    </tbody>
    </table>
    </div>
    <p class="summary">{{m.fingerprintNote}}</p>

    <div class="table-wrap" role="region" tabindex="0" aria-label="{{domainsCaption}}">
    <table>
    <caption>{{domainsCaption}}</caption>
    <thead><tr><th scope="col">{{t.domain}}</th><th scope="col" class="num">{{t.weight}}</th><th scope="col" class="num">{{t.criteria}}</th><th scope="col">{{m.criticalCriteria}}</th></tr></thead>
    <tbody>
    {{#domains}}
    <tr><th scope="row">{{title}} <span class="id">{{id}}</span></th><td class="num" data-label="{{t.weight}}">{{weight}}</td><td class="num" data-label="{{t.criteria}}">{{criteria}}</td><td data-label="{{m.criticalCriteria}}">{{critical}}</td></tr>
    {{/domains}}
    </tbody>
    </table>
    </div>

    <div class="table-wrap" role="region" tabindex="0" aria-label="{{m.levelsCaption}}">
    <table>
    <caption>{{m.levelsCaption}}</caption>
    <thead><tr><th scope="col">{{m.level}}</th><th scope="col" class="num">{{m.minScore}}</th></tr></thead>
    <tbody>
    {{#levels}}
    <tr><th scope="row">{{label}}</th><td class="num" data-label="{{m.minScore}}">{{minScore}}</td></tr>
    {{/levels}}
    </tbody>
    </table>
    </div>

    <div class="table-wrap" role="region" tabindex="0" aria-label="{{unitsCaption}}">
    <table>
    <caption>{{unitsCaption}}</caption>
    <thead><tr><th scope="col">{{t.unit}}</th>{{#hasDepartments}}<th scope="col">{{t.department}}</th>{{/hasDepartments}}<th scope="col" class="num">{{t.coverage}}</th><th scope="col">{{m.state}}</th></tr></thead>
    <tbody>
    {{#units}}
    <tr><th scope="row"><a href="{{href}}">{{name}}</a> <span class="id">{{id}}</span></th>{{#hasDepartments}}<td data-label="{{t.department}}">{{department}}</td>{{/hasDepartments}}<td class="num" data-label="{{t.coverage}}">{{coverage}}</td><td data-label="{{m.state}}">{{state}}</td></tr>
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
