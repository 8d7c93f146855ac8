/// SplitMix64: small, fast, and the same sequence on every platform and Swift version.
/// Nothing in the generator uses the system random source, the clock or a hash seed.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A generator for one item, derived from the run's seed and the item's coordinates, so
    /// that items can be generated in any order (or in parallel) and still give the same bytes.
    init(_ seed: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
        state = Self.mix(seed ^ Self.mix(a &+ 0x9E37_79B9_7F4A_7C15) ^ Self.mix(b &+ 0xBF58_476D_1CE4_E5B9)
            ^ Self.mix(c &+ 0x94D0_49BB_1331_11EB))
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// Uniform in [low, high).
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * unit()
    }

    /// Uniform in 0..<bound.
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int((next() >> 1) % UInt64(bound))
    }

    /// True with probability p.
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }
}

/// A stateless noise in [0, 1) for a pair of coordinates (the same wherever it is asked).
func noise(_ seed: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64 = 0) -> Double {
    var random = SplitMix64(seed, a, b, c)
    return random.unit()
}
