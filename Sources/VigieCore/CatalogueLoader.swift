/// Builds a catalogue from its tables (domains, criteria, optional levels) and reports what is wrong in them.
public enum CatalogueLoader {
    public static func load(name: String, domains: SourceTable, criteria: SourceTable, levels: SourceTable?)
        -> (catalogue: Catalogue, diagnostics: [Diagnostic])
    {
        var diagnostics = domains.headerDiagnostics(required: ["domain"])
        diagnostics += criteria.headerDiagnostics(required: ["criterion", "domain"])
        diagnostics += textColumnDiagnostics(domains, domainTexts) + textColumnDiagnostics(criteria, criterionTexts)
        let domainList = readDomains(domains, &diagnostics)
        var replacesCells: [String: Location] = [:]
        let criterionList = readCriteria(criteria, domains: domainList, replacesCells: &replacesCells, &diagnostics)
        var levelList = Level.defaults
        if let levels {
            diagnostics += levels.headerDiagnostics(required: ["label", "min_score"]) + textColumnDiagnostics(levels, [.label])
            let read = readLevels(levels, &diagnostics)
            if !read.isEmpty { levelList = read }
        }
        checkReplaces(criterionList, replacesCells: replacesCells, &diagnostics)
        return (Catalogue(name: name, domains: domainList, criteria: criterionList, levels: levelList), diagnostics)
    }

    static let domainTexts: [CatalogueTexts.Field] = [.title, .description]
    static let criterionTexts: [CatalogueTexts.Field] = [.title, .question, .guidance]

    private static func readDomains(_ table: SourceTable, _ diagnostics: inout [Diagnostic]) -> [Domain] {
        guard table.hasColumn("domain") else { return [] }
        var result: [Domain] = []
        var seen: [String: Location] = [:]
        for record in table.records {
            guard let idCell = table.cell(record, "domain") else { continue }
            guard checkID(idCell, kind: .domain, &diagnostics) else { continue }
            if let first = seen[idCell.text] {
                diagnostics.append(.error(.duplicateDomain(id: idCell.text, first: first), at: idCell.location, related: first))
                continue
            }
            seen[idCell.text] = idCell.location
            let weight = readWeight(table.cell(record, "weight"), &diagnostics)
            result.append(Domain(id: idCell.text, title: titleOrID(table.text(record, "title"), idCell.text),
                                 description: table.text(record, "description"), weight: weight, location: idCell.location,
                                 texts: readTexts(table, record, domainTexts)))
        }
        return result
    }

    /// `replacesCells` receives, for each criterion with a `replaces` cell, where that cell is.
    private static func readCriteria(_ table: SourceTable, domains: [Domain], replacesCells: inout [String: Location],
                                     _ diagnostics: inout [Diagnostic]) -> [Criterion] {
        guard table.hasColumn("criterion"), table.hasColumn("domain") else { return [] }
        let domainIDs = domains.map(\.id)
        let knownDomains = Set(domainIDs)
        var result: [Criterion] = []
        var seen: [String: Location] = [:]
        for record in table.records {
            guard let idCell = table.cell(record, "criterion"), let domainCell = table.cell(record, "domain") else { continue }
            guard checkID(idCell, kind: .criterion, &diagnostics) else { continue }
            if let first = seen[idCell.text] {
                diagnostics.append(.error(.duplicateCriterion(id: idCell.text, first: first), at: idCell.location, related: first))
                continue
            }
            seen[idCell.text] = idCell.location
            if let cell = table.cell(record, "replaces"), !cell.isEmpty { replacesCells[idCell.text] = cell.location }
            if domainCell.isEmpty {
                diagnostics.append(.error(.criterionWithoutDomain(id: idCell.text), at: domainCell.location))
            } else if !knownDomains.contains(domainCell.text) {
                diagnostics.append(.error(.unknownDomain(id: domainCell.text, suggestion: Suggestion.closest(to: domainCell.text, among: domainIDs)),
                                          at: domainCell.location))
            }
            var scale = Scale.ternary
            if let cell = table.cell(record, "scale"), !cell.isEmpty {
                if let parsed = Scale(rawValue: cell.text.lowercased()) {
                    scale = parsed
                } else {
                    diagnostics.append(.error(.unknownScale(text: cell.text), at: cell.location))
                }
            }
            let since = readYear(table.cell(record, "since"), &diagnostics)
            let until = readYear(table.cell(record, "until"), &diagnostics)
            if let since, let until, since > until, let cell = table.cell(record, "until") {
                diagnostics.append(.error(.criterionYearsInverted(since: since, until: until), at: cell.location))
            }
            var criterion = Criterion(
                id: idCell.text, domain: domainCell.text,
                title: titleOrID(table.text(record, "title"), idCell.text),
                question: table.text(record, "question"),
                weight: readWeight(table.cell(record, "weight"), &diagnostics),
                critical: readBoolean(table.cell(record, "critical"), &diagnostics),
                scale: scale,
                legalBasis: table.text(record, "legal_basis"),
                guidance: table.text(record, "guidance"),
                requiresEvidence: readBoolean(table.cell(record, "evidence"), &diagnostics),
                since: since, until: until,
                replaces: ValueParsing.idList(table.text(record, "replaces")),
                location: table.location(record))
            criterion.texts = readTexts(table, record, criterionTexts)
            result.append(criterion)
        }
        return result
    }

    private static func readLevels(_ table: SourceTable, _ diagnostics: inout [Diagnostic]) -> [Level] {
        guard table.hasColumn("label"), table.hasColumn("min_score") else { return [] }
        var result: [Level] = []
        var seenScores: [Double: Location] = [:]
        for record in table.records {
            guard let label = table.cell(record, "label"), let scoreCell = table.cell(record, "min_score") else { continue }
            guard let score = ValueParsing.number(scoreCell.text), (0...100).contains(score) else {
                diagnostics.append(.error(.badMinScore(text: scoreCell.text), at: scoreCell.location))
                continue
            }
            if let first = seenScores[score] {
                diagnostics.append(.error(.duplicateLevel(score: scoreCell.text, first: first), at: scoreCell.location, related: first))
                continue
            }
            seenScores[score] = scoreCell.location
            let id = table.text(record, "level")
            result.append(Level(id: id.isEmpty ? label.text : id, label: label.text.isEmpty ? id : label.text, minScore: score,
                                texts: readTexts(table, record, [.label])))
        }
        return result
    }

    /// A `replaces` must name a criterion of the catalogue, and the links may not loop.
    /// Findings point at the criterion's `replaces` cell.
    private static func checkReplaces(_ criteria: [Criterion], replacesCells: [String: Location], _ diagnostics: inout [Diagnostic]) {
        let ids = criteria.map(\.id)
        let byID = Dictionary(criteria.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func location(_ criterion: Criterion) -> Location {
            replacesCells[criterion.id] ?? criterion.location ?? Location(file: "")
        }
        for criterion in criteria {
            for target in criterion.replaces where byID[target] == nil || target == criterion.id {
                diagnostics.append(.error(target == criterion.id ? .criterionReplacesItself(id: criterion.id)
                                              : .unknownReplacedCriterion(id: target, suggestion: Suggestion.closest(to: target, among: ids)),
                                          at: location(criterion)))
            }
        }
        for cycle in Graph.cycles(nodes: ids, edges: { node in byID[node]?.replaces.filter { $0 != node && byID[$0] != nil } ?? [] }) {
            guard let first = byID[cycle[0]] else { continue }
            diagnostics.append(.error(.replacesCycle(ids: cycle), at: location(first)))
        }
    }

    static func checkID(_ cell: SourceTable.Cell, kind: DiagnosticMessage.Table, _ diagnostics: inout [Diagnostic]) -> Bool {
        if cell.isEmpty {
            diagnostics.append(.error(.missingID(kind), at: cell.location))
            return false
        }
        if !ValueParsing.isValidID(cell.text) {
            diagnostics.append(.error(.badID(kind, text: cell.text), at: cell.location))
            return false
        }
        return true
    }

    /// The largest weight a domain or criterion may have: far beyond any real catalogue, far below what would
    /// overflow the sums and their fingerprint.
    public static let maximumWeight = 1_000_000.0

    static func readWeight(_ cell: SourceTable.Cell?, _ diagnostics: inout [Diagnostic]) -> Double {
        guard let cell, !cell.isEmpty else { return 1 }
        guard let weight = ValueParsing.number(cell.text), weight > 0 else {
            diagnostics.append(.error(.badWeight(text: cell.text), at: cell.location))
            return 1
        }
        guard weight <= maximumWeight else {
            diagnostics.append(.error(.weightTooLarge(text: cell.text, limit: Int(maximumWeight)), at: cell.location))
            return 1
        }
        return weight
    }

    static func readBoolean(_ cell: SourceTable.Cell?, _ diagnostics: inout [Diagnostic]) -> Bool {
        guard let cell else { return false }
        guard let value = ValueParsing.boolean(cell.text) else {
            diagnostics.append(.error(.badBoolean(text: cell.text), at: cell.location))
            return false
        }
        return value
    }

    static func readYear(_ cell: SourceTable.Cell?, _ diagnostics: inout [Diagnostic]) -> Int? {
        guard let cell, !cell.isEmpty else { return nil }
        guard let year = ValueParsing.year(cell.text) else {
            diagnostics.append(.error(.badYear(text: cell.text), at: cell.location))
            return nil
        }
        return year
    }

    private static func titleOrID(_ title: String, _ id: String) -> String { title.isEmpty ? id : title }
}
