import Foundation
import Testing

/// A units.csv of many rows costs memory per row of the order of the answers' (issue 17, item 14): a unit is kept
/// once, by position, never copied into look-up tables of values.
@Suite("Robustness: memory per unit")
struct RobustnessUnitsMemoryTests {
    /// Extra units appended to the fixture's units.csv (2.9 MB of CSV).
    static let extraUnits = 200_000
    /// Bytes of peak resident memory per extra unit, over the fixture alone (27 MiB, debug build). Before the
    /// compact unit store a unit cost about 1,230 bytes (validate peaked at 267 MiB: 240 MiB × 1,048,576 / 200,000
    /// ≈ 1,260 B; score the same), each unit copied into a dictionary of units and its department into a dictionary
    /// of names. Now about 430 (110 MiB: 83 MiB × 1,048,576 / 200,000 ≈ 435 B): the unit itself is 80 bytes and
    /// its name 64 on the heap, the table of cells it was read from (bytes, field offsets, records) about 120.
    static let bytesPerUnit = 600.0

    @Test("validate and score with 200,000 more units: under 600 bytes of peak memory per unit")
    func manyUnits() throws {
        let small = try ScratchWorkspace()
        defer { small.remove() }
        let large = try ScratchWorkspace()
        defer { large.remove() }
        var units = try String(contentsOf: large.path("audits/units.csv"), encoding: .utf8)
        if !units.hasSuffix("\n") { units += "\n" }
        // A department and services under it, each with a kind and years: every column of the unit filled.
        units += "DBIG;Département de la charge;;département;2020;;\n"
        for index in 0..<Self.extraUnits { units += "U\(index);Service numéro \(index);DBIG;service;2021;2999;\n" }
        try large.write("audits/units.csv", Array(units.utf8))
        for command in [["validate"], ["score", "--format", "csv"]] {
            let baseline = try Spawn.vigie(command, in: small.url)
            let measured = try Spawn.vigie(command, in: large.url)
            #expect(measured.run.status == baseline.run.status, "\(command): \(measured.run.stderr.prefix(2000))")
            #expect(measured.run.status < 128)
            guard Bounds.enforced else { continue }
            let perUnit = (measured.peakMiB - baseline.peakMiB) * 1_048_576 / Double(Self.extraUnits)
            #expect(perUnit < Self.bytesPerUnit,
                    "\(command): \(Int(perUnit)) bytes per unit (\(measured.peakMiB) MiB against \(baseline.peakMiB) MiB)")
        }
    }
}
