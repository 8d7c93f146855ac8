/// Builds a catalogue from its tables (domains, criteria, optional levels) and reports what is wrong in them.
public enum CatalogueLoader {
    public static func load(name: String, domains: SourceTable, criteria: SourceTable, levels: SourceTable?)
        -> (catalogue: Catalogue, diagnostics: [Diagnostic])
    {
        var diagnostics = domains.headerDiagnostics(required: ["domain"])
        diagnostics += criteria.headerDiagnostics(required: ["criterion", "domain"])
        let domainList = readDomains(domains, &diagnostics)
        var replacesCells: [String: Location] = [:]
        let criterionList = readCriteria(criteria, domains: domainList, replacesCells: &replacesCells, &diagnostics)
        var levelList = Level.defaults
        if let levels {
            diagnostics += levels.headerDiagnostics(required: ["label", "min_score"])
            let read = readLevels(levels, &diagnostics)
            if !read.isEmpty { levelList = read }
        }
        checkReplaces(criterionList, replacesCells: replacesCells, &diagnostics)
        return (Catalogue(name: name, domains: domainList, criteria: criterionList, levels: levelList), diagnostics)
    }

    private static func readDomains(_ table: SourceTable, _ diagnostics: inout [Diagnostic]) -> [Domain] {
        guard table.hasColumn("domain") else { return [] }
        var result: [Domain] = []
        var seen: [String: Location] = [:]
        for record in table.records {
            guard let idCell = table.cell(record, "domain") else { continue }
            guard checkID(idCell, kind: "domain", &diagnostics) else { continue }
            if let first = seen[idCell.text] {
                diagnostics.append(.error("duplicate-domain", at: idCell.location, Message.duplicate("domain", idCell.text, first: first), related: first))
                continue
            }
            seen[idCell.text] = idCell.location
            let weight = readWeight(table.cell(record, "weight"), &diagnostics)
            result.append(Domain(id: idCell.text, title: titleOrID(table.text(record, "title"), idCell.text),
                                 description: table.text(record, "description"), weight: weight, location: idCell.location))
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
            guard checkID(idCell, kind: "criterion", &diagnostics) else { continue }
            if let first = seen[idCell.text] {
                diagnostics.append(.error("duplicate-criterion", at: idCell.location, Message.duplicate("criterion", idCell.text, first: first), related: first))
                continue
            }
            seen[idCell.text] = idCell.location
            if let cell = table.cell(record, "replaces"), !cell.isEmpty { replacesCells[idCell.text] = cell.location }
            if domainCell.isEmpty {
                diagnostics.append(.error("missing-domain", at: domainCell.location, Message.criterionWithoutDomain(idCell.text)))
            } else if !knownDomains.contains(domainCell.text) {
                diagnostics.append(.error("unknown-domain", at: domainCell.location,
                                          Message.unknown("domain", domainCell.text, in: "domains.csv", suggestion: Suggestion.closest(to: domainCell.text, among: domainIDs))))
            }
            var scale = Scale.ternary
            if let cell = table.cell(record, "scale"), !cell.isEmpty {
                if let parsed = Scale(rawValue: cell.text.lowercased()) {
                    scale = parsed
                } else {
                    diagnostics.append(.error("unknown-scale", at: cell.location, Message.unknownScale(cell.text)))
                }
            }
            let since = readYear(table.cell(record, "since"), &diagnostics)
            let until = readYear(table.cell(record, "until"), &diagnostics)
            if let since, let until, since > until, let cell = table.cell(record, "until") {
                diagnostics.append(.error("inverted-years", at: cell.location, Message.invertedYears(since: since, until: until)))
            }
            result.append(Criterion(
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
                location: table.location(record)))
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
                diagnostics.append(.error("bad-min-score", at: scoreCell.location, Message.badMinScore(scoreCell.text)))
                continue
            }
            if let first = seenScores[score] {
                diagnostics.append(.error("duplicate-level", at: scoreCell.location, Message.duplicateLevel(scoreCell.text, first: first), related: first))
                continue
            }
            seenScores[score] = scoreCell.location
            let id = table.text(record, "level")
            result.append(Level(id: id.isEmpty ? label.text : id, label: label.text.isEmpty ? id : label.text, minScore: score))
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
                diagnostics.append(.error("unknown-replaces", at: location(criterion),
                                          target == criterion.id ? Message.replacesItself(criterion.id)
                                              : Message.unknown("criterion", target, in: "criteria.csv", suggestion: Suggestion.closest(to: target, among: ids))))
            }
        }
        for cycle in Graph.cycles(nodes: ids, edges: { node in byID[node]?.replaces.filter { $0 != node && byID[$0] != nil } ?? [] }) {
            guard let first = byID[cycle[0]] else { continue }
            diagnostics.append(.error("replaces-cycle", at: location(first), Message.cycle("replaces", cycle)))
        }
    }

    static func checkID(_ cell: SourceTable.Cell, kind: String, _ diagnostics: inout [Diagnostic]) -> Bool {
        if cell.isEmpty {
            diagnostics.append(.error("missing-id", at: cell.location, Message.missingID(kind)))
            return false
        }
        if !ValueParsing.isValidID(cell.text) {
            diagnostics.append(.error("bad-id", at: cell.location, Message.badID(kind, cell.text)))
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
            diagnostics.append(.error("bad-weight", at: cell.location, Message.badWeight(cell.text)))
            return 1
        }
        guard weight <= maximumWeight else {
            diagnostics.append(.error("bad-weight", at: cell.location, Message.weightTooLarge(cell.text)))
            return 1
        }
        return weight
    }

    static func readBoolean(_ cell: SourceTable.Cell?, _ diagnostics: inout [Diagnostic]) -> Bool {
        guard let cell else { return false }
        guard let value = ValueParsing.boolean(cell.text) else {
            diagnostics.append(.error("bad-boolean", at: cell.location, Message.badBoolean(cell.text)))
            return false
        }
        return value
    }

    static func readYear(_ cell: SourceTable.Cell?, _ diagnostics: inout [Diagnostic]) -> Int? {
        guard let cell, !cell.isEmpty else { return nil }
        guard let year = ValueParsing.year(cell.text) else {
            diagnostics.append(.error("bad-year", at: cell.location, Message.badYear(cell.text)))
            return nil
        }
        return year
    }

    private static func titleOrID(_ title: String, _ id: String) -> String { title.isEmpty ? id : title }

    enum Message {
        static func duplicate(_ kind: String, _ id: String, first: Location) -> String {
            "the \(kind) id '\(id)' is defined twice; the first is at \(first)"
        }
        static func unknown(_ kind: String, _ id: String, in file: String, suggestion: String?) -> String {
            "unknown \(kind) '\(id)': it is not in \(file)" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        }
        static func criterionWithoutDomain(_ id: String) -> String { "the criterion '\(id)' has no domain" }
        static func unknownScale(_ text: String) -> String {
            "unknown scale '\(text)'; write ternary (met / partial / not met), binary (met / not met) or level (0 to 4)"
        }
        static func invertedYears(since: Int, until: Int) -> String {
            "'until' (\(until)) comes before 'since' (\(since)): the criterion would never apply"
        }
        static func badMinScore(_ text: String) -> String { "'\(text)' is not a score between 0 and 100" }
        static func duplicateLevel(_ text: String, first: Location) -> String {
            "two levels start at the same score \(text); the first is at \(first)"
        }
        static func replacesItself(_ id: String) -> String { "the criterion '\(id)' cannot replace itself" }
        static func cycle(_ relation: String, _ ids: [String]) -> String {
            "these ids form a loop through '\(relation)': \((ids + [ids[0]]).joined(separator: " → "))"
        }
        static func missingID(_ kind: String) -> String { "the \(kind) id is empty" }
        static func badID(_ kind: String, _ text: String) -> String {
            "'\(text)' is not a valid \(kind) id: use letters, digits, '-', '_' and '.' only"
        }
        static func badWeight(_ text: String) -> String {
            "'\(text)' is not a positive number; write a weight such as 1, 2 or 1.5 (1,5 also works)"
        }
        static func badBoolean(_ text: String) -> String { "'\(text)' is neither yes nor no; write oui or non (yes/no, 1/0 also work)" }
        static func weightTooLarge(_ text: String) -> String {
            "'\(text)' is more than the largest weight Vigie accepts (\(NumberText.canonical(maximumWeight))); write a weight such as 1, 2 or 1.5"
        }
        static func badYear(_ text: String) -> String { "'\(text)' is not a year; write four digits such as 2025" }
    }
}
