import VigieCSV
import VigieCore

/// `vigie score --format csv`: every figure, one row per scope, unit and domain (PRODUCT.md, issue "Score the audits").
public enum ScoreCSV {
    public static let scoreHeader = ["year", "scope", "unit", "domain", "score", "coverage", "rating", "status", "rank"]
    public static let trendHeader = ["unit", "year_from", "year_to", "delta", "delta_like_for_like", "unit_from"]

    /// Rows sorted by year, scope (unit, department, canton), unit id, then `*` before the domains in catalogue order.
    public static func scores(_ results: ScoreResults, year: Int? = nil, writer: CSVWriter = CSVWriter()) -> [UInt8] {
        var output = writer.encode([scoreHeader])
        // Each year's rows are written on their own core, then put together in order.
        let years = results.years.filter { year == nil || $0.year == year }
        for chunk in ParallelWork.map(years, { rows($0, writer: writer) }) { output += chunk }
        return output
    }

    /// The rows of one year, as bytes.
    private static func rows(_ scores: YearScores, writer: CSVWriter) -> [UInt8] {
        var output: [UInt8] = []
        let y = String(scores.year)
        for unit in scores.units {
            let status = unit.complete ? "complete" : "incomplete"
            writer.append([y, "unit", unit.unit, "*", number(unit.score), number(unit.coverage), unit.rating?.label ?? "",
                           status, unit.rank.map(String.init) ?? ""], to: &output)
            for domain in unit.domains {
                writer.append([y, "unit", unit.unit, domain.domain, number(domain.score), number(domain.coverage), "", status, ""], to: &output)
            }
        }
        for rollUp in scores.departments + [scores.canton] {
            writer.append([y, rollUp.scope.rawValue, rollUp.unit ?? "", "*", number(rollUp.score), number(rollUp.coverage),
                           rollUp.rating?.label ?? "", "", ""], to: &output)
            for domain in rollUp.domains {
                writer.append([y, rollUp.scope.rawValue, rollUp.unit ?? "", domain.domain, number(domain.score), number(domain.coverage), "", "", ""],
                              to: &output)
            }
        }
        return output
    }

    /// One row per comparison of consecutive audits; `unit_from` names the predecessor on a bridge across `replaces`.
    public static func trends(_ results: ScoreResults, year: Int? = nil, writer: CSVWriter = CSVWriter()) -> [UInt8] {
        var rows = [trendHeader]
        for trend in results.trends where year == nil || trend.yearTo == year {
            rows.append([trend.unit, String(trend.yearFrom), String(trend.yearTo), number(trend.delta),
                         number(trend.deltaLikeForLike), trend.unitFrom])
        }
        return writer.encode(rows)
    }

    /// Unrounded, up to six decimals, `.` as separator; empty when undefined.
    static func number(_ value: Double?) -> String {
        value.map { NumberText.canonical($0) } ?? ""
    }
}
