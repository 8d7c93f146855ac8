import VigieCSV
import VigieCore

/// `vigie score --format csv`: every figure, one row per scope, unit and domain (PRODUCT.md, issue "Score the audits").
public enum ScoreCSV {
    public static let scoreHeader = ["year", "scope", "unit", "domain", "score", "coverage", "rating", "status", "rank"]
    public static let trendHeader = ["unit", "year_from", "year_to", "delta", "delta_like_for_like", "unit_from"]

    /// Rows sorted by year, scope (unit, department, canton), unit id, then `*` before the domains in catalogue order.
    public static func scores(_ results: ScoreResults, year: Int? = nil, writer: CSVWriter = CSVWriter()) -> [UInt8] {
        var rows = [scoreHeader]
        for scores in results.years where year == nil || scores.year == year {
            let y = String(scores.year)
            for unit in scores.units {
                let status = unit.complete ? "complete" : "incomplete"
                rows.append([y, "unit", unit.unit, "*", number(unit.score), number(unit.coverage), unit.rating?.label ?? "",
                             status, unit.rank.map(String.init) ?? ""])
                for domain in unit.domains {
                    rows.append([y, "unit", unit.unit, domain.domain, number(domain.score), number(domain.coverage), "", status, ""])
                }
            }
            for rollUp in scores.departments + [scores.canton] {
                rows.append([y, rollUp.scope.rawValue, rollUp.unit ?? "", "*", number(rollUp.score), number(rollUp.coverage),
                             rollUp.rating?.label ?? "", "", ""])
                for domain in rollUp.domains {
                    rows.append([y, rollUp.scope.rawValue, rollUp.unit ?? "", domain.domain, number(domain.score), number(domain.coverage), "", "", ""])
                }
            }
        }
        return writer.encode(rows)
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
