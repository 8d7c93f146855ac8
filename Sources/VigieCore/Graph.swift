/// Small graph helpers over string ids, in the order the ids are given.
enum Graph {
    /// Each elementary cycle found by a depth-first walk, reported once, starting at its first id in `nodes` order.
    /// Edges to ids outside `nodes` are left out. The walk keeps its own stack (never the call stack: a chain of any
    /// length is fine) and works on positions, so that it is linear in nodes and edges plus the cycles found.
    static func cycles(nodes: [String], edges: (String) -> [String]) -> [[String]] {
        var order: [String: Int] = [:]
        order.reserveCapacity(nodes.count)
        for (position, node) in nodes.enumerated() where order[node] == nil { order[node] = position }
        return cycles(count: nodes.count, roots: { order[nodes[$0]] == $0 }, edges: { edges(nodes[$0]).compactMap { order[$0] } })
            .map { $0.map { nodes[$0] } }
    }

    /// The same walk over nodes `0..<count` given by position (no look-up by id: a million units cost no
    /// dictionary here). `roots` says which positions start a walk (a repeated id's later copies do not);
    /// edges to positions outside `0..<count` are a programming error.
    static func cycles(count: Int, roots: (Int) -> Bool = { _ in true }, edges: (Int) -> [Int]) -> [[Int]] {
        var state = [UInt8](repeating: 0, count: count)  // 1 on the stack, 2 done
        var place = [Int](repeating: -1, count: count)  // position on `path` of a node on the stack
        var path: [Int] = []
        var pending: [(edges: [Int], next: Int)] = []
        var found: [[Int]] = []
        var reported = Set<[Int]>()
        func push(_ node: Int) {
            state[node] = 1
            place[node] = path.count
            path.append(node)
            pending.append((edges(node), 0))
        }
        for root in 0..<count where state[root] == 0 && roots(root) {
            push(root)
            while let top = pending.last {
                guard top.next < top.edges.count else {
                    let node = path.removeLast()
                    pending.removeLast()
                    place[node] = -1
                    state[node] = 2
                    continue
                }
                let next = top.edges[top.next]
                pending[pending.count - 1].next += 1
                if state[next] == 1 {
                    let cycle = Array(path[place[next]...])
                    let first = cycle.indices.min { cycle[$0] < cycle[$1] } ?? 0
                    let rotated = Array(cycle[first...] + cycle[..<first])
                    if reported.insert(rotated.sorted()).inserted { found.append(rotated) }
                } else if state[next] == 0 {
                    push(next)
                }
            }
        }
        return found
    }

    /// Classes of ids linked (in either direction) by `links`: each id maps to its class representative,
    /// the first of its class in `nodes` order.
    static func classes(nodes: [String], links: (String) -> [String]) -> [String: String] {
        var parent: [String: String] = [:]
        for node in nodes { parent[node] = node }
        func find(_ node: String) -> String {
            var root = node
            while let next = parent[root], next != root { root = next }
            var current = node
            while let next = parent[current], next != root { parent[current] = root; current = next }
            return root
        }
        let order = Dictionary(nodes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for node in nodes {
            for other in links(node) where parent[other] != nil {
                let (a, b) = (find(node), find(other))
                if a == b { continue }
                if (order[a] ?? 0) < (order[b] ?? 0) { parent[b] = a } else { parent[a] = b }
            }
        }
        var result: [String: String] = [:]
        for node in nodes { result[node] = find(node) }
        return result
    }
}
