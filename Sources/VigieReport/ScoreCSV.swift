import VigieCSV
import VigieCore

/// `vigie score --format csv`: every figure, one row per scope, unit and domain (PRODUCT.md, issue "Score the audits").
public enum ScoreCSV {
    public static let scoreHeader = ["year", "scope", "unit", "domain", "score", "coverage", "rating", "status", "rank"]
    public static let trendHeader = ["unit", "year_from", "year_to", "delta", "delta_like_for_like", "unit_from", "comparable"]

    /// Rows sorted by year, scope (unit, department, canton), unit id, then `*` before the domains in catalogue order.
    public static func scores(_ results: ScoreResults, year: Int? = nil, writer: CSVWriter = CSVWriter()) -> [UInt8] {
        var output = writer.encode([scoreHeader])
        // Each year's rows are written on their own core, then put together in order.
        let years = results.years.filter { year == nil || $0.year == year }
        let chunks = ParallelWork.map(years) { rows($0, writer: writer) }
        // Sized once: a full canton's CSV is megabytes, and doubling it copies them again and again.
        output.reserveCapacity(output.count + chunks.reduce(0) { $0 + $1.count })
        for chunk in chunks { output += chunk }
        return output
    }

    /// The rows of one year, as bytes, cell by cell (numbers written straight as digits: they never need quotes
    /// nor neutralising).
    private static func rows(_ scores: YearScores, writer: CSVWriter) -> [UInt8] {
        var output: [UInt8] = []
        let delimiter = writer.delimiter.rawValue
        let year = String(scores.year)
        func row(scope: String, unit: String, domain: String, score: Double?, coverage: Double?, rating: String,
                 status: String, rank: Int?) {
            output.append(contentsOf: year.utf8)
            for text in [scope, unit, domain] {
                output.append(delimiter)
                writer.appendCell(text, to: &output)
            }
            output.append(delimiter)
            if let score { NumberText.appendCanonical(score, to: &output) }
            output.append(delimiter)
            if let coverage { NumberText.appendCanonical(coverage, to: &output) }
            for text in [rating, status] {
                output.append(delimiter)
                writer.appendCell(text, to: &output)
            }
            output.append(delimiter)
            if let rank { NumberText.appendCanonical(Double(rank), to: &output) }
            writer.endRow(&output)
        }
        for unit in scores.units {
            let status = unit.status.rawValue
            row(scope: "unit", unit: unit.unit, domain: "*", score: unit.score, coverage: unit.coverage, rating: unit.rating?.label ?? "",
                status: status, rank: unit.rank)
            for domain in unit.domains {
                row(scope: "unit", unit: unit.unit, domain: domain.domain, score: domain.score, coverage: domain.coverage, rating: "",
                    status: status, rank: nil)
            }
        }
        for rollUp in scores.departments + [scores.canton] {
            row(scope: rollUp.scope.rawValue, unit: rollUp.unit ?? "", domain: "*", score: rollUp.score, coverage: rollUp.coverage,
                rating: rollUp.rating?.label ?? "", status: "", rank: nil)
            for domain in rollUp.domains {
                row(scope: rollUp.scope.rawValue, unit: rollUp.unit ?? "", domain: domain.domain, score: domain.score,
                    coverage: domain.coverage, rating: "", status: "", rank: nil)
            }
        }
        return output
    }

    /// One row per comparison of consecutive audits; `unit_from` names the predecessor on a bridge across `replaces`;
    /// `comparable` is `false` (and the deltas empty) when the unit is incomplete in one of the two years.
    public static func trends(_ results: ScoreResults, year: Int? = nil, writer: CSVWriter = CSVWriter()) -> [UInt8] {
        var rows = [trendHeader]
        for trend in results.trends where year == nil || trend.yearTo == year {
            rows.append([trend.unit, String(trend.yearFrom), String(trend.yearTo), number(trend.delta),
                         number(trend.deltaLikeForLike), trend.unitFrom, trend.comparable ? "true" : "false"])
        }
        return writer.encode(rows)
    }

    /// Unrounded, up to six decimals, `.` as separator; empty when undefined.
    static func number(_ value: Double?) -> String {
        value.map { NumberText.canonical($0) } ?? ""
    }
}
