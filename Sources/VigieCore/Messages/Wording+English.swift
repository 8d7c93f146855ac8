/// The command line in English (the fallback).
struct EnglishWording: Wording {
    func cell(_ row: Int, _ letter: String, _ name: String?) -> String { "row \(row), column \(letter)" + (name.map { " (\($0))" } ?? "") }
    func row(_ row: Int) -> String { "row \(row)" }
    func column(_ name: String) -> String { "column '\(name)'" }
    func criterion(_ id: String) -> String { "criterion \(id)" }
    let colon = ": "

    func summary(errors: Int, warnings: Int, notes: Int, files: Int) -> String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        let notes = notes > 0 ? ", " + count(notes, "note", "notes") : ""
        return count(errors, "error", "errors") + ", " + count(warnings, "warning", "warnings") + notes + " in " + count(files, "file", "files")
    }

    func warningsHidden(_ count: Int) -> String { "\(count) \(count == 1 ? "warning" : "warnings") (run 'vigie validate' to see them)" }

    func created(_ directory: String) -> String { "Created a workspace in \(directory):" }
    func nextSteps(_ directory: String, year: Int) -> String {
        """
        Next:
          1. list your departments and services in \(directory)/audits/units.csv
          2. vigie template \(directory) --year \(year)     (one answer sheet per unit)
          3. fill the sheets in audits/\(year)/, then: vigie validate \(directory)
          4. vigie report \(directory)
        """
    }
    func wroteSheets(_ count: Int) -> String { "Wrote \(count) answer \(count == 1 ? "sheet" : "sheets"):" }
    func wrotePages(_ count: Int, _ destination: String) -> String { "wrote \(count) pages to \(destination)" }
    func outNotAFolder(_ path: String) -> String { "\(path) exists and is not a folder" }
    func outForeignFiles(_ path: String, _ files: [String]) -> String {
        "\(path) holds files Vigie did not write (\(files.prefix(3).joined(separator: ", "))\(files.count > 3 ? ", …" : "")); choose another --out or use --force to replace the folder"
    }
    func outContainsWorkspace(_ path: String) -> String { "\(path) is the workspace or contains it; choose another --out" }
    func outLinkLoop(_ path: String) -> String { "\(path) is a symbolic link that leads round in a loop; choose another --out" }
    func outBusy(_ path: String) -> String {
        "another vigie is writing a report into \(path) right now; nothing was written (run again when it has finished)"
    }
    func workspaceExists(_ root: String, marker: String) -> String {
        "\(root) already holds a workspace (it has \(marker)); vigie init never overwrites one. Choose a new folder."
    }
    func rootIsFile(_ root: String) -> String { "\(root) is a file, not a folder" }
    func reportsIsAFile(_ path: String) -> String {
        "\(path) is a file, where the workspace's reports/ folder goes; move it away or choose a new folder. Nothing was written."
    }
    func sheetsHoldAnswers(_ paths: [String]) -> String {
        "these sheets already hold answers and were left as they are (use --force to overwrite them):\n" + paths.map { "  " + $0 }.joined(separator: "\n")
    }

    func answeredElsewhere(unit: String, path: String) -> String { "\(path) (it holds the answers of \(unit))" }

    func tableHead(catalogue: String, fingerprint: String, minimumCoverage: String) -> String {
        "Catalogue \(catalogue) (fingerprint \(fingerprint)), minimum coverage \(minimumCoverage)"
    }
    let columns = ["score", "rating", "coverage", "rank", "note"]
    let notStarted = "not started"
    let incomplete = "incomplete"
    let ownUnit = "(own)"
    let canton = "Canton"
    func cappedBy(_ criteria: [String]) -> String { "capped by \(criteria.joined(separator: ", "))" }
    func meanOf(_ count: Int) -> String { "mean of \(count)" }
    func incompleteLeftOut(_ count: Int) -> String { "\(count) incomplete left out" }
    func notStartedLeftOut(_ count: Int) -> String { "\(count) not started" }
    func campaign(_ year: Int, started: Int, complete: Int, units: Int) -> String {
        "\(year): campaign in progress, \(started) of \(units) units started, \(complete) complete (vigie score --year \(year))"
    }
    func earlierYears(_ years: [Int]) -> String { "Earlier years: " + years.map(String.init).joined(separator: ", ") + " (vigie score --year Y)" }

    func badDateOption(_ given: String) -> String { "--date takes a date YYYY-MM-DD, got '\(given)'" }
    let badInitDate = "--date takes a date written YYYY-MM-DD (or DD.MM.YYYY)"
    func badSourceDateEpoch(_ given: String) -> String { "SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01, got '\(given)'" }
    func coverageBadPercentage(_ given: String) -> String { "--min-coverage takes a percentage from 0% to 100%, got '\(given)'" }
    func coverageNotANumber(_ given: String) -> String {
        "--min-coverage takes a fraction from 0 to 1 (such as 0.8) or a percentage with % (such as 80%), got '\(given)'"
    }
    func coverageAmbiguous(_ given: String) -> String {
        "--min-coverage '\(given)' is more than 1: for a percentage write '\(given)%', for a fraction a number from 0 to 1"
    }
    func yearOptionOutOfRange(_ year: Int, lowest: Int, highest: Int) -> String { "--year takes a year from \(lowest) to \(highest), got \(year)" }
    func emptyPathOption(_ option: String) -> String {
        "\(option) takes a folder path, got an empty one (for the current folder, write \(option) .)"
    }
    func yearNotAudited(_ year: Int, audited: [Int]) -> String {
        "no unit was audited in \(year); audited years: \(audited.map(String.init).joined(separator: ", "))"
    }
    func unknownUnit(_ id: String, suggestion: String?) -> String { "unknown unit '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "") }
    let noUnitForSheets = "there is no unit to write a sheet for: list the units in audits/units.csv first"
}
