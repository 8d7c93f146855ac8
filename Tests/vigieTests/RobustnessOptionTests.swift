import Foundation
import Testing

/// Options that could be read two ways are refused with a sentence that says how to write them.
@Suite("Robustness: unambiguous options")
struct RobustnessOptionTests {
    @Test("--min-coverage: a fraction or a percentage with %; 1 to 100 without % is an error", arguments: [
        ("0.8", true), ("80%", true), ("1", true), ("0", true), ("100%", true), ("0,5", true),
        ("1.5", false), ("80", false), ("100", false), ("150%", false), ("abc", false), ("-0.1", false), ("101", false),
    ])
    func minCoverage(_ value: String, _ accepted: Bool) throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let run = try VigieBinary.run(["score", "--min-coverage", value], in: workspace.url)
        if accepted {
            #expect(run.status == 0, "\(run.stderr)")
        } else {
            #expect(run.status == 2, "\(run.stderr)")
            #expect(run.stderr.contains("--min-coverage"), "\(run.stderr)")
        }
    }

    @Test("--min-coverage 1.5 says to write 1.5% for a percentage")
    func ambiguousSays() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let run = try VigieBinary.run(["score", "--min-coverage", "1.5"], in: workspace.url)
        #expect(run.stderr.contains("--min-coverage '1.5' is more than 1: for a percentage write '1.5%', for a fraction a number from 0 to 1"),
                "\(run.stderr)")
    }

    @Test("80% and 0.8 give the same scores")
    func sameScores() throws {
        let workspace = try ScratchWorkspace()
        defer { workspace.remove() }
        let percent = try VigieBinary.run(["score", "--format", "csv", "--min-coverage", "80%"], in: workspace.url)
        let fraction = try VigieBinary.run(["score", "--format", "csv", "--min-coverage", "0.8"], in: workspace.url)
        #expect(percent.status == 0 && percent.stdout == fraction.stdout)
    }
}
