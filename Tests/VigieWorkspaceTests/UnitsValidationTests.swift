import Testing
import VigieCore
import VigieWorkspace

@Suite("Units validation")
struct UnitsValidationTests {
    @Test("every error of units.csv, at its cell")
    func everyUnitsError() {
        let loaded = Fixture.load("units-errors")
        #expect(loaded.findings == [
            "audits/units.csv:3:3 error unknown-parent",
            "audits/units.csv:4:1 error duplicate-unit",
            "audits/units.csv:5:3 error parent-cycle",
            "audits/units.csv:7:7 error unknown-replaces",
            "audits/units.csv:8:3 error unknown-parent",
            "audits/units.csv:9:7 error unknown-replaces",
            "audits/units.csv:10:7 error replaces-cycle",
            "audits/units.csv:12:6 error inverted-years",
        ])
    }

    @Test("the messages of units errors")
    func unitsMessages() throws {
        let loaded = Fixture.load("units-errors")
        let units = "audits/units.csv"
        loaded.expect("unknown-parent", at: "\(units):3:3", column: "parent", "unknown unit 'DEPT'", "units.csv", "did you mean 'DEP'?")
        loaded.expect("unknown-parent", at: "\(units):8:3", column: "parent", "'X' cannot be its own parent")
        loaded.expect("parent-cycle", at: "\(units):5:3", column: "parent", "A → B → A")
        loaded.expect("unknown-replaces", at: "\(units):7:7", column: "replaces", "unknown unit 'OLD'")
        loaded.expect("unknown-replaces", at: "\(units):9:7", column: "replaces", "'Y' cannot replace itself")
        loaded.expect("replaces-cycle", at: "\(units):10:7", column: "replaces", "P → Q → P")
        loaded.expect("inverted-years", at: "\(units):12:6", column: "until", "2024", "2026")
        let duplicate = try #require(loaded.diagnostic("duplicate-unit", at: "\(units):4:1"))
        #expect(duplicate.location.columnName == "unit")
        #expect(duplicate.message.contains("'SPOP' is defined twice; the first is at \(units):3:1"))
        #expect(duplicate.related?.description == "\(units):3:1")
        // No suggestion when nothing is close: 'OLD' is far from every unit id.
        #expect(loaded.diagnostic("unknown-replaces", at: "\(units):7:7")?.message.contains("did you mean") == false)
    }

    @Test("the organisation of the valid workspace")
    func organisation() throws {
        let workspace = try #require(Fixture.load("valid").workspace)
        #expect(workspace.hasUnitsFile)
        #expect(workspace.units.map(\.id) == ["DEP", "SPOP", "SPAJ"])
        #expect(workspace.unit("DEP")?.parent == nil)
        #expect(workspace.unit("SPOP")?.parent == "DEP")
        #expect(workspace.unit("SPOP")?.name == "Service de la population")
        #expect(workspace.unit("DEP")?.kind == "département")
    }
}
