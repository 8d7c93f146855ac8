import Foundation
import Testing
@testable import VigieCore

/// Template file names for ids that share their first 100 characters: near-linear, and the same names as before.
@Suite("Robustness: file names of ids sharing long prefixes")
struct FileNamesScaleTests {
    @Test("12,000 ids sharing their first 100 characters: distinct names in well under the time of a quadratic walk")
    func sharedPrefixes() {
        let prefix = String(repeating: "a", count: 100)
        let ids = (0..<12_000).map { prefix + "\($0)" }
        let start = Date()
        let names = FileNames.stems(for: ids)
        let seconds = Date().timeIntervalSince(start)
        #expect(Set(names.values.map { $0.lowercased() }).count == ids.count)
        #expect(names[ids.sorted()[0]] == prefix)
        #expect(names[ids.sorted()[1]] == prefix + "-2")
        if ProcessInfo.processInfo.environment["VIGIE_SANITIZER"] != "1" {
            #expect(seconds < 3, "\(seconds) s")
        }
    }

    @Test("a natural stem that looks like a counter is skipped over, as before")
    func naturalCounterStem() {
        let names = FileNames.stems(for: ["a-2", "a!", "a?", "a_"])
        // Sorted: a!, a-2, a?, a_ → stems a_, a-2, a_, a_
        #expect(names["a!"] == "a_")
        #expect(names["a-2"] == "a-2")
        #expect(names["a?"] == "a_-2")
        #expect(names["a_"] == "a_-3")
    }
}
