import VigieCore

/// `vigie score` for a terminal: aligned columns, units grouped under their department, one decimal written with the
/// language's decimal mark (`68,7` in French and Italian, `68.7` in German and English, as the report pages write
/// them; `--format csv` and `json` keep the point for other tools).
/// Without a year, the default year (the latest with a complete unit), then a line per campaign in progress.
public enum ScoreTable {
    /// - Parameter language: the language of the headings and notes (ratings are the catalogue's labels).
    public static func render(_ results: ScoreResults, workspace: Workspace, year: Int? = nil, language: Language = .en) -> String {
        let text = language.wording
        var out = text.tableHead(catalogue: TerminalText.escaped(results.catalogueName), fingerprint: String(results.fingerprint.prefix(12)),
                                 minimumCoverage: percent(results.options.minimumCoverage)) + "\n"
        let shown = year ?? results.defaultYear
        for scores in results.years where scores.year == shown {
            out += "\n" + yearTable(scores, workspace: workspace, text: text, format: LocaleFormat(language))
        }
        guard year == nil else { return out }
        for scores in results.years where results.campaignYears.contains(scores.year) {
            out += "\n" + text.campaign(scores.year, started: scores.units.count { !$0.notStarted },
                                       complete: scores.units.count(where: \.complete), units: scores.units.count) + "\n"
        }
        let earlier = results.years.map(\.year).filter { $0 < shown ?? 0 }
        if !earlier.isEmpty { out += "\n" + text.earlierYears(earlier) + "\n" }
        return out
    }

    static func yearTable(_ scores: YearScores, workspace: Workspace, text: any Wording, format: LocaleFormat = LocaleFormat(.en)) -> String {
        func one(_ value: Double?) -> String { value.map { format.number($0, decimals: 1) } ?? "–" }
        var rows: [[String]] = [["\(scores.year)"] + text.columns]
        func unitRow(_ unit: UnitScore, indent: String) -> [String] {
            if unit.notStarted { return [indent + unit.unit, "–", "–", percent(unit.coverage), "–", text.notStarted] }
            var note = unit.complete ? "" : text.incomplete
            if unit.ratingCapped { note += (note.isEmpty ? "" : "; ") + text.cappedBy(unit.criticalFailures) }
            let rank = unit.rank.map { "\($0)/\(unit.rankedCount)" } ?? "–"
            return [indent + unit.unit, one(unit.score), unit.rating?.label ?? "–", percent(unit.coverage), rank, note]
        }
        func rollUpRow(_ label: String, _ rollUp: RollUp) -> [String] {
            var note = text.meanOf(rollUp.members.count)
            if !rollUp.leftOut.isEmpty { note += ", " + text.incompleteLeftOut(rollUp.leftOut.count) }
            if !rollUp.notStarted.isEmpty { note += ", " + text.notStartedLeftOut(rollUp.notStarted.count) }
            return [label, one(rollUp.score), rollUp.rating?.label ?? "–", rollUp.coverage.map(percent) ?? "–", "", note]
        }
        if workspace.hasUnitsFile {
            var grouped: [String: [UnitScore]] = [:]
            for unit in scores.units { grouped[workspace.department(of: unit.unit) ?? unit.unit, default: []].append(unit) }
            for department in grouped.keys.sorted() {
                if let rollUp = scores.department(department) {
                    rows.append(rollUpRow(department, rollUp))
                } else {
                    rows.append([department, "", "", "", "", ""])
                }
                for unit in grouped[department]! {
                    rows.append(unitRow(unit, indent: unit.unit == department ? "  \(text.ownUnit) " : "  "))
                }
            }
        } else {
            for unit in scores.units { rows.append(unitRow(unit, indent: "")) }
        }
        rows.append(rollUpRow(text.canton, scores.canton))
        return align(rows)
    }

    static func align(_ cells: [[String]]) -> String {
        // Ids and labels come from the workspace: their control characters must not reach the terminal.
        let rows = cells.map { $0.map { TerminalText.escaped($0) } }
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        let numeric: Set<Int> = [1, 3, 4]
        return rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return numeric.contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }

    static func percent(_ value: Double) -> String { NumberText.fixed(value * 100, decimals: 0) + " %" }
}

import Foundation
