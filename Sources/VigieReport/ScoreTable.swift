import VigieCore

/// `vigie score` for a terminal: aligned columns, units grouped under their department, one decimal.
public enum ScoreTable {
    public static func render(_ results: ScoreResults, workspace: Workspace, year: Int? = nil) -> String {
        var out = "Catalogue \(TerminalText.escaped(results.catalogueName)) (fingerprint \(String(results.fingerprint.prefix(12)))), "
        out += "minimum coverage \(percent(results.options.minimumCoverage))\n"
        for scores in results.years where year == nil || scores.year == year {
            out += "\n" + yearTable(scores, workspace: workspace)
        }
        return out
    }

    static func yearTable(_ scores: YearScores, workspace: Workspace) -> String {
        var rows: [[String]] = [["\(scores.year)", "score", "rating", "coverage", "rank", "note"]]
        func unitRow(_ unit: UnitScore, indent: String) -> [String] {
            var note = unit.complete ? "" : "incomplete"
            if unit.ratingCapped { note += (note.isEmpty ? "" : "; ") + "capped by \(unit.criticalFailures.joined(separator: ", "))" }
            let rank = unit.rank.map { "\($0)/\(unit.rankedCount)" } ?? "–"
            return [indent + unit.unit, one(unit.score), unit.rating?.label ?? "–", percent(unit.coverage), rank, note]
        }
        func rollUpRow(_ label: String, _ rollUp: RollUp) -> [String] {
            var note = "mean of \(rollUp.members.count)"
            if !rollUp.leftOut.isEmpty { note += ", \(rollUp.leftOut.count) incomplete left out" }
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
                    rows.append(unitRow(unit, indent: unit.unit == department ? "  (own) " : "  "))
                }
            }
        } else {
            for unit in scores.units { rows.append(unitRow(unit, indent: "")) }
        }
        rows.append(rollUpRow("Canton", scores.canton))
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

    static func one(_ value: Double?) -> String { value.map { NumberText.fixed($0, decimals: 1) } ?? "–" }
    static func percent(_ value: Double) -> String { NumberText.fixed(value * 100, decimals: 0) + " %" }
}

import Foundation
