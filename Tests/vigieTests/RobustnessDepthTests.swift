import Foundation
import Testing

/// Chains as deep as the input makes them: walked without recursion, in near-linear time.
@Suite("Robustness: deep chains")
struct RobustnessDepthTests {
    static let depth = 20_000

    @Test("a replaces chain of 20,000 criteria (the walk itself: GraphDepthTests, 200,000): no stack overflow, within the bounds")
    func replacesChainOfCriteria() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let path = workspace.path("checklists/base/criteria.csv")
        var text = try String(contentsOf: path, encoding: .utf8)
        if !text.hasSuffix("\n") { text += "\n" }
        for index in 0..<Self.depth {
            let replaces = index == 0 ? "" : "C\(index - 1)"
            text += "C\(index);GOU;Chain \(index);Q ?;1;non;binary;;;;;2020;\(replaces)\n"
        }
        try Data(text.utf8).write(to: path)
        let measured = try Spawn.vigie(["validate"], in: workspace.url)
        Bounds.check(measured, "replaces chain")
        #expect(measured.run.stderr.utf8.count < 20_000, "\(measured.run.stderr.prefix(2000))")
    }

    @Test("a parent chain of units 10,000 deep, and a replaces chain of 10,000 units: no stack overflow, near-linear")
    func parentChainOfUnits() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let path = workspace.path("audits/units.csv")
        var text = try String(contentsOf: path, encoding: .utf8)
        if !text.hasSuffix("\n") { text += "\n" }
        for index in 0..<Self.depth / 2 {
            let parent = index == 0 ? "DEP" : "U\(index - 1)"
            let replaces = index == 0 ? "" : "R\(index - 1)"
            text += "U\(index);Unit \(index);\(parent);service;;;\nR\(index);Old \(index);;service;;2020;\(replaces)\n"
        }
        try Data(text.utf8).write(to: path)
        for command in ["validate", "score"] {
            let measured = try Spawn.vigie([command], in: workspace.url)
            Bounds.check(measured, command)
            #expect(measured.run.status == 0, "\(measured.run.stderr.prefix(2000))")
        }
    }
}
