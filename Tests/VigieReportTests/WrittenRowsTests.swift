import Foundation
import Testing
import VigieCore
@testable import VigieReport

/// The built-in templates get the unit page's long tables (criteria, first priorities, action list, changes) and the figures written
/// by Vigie; user templates get the same values as before (`criteria`, `top`, `actions`, `changes`; `defined` and `text`).
/// Rendering with the former built-in templates as user templates must give the very same pages.
@Suite("written rows and figures")
struct WrittenRowsTests {
    /// Each written table of the built-in unit template, and the rows as the template wrote them with Mustache.
    static let formerRows: [(written: String, mustache: String)] = [
        ("{{{actionRows}}}", "{{#actions}}\n" + ##"<tr><td class="num" data-label="{{t.priority}}">{{position}}</td><th scope="row"><a href="#{{anchor}}">{{id}}</a> {{title}}{{#critical}} <span class="tag crit">{{t.critical}}</span>{{/critical}}<span class="q">{{domain}}</span></th><td class="a-{{answerClass}}" data-label="{{t.answer}}"><span class="sym" aria-hidden="true">{{symbol}}</span>{{answer}}</td><td class="num" data-label="{{t.potentialGain}}">{{gain}}</td><td data-label="{{t.guidance}}">{{guidance}}</td><td{{^plans}} class="none"{{/plans}} data-label="{{t.plannedActions}}">{{#plans}}<p class="plan">{{#overdue}}<span class="tag crit">{{t.actionOverdue}}</span> {{/overdue}}{{text}} <span class="q">{{meta}}</span></p>{{/plans}}{{^plans}}<span class="undef" aria-hidden="true">—</span><span class="vh">{{t.none}}</span>{{/plans}}</td></tr>"## + "\n{{/actions}}\n"),
        ("{{{topRows}}}", "{{#top}}\n" + ##"<tr><td class="num" data-label="{{t.priority}}">{{position}}</td><th scope="row"><a href="#{{anchor}}">{{id}}</a> {{title}}{{#critical}} <span class="tag crit">{{t.critical}}</span>{{/critical}}<span class="q">{{domain}}</span></th><td class="a-{{answerClass}}" data-label="{{t.answer}}"><span class="sym" aria-hidden="true">{{symbol}}</span>{{answer}}</td><td class="num" data-label="{{t.potentialGain}}">{{gain}}</td></tr>"## + "\n{{/top}}\n"),
        ("{{{changeRows}}}", "{{#changes}}\n" + ##"<tr><th scope="row">{{id}} {{title}}{{#renamed}} <span class="small">{{.}}</span>{{/renamed}}</th><td data-label="{{t.change}}"><span class="sym" aria-hidden="true">{{symbol}}</span>{{kind}}</td><td data-label="{{t.before}}">{{from}}</td><td data-label="{{t.now}}">{{to}}</td><td data-label="{{t.comment}}">{{comment}}</td></tr>"## + "\n{{/changes}}\n"),
        ("{{{criteriaRows}}}", "{{#criteria}}\n" + ##"<tr id="{{anchor}}"><th scope="row">{{id}} {{title}}{{#critical}} <span class="tag crit">{{t.critical}}</span>{{/critical}}<span class="q">{{question}}</span><span class="q">{{t.weight}} {{weight}}</span></th><td class="a-{{answerClass}}" data-label="{{t.answer}}"><span class="sym" aria-hidden="true">{{symbol}}</span>{{answer}}{{#missing}} <span class="small">({{t.noRow}})</span>{{/missing}}</td><td class="ev" data-label="{{t.evidence}}">{{#hasLink}}<a href="{{href}}">{{evidence}}</a>{{/hasLink}}{{^hasLink}}{{evidence}}{{/hasLink}}</td><td data-label="{{t.comment}}">{{comment}}{{#assessor}}<span class="q">{{.}}</span>{{/assessor}}</td><td data-label="{{t.legalBasis}}">{{legalBasis}}</td></tr>"## + "\n{{/criteria}}\n"),
    ]
    static let formerFigure = ##"{{#defined}}{{text}}{{/defined}}{{^defined}}<span class="undef" aria-hidden="true">—</span><span class="vh">{{t.notDefined}}</span>{{/defined}}"##

    static func formerTemplates() throws -> ReportTemplates {
        var unit = ReportTemplates.unit
        for row in formerRows {
            #expect(unit.contains(row.written))
            unit = unit.replacingOccurrences(of: row.written, with: row.mustache)
        }
        return try ReportTemplates(overrides: ["unit": unit, "figure": formerFigure])
    }

    @Test("the former templates as user templates give the same pages", arguments: ReportLanguage.allCases)
    func sameAsFormerTemplates(_ language: ReportLanguage) throws {
        let (workspace, results) = try Fixture.load()
        let templates = try Self.formerTemplates()
        for year in [nil, 2025] as [Int?] {
            for date in [Fixture.date, nil] as [ReportDate?] {
                let builtIn = try HTMLReport.render(results, workspace: workspace,
                                                    options: .init(year: year, language: language, date: date, version: "test"))
                let former = try HTMLReport.render(results, workspace: workspace,
                                                   options: .init(year: year, language: language, date: date, version: "test",
                                                                  templates: templates))
                #expect(former.keys.sorted() == builtIn.keys.sorted())
                for (path, page) in builtIn.sorted(by: { $0.key < $1.key }) where former[path] != page {
                    Issue.record("\(path) differs with the former templates (\(language), year \(year.map(String.init) ?? "latest"))")
                }
            }
        }
    }
}
