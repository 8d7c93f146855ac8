/// A unit-year's domain figures as a unit-year keeps them: the domains' ids (one array shared by the unit-years of a
/// year) and, per domain, its score and coverage in one array of doubles, NaN for undefined. `DomainScore` values
/// are made when asked: 200 bytes a unit-year rather than 512 (at a canton's size, 3,000 units × 10 years, 9 MiB).
struct DomainFigures: Sendable, Equatable {
    /// In catalogue order.
    let ids: [String]
    /// Per domain: score, coverage.
    private let values: [Double]

    /// `sharing`: the ids of another unit-year, used rather than a copy when they are the same.
    init(_ domains: [DomainScore], sharing shared: [String]? = nil) {
        let ids = domains.map(\.domain)
        self.ids = shared == ids ? shared! : ids
        // Sized once: appended pair by pair, the array would grow past them (256 bytes for a catalogue of 10 domains).
        var values: [Double] = []
        values.reserveCapacity(2 * domains.count)
        for domain in domains {
            values.append(domain.score ?? .nan)
            values.append(domain.coverage ?? .nan)
        }
        self.values = values
    }

    var scores: [DomainScore] { ids.indices.map(score(at:)) }

    /// The figures of `domain`, if the unit-year has it.
    func score(of domain: String) -> DomainScore? { ids.firstIndex(of: domain).map(score(at:)) }

    private func score(at index: Int) -> DomainScore {
        DomainScore(domain: ids[index], score: values[2 * index].noneIfNaN, coverage: values[2 * index + 1].noneIfNaN)
    }

    static func == (a: DomainFigures, b: DomainFigures) -> Bool {
        a.ids == b.ids && a.values.elementsEqual(b.values) { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }
}
