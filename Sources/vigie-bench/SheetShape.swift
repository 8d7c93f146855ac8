import ArgumentParser

/// How the answer sheets are laid out: the shapes HR's own sheets take, so that the benchmark does not only
/// measure sheets in the order Vigie's look-up hints expect. Every shape holds the same answers (the values are
/// drawn in catalogue order whatever the order the rows are written in), so their scores agree.
struct SheetShape: Equatable {
    /// The order of a sheet's rows.
    enum Order: String, CaseIterable, ExpressibleByArgument {
        /// The catalogue's order (criteria.csv).
        case catalogue
        /// Grouped by domain, in the catalogue's order within each.
        case domains
        /// One criterion of each domain in turn (the first of every domain, then the second…).
        case interleaved
        /// Shuffled, differently in every sheet (as a sheet sorted by another column would be).
        case random
    }

    /// The words of the answers.
    enum Words: String, CaseIterable, ExpressibleByArgument {
        /// Each unit in its language: French for most, German and English for some.
        case mixed
        case fr, de, en
    }

    /// The CSV dialect of the sheets.
    enum Dialect: String, CaseIterable, ExpressibleByArgument {
        /// Half as Excel saves them (`;`, BOM, CRLF, dd.mm.yyyy), half plain (`,`, LF, ISO dates).
        case mixed
        case excel, plain
    }

    var order = Order.catalogue
    var words = Words.mixed
    var dialect = Dialect.mixed
    /// The share of sheets saved in Windows-1252 (the rest UTF-8).
    var windows1252 = 0.004
    /// Long evidence (an intranet URL of about 130 characters on every positive answer) and multi-line comments
    /// on a third of the rows.
    var longTexts = false

    /// For the `.complete` stamp: empty for the default shape (so that its cached workspaces stay valid).
    var stamp: String {
        self == SheetShape() ? ""
            : " order=\(order.rawValue) words=\(words.rawValue) dialect=\(dialect.rawValue) windows-1252=\(windows1252) long-texts=\(longTexts)"
    }

    /// The positions of `criteria` in the order the rows are written. `random` draws from its own stream, so the
    /// answers' values stay those of the catalogue order.
    func rowOrder(domains: [Int], seed: UInt64, unit: Int, year: Int) -> [Int] {
        let positions = Array(domains.indices)
        switch order {
        case .catalogue:
            return positions
        case .domains:
            return positions.sorted { (domains[$0], $0) < (domains[$1], $1) }
        case .interleaved:
            var rank: [Int: Int] = [:]
            let turn = positions.map { position -> Int in
                defer { rank[domains[position], default: 0] += 1 }
                return rank[domains[position], default: 0]
            }
            return positions.sorted { (turn[$0], domains[$0], $0) < (turn[$1], domains[$1], $1) }
        case .random:
            var random = SplitMix64(seed, 16, UInt64(unit), UInt64(year))
            var shuffled = positions
            for i in stride(from: shuffled.count - 1, to: 0, by: -1) { shuffled.swapAt(i, random.below(i + 1)) }
            return shuffled
        }
    }
}
