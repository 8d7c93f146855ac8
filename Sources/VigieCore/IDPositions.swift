/// Where an id stands among the ids of an array (its first place): by binary search when they are in order, as a
/// year's units and departments are, else by a dictionary. In order, it keeps nothing: a dictionary of a year's
/// 3,000 units took 100 KB, 1 MiB for ten years of a report.
struct IDPositions: Sendable {
    /// nil while the ids are in ascending order.
    private let dictionary: [String: Int]?
    private let count: Int

    init(_ ids: [String]) {
        count = ids.count
        let ascending = zip(ids, ids.dropFirst()).allSatisfy { $0 <= $1 }
        dictionary = ascending ? nil : Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The first place of `id`, given the id at each place (the same ids as at `init`).
    func position(of id: String, idAt: (Int) -> String) -> Int? {
        if let dictionary { return dictionary[id] }
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if idAt(middle) < id { low = middle + 1 } else { high = middle }
        }
        return low < count && idAt(low) == id ? low : nil
    }
}
