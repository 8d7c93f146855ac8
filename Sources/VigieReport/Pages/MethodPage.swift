import Mustache
import VigieCore

/// What `method.html` shows. Its property names (with the frame's, see `PageFrame`) are the names a
/// `method.mustache` template reads; its own texts are `{{m.<key>}}` (`MethodStrings`).
struct MethodPageModel: MustacheModel {
    struct Domain {
        var id, title, weight, criteria, critical: String
    }

    struct Level {
        var label, minScore: String
    }

    struct Unit {
        var id, name, href, department, coverage, state: String
    }

    struct Term {
        var term, text: String
    }

    var frame: PageFrame
    var m: MethodStrings
    var heading, lead, year, scopeCaption, criteriaValue, domainsCaption: String
    var domains: [Domain]
    var levels: [Level]
    var unitsValue, departmentCount, unitsCaption: String
    var hasDepartments: Bool
    var units: [Unit]
    var methodSteps: [String]
    var terms: [Term]
}

/// `method.html`: the scope of the year's audit (catalogue and fingerprint, criteria, units, minimum coverage) and
/// its method (how every figure is computed, what "incomplete", "capped", "not comparable", "not started" and
/// "not answered" mean), as the W3C's WCAG-EM report records scope and method beside its results.
enum MethodPage {
    static let path = "method.html"

    /// The link the index page shows to this page.
    static func link(_ model: ReportModel, root: String = "") -> IndexPageModel.MethodLink {
        let texts = MethodStrings(model.format.language)
        return .init(href: root + path, label: texts.text(.linkLabel), sentence: texts.text(.linkSentence))
    }

    static func model(_ model: ReportModel) -> MethodPageModel {
        let texts = MethodStrings(model.format.language)
        let format = model.format
        let year = model.current
        let yearText = String(year.year)
        let indexLabel = model.t(.indexTitle, ["year": yearText])
        // The frame's page list marks no entry current: the method page is reached from the index.
        let frame = model.pageFrame(title: texts.text(.title), root: "",
                                  crumbs: [.init(label: indexLabel, href: "index.html"), .init(label: texts.text(.title), href: nil)],
                                  page: .unit)

        // Criteria and domains of the year
        let criteria = model.catalogue.criteria.filter { $0.applies(in: year.year) }
        let domains = model.catalogue.domains.filter { domain in criteria.contains { $0.domain == domain.id } }
        let criteriaValue = texts.format(.criteriaValue, [
            "criteria": format.integer(criteria.count), "domains": format.integer(domains.count),
            "critical": format.integer(criteria.count { $0.critical }),
        ])
        let domainRows = domains.map { domain in
            let own = criteria.filter { $0.domain == domain.id }
            let critical = own.filter(\.critical).map(\.id)
            return MethodPageModel.Domain(id: domain.id, title: model.domainTitle(domain.id), weight: model.plain(domain.weight),
                                          criteria: format.integer(own.count),
                                          critical: critical.isEmpty ? texts.text(.noCritical) : critical.joined(separator: ", "))
        }

        // Units of the year
        let complete = year.units.count { $0.complete }
        let unitsValue = texts.format(.unitsValue, [
            "units": format.integer(year.units.count), "complete": format.integer(complete),
            "incomplete": format.integer(year.units.count - complete),
        ])
        let byUnit = Dictionary(year.units.map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first })
        let units = model.grouped(year.units.map(\.unit)).flatMap(\.units).compactMap { id -> MethodPageModel.Unit? in
            guard let unit = byUnit[id] else { return nil }
            let state: MethodKey = !unit.complete ? .stateIncomplete : unit.ratingCapped ? .stateCapped : .stateComplete
            return .init(id: id, name: model.name(of: id), href: model.unitPath(id, year.year),
                         department: model.department(of: id).map { model.name(of: $0) } ?? "",
                         coverage: format.percent(unit.coverage), state: texts.text(state))
        }

        // Method and terms
        let levels = model.catalogue.levels
        let cap = levels.count >= 3 ? levels[2].label : levels.last?.label ?? ""
        let minimum = format.percent(model.results.options.minimumCoverage)
        let steps = [
            texts.text(.methodValues), texts.text(.methodDomain), texts.text(.methodUnit),
            texts.format(.methodCoverage, ["minimum": minimum]), texts.format(.methodRating, ["cap": cap]),
            texts.text(.methodRank), texts.text(.methodRollUps), texts.text(.methodGain), texts.text(.methodTrends),
            texts.text(.methodRounding),
        ]
        let terms = [
            (MethodKey.termIncomplete, texts.format(.termIncompleteText, ["minimum": minimum])),
            (.termCapped, texts.format(.termCappedText, ["cap": cap])),
            (.termNotComparable, texts.text(.termNotComparableText)),
            (.termNotStarted, texts.text(.termNotStartedText)),
            (.termNotAnswered, texts.text(.termNotAnsweredText)),
        ].map { key, text in MethodPageModel.Term(term: texts.text(key), text: text) }
        return MethodPageModel(
            frame: frame, m: texts, heading: texts.format(.heading, ["year": yearText]), lead: texts.format(.lead, ["year": yearText]),
            year: yearText, scopeCaption: "\(texts.text(.scopeHeading)) · \(yearText)", criteriaValue: criteriaValue,
            domainsCaption: texts.format(.domainsCaption, ["year": yearText]), domains: domainRows,
            levels: model.catalogue.levels.map { .init(label: $0.label, minScore: model.plain($0.minScore)) }, unitsValue: unitsValue,
            departmentCount: format.integer(year.departments.count), unitsCaption: texts.format(.unitsCaption, ["year": yearText]),
            hasDepartments: model.workspace.hasUnitsFile, units: units, methodSteps: steps, terms: terms)
    }
}
