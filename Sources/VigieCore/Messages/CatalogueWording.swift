/// The command line's texts, each the catalogue's `cli.<name>` message with the function's parameters by name.
struct CatalogueWording: Wording {
    let language: Language

    private func text(_ name: String, _ arguments: [String: MessageArgument] = [:]) -> String {
        Phrase("cli." + name, arguments).text(in: language)
    }

    func cell(_ row: Int, _ letter: String, _ name: String?) -> String {
        text("cell", ["row": .number(row), "letter": .text(letter), "name": .optional(name)])
    }
    func row(_ row: Int) -> String { text("row", ["row": .number(row)]) }
    func column(_ name: String) -> String { text("column", ["name": .text(name)]) }
    func criterion(_ id: String) -> String { text("criterion", ["id": .text(id)]) }
    var colon: String { text("colon") }

    func summary(errors: Int, warnings: Int, notes: Int, files: Int) -> String {
        text("summary", ["errors": .number(errors), "warnings": .number(warnings), "notes": .number(notes), "files": .number(files)])
    }
    func warningsHidden(_ count: Int) -> String { text("warnings-hidden", ["count": .number(count)]) }

    func created(_ directory: String) -> String { text("created", ["directory": .text(directory)]) }
    func nextSteps(_ directory: String, year: Int) -> String { text("next-steps", ["directory": .text(directory), "year": .number(year)]) }
    func wroteSheets(_ count: Int) -> String { text("wrote-sheets", ["count": .number(count)]) }
    func wrotePages(_ count: Int, _ destination: String) -> String {
        text("wrote-pages", ["count": .number(count), "destination": .text(destination)])
    }
    func outNotAFolder(_ path: String) -> String { text("out-not-a-folder", ["path": .text(path)]) }
    /// The first three files, and how many more.
    func outForeignFiles(_ path: String, _ files: [String]) -> String {
        text("out-foreign-files", ["path": .text(path), "files": .list(Array(files.prefix(3))), "more": .number(max(0, files.count - 3))])
    }
    func outContainsWorkspace(_ path: String) -> String { text("out-contains-workspace", ["path": .text(path)]) }
    func outLinkLoop(_ path: String) -> String { text("out-link-loop", ["path": .text(path)]) }
    func outBusy(_ path: String) -> String { text("out-busy", ["path": .text(path)]) }
    func workspaceExists(_ root: String, marker: String) -> String { text("workspace-exists", ["root": .text(root), "marker": .text(marker)]) }
    func rootIsFile(_ root: String) -> String { text("root-is-file", ["root": .text(root)]) }
    func reportsIsAFile(_ path: String) -> String { text("reports-is-a-file", ["path": .text(path)]) }
    func sheetsHoldAnswers(_ paths: [String]) -> String { text("sheets-hold-answers", ["paths": .list(paths)]) }
    func answeredElsewhere(unit: String, path: String) -> String { text("answered-elsewhere", ["unit": .text(unit), "path": .text(path)]) }

    func tableHead(catalogue: String, fingerprint: String, minimumCoverage: String) -> String {
        text("table-head", ["catalogue": .text(catalogue), "fingerprint": .text(fingerprint), "minimumCoverage": .text(minimumCoverage)])
    }
    var columns: [String] { ["score", "rating", "coverage", "rank", "note"].map { text("heading", ["column": .text($0)]) } }
    var notStarted: String { text("not-started") }
    var incomplete: String { text("incomplete") }
    var ownUnit: String { text("own-unit") }
    var canton: String { text("canton") }
    func cappedBy(_ criteria: [String]) -> String { text("capped-by", ["criteria": .list(criteria)]) }
    func meanOf(_ count: Int) -> String { text("mean-of", ["count": .number(count)]) }
    func incompleteLeftOut(_ count: Int) -> String { text("incomplete-left-out", ["count": .number(count)]) }
    func notStartedLeftOut(_ count: Int) -> String { text("not-started-left-out", ["count": .number(count)]) }
    func campaign(_ year: Int, started: Int, complete: Int, units: Int) -> String {
        text("campaign", ["year": .number(year), "started": .number(started), "complete": .number(complete), "units": .number(units)])
    }
    func earlierYears(_ years: [Int]) -> String { text("earlier-years", ["years": .list(years.map(String.init))]) }

    func badDateOption(_ given: String) -> String { text("bad-date-option", ["given": .text(given)]) }
    var badInitDate: String { text("bad-init-date") }
    func badSourceDateEpoch(_ given: String) -> String { text("bad-source-date-epoch", ["given": .text(given)]) }
    func coverageBadPercentage(_ given: String) -> String { text("coverage-bad-percentage", ["given": .text(given)]) }
    func coverageNotANumber(_ given: String) -> String { text("coverage-not-a-number", ["given": .text(given)]) }
    func coverageAmbiguous(_ given: String) -> String { text("coverage-ambiguous", ["given": .text(given)]) }
    func yearOptionOutOfRange(_ year: Int, lowest: Int, highest: Int) -> String {
        text("year-option-out-of-range", ["year": .number(year), "lowest": .number(lowest), "highest": .number(highest)])
    }
    func emptyPathOption(_ option: String) -> String { text("empty-path-option", ["option": .text(option)]) }
    func yearNotAudited(_ year: Int, audited: [Int]) -> String {
        text("year-not-audited", ["year": .number(year), "audited": .list(audited.map(String.init))])
    }
    func unknownUnit(_ id: String, suggestion: String?) -> String { text("unknown-unit", ["id": .text(id), "suggestion": .optional(suggestion)]) }
    var noUnitForSheets: String { text("no-unit-for-sheets") }
}
