import Testing
@testable import VigieCore

/// `Graph.cycles` keeps its own stack: a chain of any length never overflows the call stack (a test thread's is small).
@Suite("Robustness: graph walks of any depth")
struct GraphDepthTests {
    @Test("a chain of 200,000 ids, and one that closes into a cycle of 50,000")
    func deepChains() {
        let count = 200_000
        let ids = (0..<count).map { "C\($0)" }
        let edges: (String) -> [String] = { id in
            let number = Int(id.dropFirst())!
            return number + 1 < count ? ["C\(number + 1)"] : []
        }
        #expect(Graph.cycles(nodes: ids, edges: edges).isEmpty)
        let loop = 50_000
        let cycles = Graph.cycles(nodes: Array(ids.prefix(loop)), edges: { id in
            let number = Int(id.dropFirst())!
            return ["C\((number + 1) % loop)"]
        })
        #expect(cycles.count == 1)
        #expect(cycles.first?.count == loop)
        #expect(cycles.first?.first == "C0")
    }

    @Test("cycles found as before: each once, from its first id in order")
    func smallCycles() {
        let graph = ["A": ["B"], "B": ["C", "A"], "C": ["B"], "D": ["D2"], "D2": ["D"], "E": []]
        let cycles = Graph.cycles(nodes: ["A", "B", "C", "D", "D2", "E"], edges: { graph[$0] ?? [] })
        #expect(cycles == [["B", "C"], ["A", "B"], ["D", "D2"]])
    }
}
