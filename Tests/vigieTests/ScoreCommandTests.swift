import Foundation
import Testing

/// `vigie score` end to end on the `scoring` fixture: golden files, and the figures worked out by hand.
///
/// The fixture: domains GOV (weight 2) and ACC (weight 1). GOV-01 (w 2, critical), GOV-02 (w 1, level);
/// ACC-01 (w 1, binary, until 2024), ACC-02 (w 1, since 2025, replaces ACC-01), ACC-03 (w 1,5).
/// Units: DEP with services SA, SB (until 2024) and SC (since 2025, replaces SB).
struct ScoreCommandTests {
    static let workspace = Fixture.url("scoring").path

    /// The CSV rows as dictionaries, BOM and CRLF removed.
    static func rows(_ csv: String) -> [[String: String]] {
        var lines = csv.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = lines.removeFirst().components(separatedBy: ";")
        return lines.map { Dictionary(uniqueKeysWithValues: zip(header, $0.components(separatedBy: ";"))) }
    }

    @Test func csvMatchesTheGoldenFileAndTheHandComputedFigures() throws {
        let run = try VigieBinary.run(["score", Self.workspace, "--format", "csv"])
        #expect(run.status == 0)
        try Golden.check(run.stdout, against: "score.csv")
        #expect(run.stdout.hasPrefix("\u{FEFF}year;scope;unit;domain;score;coverage;rating;status;rank\r\n"))
        let rows = Self.rows(run.stdout)
        func row(_ year: String, _ scope: String, _ unit: String, _ domain: String) -> [String: String]? {
            rows.first { $0["year"] == year && $0["scope"] == scope && $0["unit"] == unit && $0["domain"] == domain }
        }
        // SA 2024: S(GOV) = 100 × (2·1 + 1·0.5) / 3 = 83.333333; S(ACC) = 100 × (1·0 + 1.5·0.5) / 2.5 = 30;
        // S = (2 × 83.333… + 1 × 30) / 3 = 65.555556
        #expect(row("2024", "unit", "SA", "GOV")?["score"] == "83.333333")
        #expect(row("2024", "unit", "SA", "ACC")?["score"] == "30")
        #expect(row("2024", "unit", "SA", "*")?["score"] == "65.555556")
        // SB 2024: S(GOV) = 100 × (0 + 1) / 3; S(ACC) = 100; S = (2 × 33.333… + 100) / 3 = 55.555556; rank 2 of 2.
        #expect(row("2024", "unit", "SB", "*")?["score"] == "55.555556")
        #expect(row("2024", "unit", "SB", "*")?["rank"] == "2")
        // DEP 2024 = mean(65.555…, 55.555…) = 60.555556
        #expect(row("2024", "department", "DEP", "*")?["score"] == "60.555556")
        // 2025: SA = (2 × 100 × 2.75/3 + 50) / 3 = 77.777778 and SC = (2 × 100 × 2/3 + 100) / 3 = 77.777778: both rank 1.
        #expect(row("2025", "unit", "SA", "*")?["rank"] == "1")
        #expect(row("2025", "unit", "SC", "*")?["rank"] == "1")
        // DEP's own 2025 answer (one '?') answers nothing: not started (PRODUCT.md, Revision 2), so no score, rating or
        // rank, and left out of the roll-up.
        #expect(row("2025", "unit", "DEP", "*")?["status"] == "not-started")
        #expect(row("2025", "unit", "DEP", "*")?["score"] == "")
        #expect(row("2025", "unit", "DEP", "*")?["rating"] == "")
        #expect(row("2025", "unit", "DEP", "*")?["rank"] == "")
        #expect(row("2025", "department", "DEP", "*")?["score"] == "77.777778")
        #expect(row("2025", "canton", "", "*")?["rating"] == "Établi")
    }

    @Test func trendsCsvMatchesTheGoldenFileIncludingTheBridgeAcrossARenamedUnit() throws {
        let run = try VigieBinary.run(["score", Self.workspace, "--format", "csv", "--trends"])
        #expect(run.status == 0)
        try Golden.check(run.stdout, against: "trends.csv")
        let rows = Self.rows(run.stdout)
        // SA: 77.777… − 65.555… = 12.222222; every criterion class applies in both years, so like-for-like is equal.
        #expect(rows.first { $0["unit"] == "SA" }?["delta"] == "12.222222")
        #expect(rows.first { $0["unit"] == "SA" }?["delta_like_for_like"] == "12.222222")
        // SC continues SB: 77.777… − 55.555… = 22.222222, unit_from SB.
        #expect(rows.first { $0["unit"] == "SC" }?["unit_from"] == "SB")
        #expect(rows.first { $0["unit"] == "SC" }?["delta"] == "22.222222")
        // Both complete at both ends: comparable. DEP's 2025 is not started, so DEP has no audit to compare.
        #expect(rows.allSatisfy { $0["comparable"] == "true" })
        #expect(!rows.contains { $0["unit"] == "DEP" })
    }

    @Test func jsonMatchesTheGoldenFile() throws {
        let run = try VigieBinary.run(["score", Self.workspace, "--format", "json"])
        #expect(run.status == 0)
        try Golden.check(run.stdout.replacingOccurrences(of: Self.workspace + "/", with: ""), against: "score.json")
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let catalogue = json["catalogue"] as! [String: Any]
        #expect(catalogue["name"] as? String == "mini")
        #expect((catalogue["fingerprint"] as? String)?.count == 64)
    }

    @Test func yearFilterAndTable() throws {
        let run = try VigieBinary.run(["score", Self.workspace, "--year", "2025"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("77.8"))
        #expect(!run.stdout.contains("2024"))
        let own = run.stdout.split(separator: "\n").first { $0.contains("(own) DEP") }
        #expect(own?.hasSuffix("–  –                 0 %     –  not started") == true)
        #expect(run.stdout.contains("SA          77.8  Established     100 %"), "the English table's ratings are the levels' English labels")
        #expect(run.stdout.contains("mean of 2, 1 not started"))
        // Without a year: the default year (the latest with a complete unit, 2025), earlier years named.
        let table = try VigieBinary.run(["score", Self.workspace])
        #expect(table.stdout.contains("\n2025 "))
        #expect(!table.stdout.contains("\n2024 "))
        #expect(table.stdout.hasSuffix("Earlier years: 2024 (vigie score --year Y)\n"))
        let missing = try VigieBinary.run(["score", Self.workspace, "--year", "2019"])
        #expect(missing.status == 2)
    }

    @Test func anInvalidWorkspaceIsNotScored() throws {
        let run = try VigieBinary.run(["score", Fixture.url("every-error").path, "--format", "csv"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("error:"))
    }
}
