import Foundation
import Testing

/// Weights that would overflow: refused where they are read, with the limit; never a crash further on.
@Suite("Robustness: huge weights")
struct RobustnessNumberTests {
    static let criteria = "checklists/base/criteria.csv"
    static let domains = "checklists/base/domains.csv"

    @Test("a criterion or domain weight past the limit: an error naming the limit; score does not crash", arguments: [
        (criteria, "GOU-01;GOU;Charte;Une charte de non-discrimination est-elle adoptée ?;1;", "100000000000000"),
        (criteria, "GOU-01;GOU;Charte;Une charte de non-discrimination est-elle adoptée ?;1;", "1" + String(repeating: "0", count: 308)),
        (domains, "GOU;Gouvernance;Pilotage et engagements;2", "20000000000000"),
    ])
    func hugeWeight(_ file: String, _ line: String, _ weight: String) throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let path = workspace.path(file)
        var text = try String(contentsOf: path, encoding: .utf8)
        let replaced = line.hasSuffix(";1;") ? String(line.dropLast(2)) + weight + ";" : String(line.dropLast()) + weight
        #expect(text.contains(line))
        text = text.replacingOccurrences(of: line, with: replaced)
        try Data(text.utf8).write(to: path)
        let validate = try Spawn.vigie(["validate"], in: workspace.url)
        Bounds.check(validate, weight)
        #expect(validate.run.status == 1)
        #expect(validate.run.stderr.contains("is more than the largest weight Vigie accepts (1000000)"), "\(validate.run.stderr)")
        for command in [["score"], ["report", "--out", workspace.url.deletingLastPathComponent().appendingPathComponent("out").path]] {
            let run = try Spawn.vigie(command, in: workspace.url)
            Bounds.check(run, command[0])
            #expect(run.run.status == 1, "\(run.run.stderr)")
        }
    }
}
