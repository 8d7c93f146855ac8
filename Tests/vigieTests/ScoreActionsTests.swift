import Foundation
import Testing

/// `vigie score --format json` carries the remediation actions of the demo workspace (audits/actions.csv),
/// with `overdue` decided by the date given — never by the clock.
struct ScoreActionsTests {
    static func overdue(date: String?) throws -> [String]? {
        var arguments = ["score", VigieBinary.packageRoot.path, "--format", "json"]
        if let date { arguments += ["--date", date] }
        let run = try VigieBinary.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let actions = json["actions"] as! [[String: Any]]
        #expect(actions.count == 10)
        if date == nil { return actions.allSatisfy { $0["overdue"] is NSNull } ? nil : ["overdue without a date"] }
        return actions.filter { $0["overdue"] as? Bool == true }.map { "\($0["unit"]!) \($0["criterion"]!)" }.sorted()
    }

    @Test func overdueActionsFollowTheDateGiven() throws {
        // On 27.11.2026: OVJ PLA-01 (due 31.03.2026, planned), OVJ ACS-02 (30.06.2026, in progress),
        // SDT GOU-01 (31.12.2025, in progress), ECR ACC-01 (31.10.2026, in progress). ECR FOR-02 (done) and
        // POL PLA-02 (dropped) are past due but closed; the others are due later.
        #expect(try Self.overdue(date: "2026-11-27") == ["ECR ACC-01", "OVJ ACS-02", "OVJ PLA-01", "SDT GOU-01"])
        // On 01.01.2026 only SDT GOU-01 (due 31.12.2025) is late.
        #expect(try Self.overdue(date: "2026-01-01") == ["SDT GOU-01"])
        // Without a date (and no SOURCE_DATE_EPOCH in the environment), nothing is called overdue.
        if ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] == nil {
            #expect(try Self.overdue(date: nil) == nil)
        }
    }
}
