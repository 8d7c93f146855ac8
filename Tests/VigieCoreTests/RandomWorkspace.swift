@testable import VigieCore

/// A deterministic random workspace from a seed: a few domains and criteria of every scale,
/// a few units over a few years, answers of every kind. For property tests.
struct RandomWorkspace {
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let weights: [Double] = [0.5, 1, 1.5, 2, 3]

    /// - Parameter stableCatalogue: when true, every criterion applies in every year (no since/until/replaces).
    static func make(seed: UInt64, stableCatalogue: Bool = false) -> Build {
        var rng = SplitMix(state: seed)
        let domainCount = Int.random(in: 1...3, using: &rng)
        let domains = (0..<domainCount).map { Domain(id: "D\($0)", title: "D\($0)", weight: weights.randomElement(using: &rng)!) }
        var criteria: [Criterion] = []
        for domain in domains {
            for index in 0..<Int.random(in: 1...4, using: &rng) {
                var criterion = Criterion(id: "\(domain.id)-\(index)", domain: domain.id,
                                          weight: weights.randomElement(using: &rng)!,
                                          critical: Int.random(in: 0..<5, using: &rng) == 0,
                                          scale: Scale.allCases.randomElement(using: &rng)!)
                if !stableCatalogue {
                    switch Int.random(in: 0..<6, using: &rng) {
                    case 0: criterion.since = 2025
                    case 1: criterion.until = 2024
                    default: break
                    }
                }
                criteria.append(criterion)
            }
        }
        if !stableCatalogue, let retired = criteria.firstIndex(where: { $0.until == 2024 }),
           let successor = criteria.firstIndex(where: { $0.since == 2025 }) {
            criteria[successor].replaces = [criteria[retired].id]
        }
        let units = [OrgUnit(id: "DEP"), OrgUnit(id: "S1", parent: "DEP"), OrgUnit(id: "S2", parent: "DEP"),
                     OrgUnit(id: "S3", parent: "DEP"), OrgUnit(id: "DEP2"), OrgUnit(id: "T1", parent: "DEP2")]
        var build = Build(domains: domains, criteria: criteria, units: units)
        for year in 2024...2026 {
            for unit in units where Int.random(in: 0..<4, using: &rng) > 0 {
                for criterion in criteria where criterion.applies(in: year) && Int.random(in: 0..<8, using: &rng) > 0 {
                    build.answer(year, unit.id, criterion.id, randomAnswer(for: criterion.scale, using: &rng))
                }
            }
        }
        return build
    }

    static func randomAnswer(for scale: Scale, using rng: inout SplitMix) -> AnswerValue {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: return .notApplicable
        case 1: return .unanswered
        default:
            switch scale {
            case .level: return .level(Int.random(in: 0...4, using: &rng))
            case .binary: return Bool.random(using: &rng) ? .met : .notMet
            case .ternary: return [.met, .partial, .notMet].randomElement(using: &rng)!
            }
        }
    }

    /// The next answer up on its scale, or nil when it cannot rise (met, level 4, not applicable).
    static func raised(_ value: AnswerValue, scale: Scale) -> AnswerValue? {
        switch value {
        case .unanswered: scale == .level ? .level(1) : .met
        case .notMet: scale == .binary ? .met : .partial
        case .partial: .met
        case .level(let k) where k < 4: .level(k + 1)
        default: nil
        }
    }
}
