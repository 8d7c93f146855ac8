import Testing
import VigieCore
import VigieWorkspace

@Suite("Catalogue validation")
struct CatalogueValidationTests {
    @Test("the valid workspace has no finding and reads every column of the catalogue")
    func valid() throws {
        let loaded = Fixture.load("valid")
        #expect(loaded.findings == [])
        #expect(loaded.raw.filesRead == 4)
        let catalogue = try #require(loaded.workspace?.catalogue)
        #expect(catalogue.name == "base")
        #expect(catalogue.domains.map(\.id) == ["GOU", "REC"])
        #expect(catalogue.domain("GOU")?.weight == 2)
        #expect(catalogue.domain("REC")?.weight == 1.5, "1,5 reads as one and a half")
        #expect(catalogue.domain("GOU")?.description == "Pilotage et engagements")
        #expect(catalogue.criteria.map(\.id) == ["GOU-01", "GOU-02", "REC-01", "REC-02"])
        let gou01 = try #require(catalogue.criterion("GOU-01"))
        #expect(gou01.critical)
        #expect(gou01.scale == .ternary)
        #expect(gou01.legalBasis == "Cst. art. 8 al. 2")
        #expect(gou01.question == "Une charte de non-discrimination est-elle adoptée ?")
        #expect(catalogue.criterion("GOU-02")?.scale == .binary)
        #expect(catalogue.criterion("GOU-02")?.critical == false)
        #expect(catalogue.criterion("REC-01")?.weight == 1.5)
        #expect(catalogue.criterion("REC-01")?.scale == .level)
        let rec02 = try #require(catalogue.criterion("REC-02"))
        #expect(rec02.weight == 1, "an empty weight is 1")
        #expect(rec02.scale == .ternary, "an empty scale is ternary")
        #expect(rec02.critical == false, "an empty critical is no")
        #expect(rec02.requiresEvidence)
        #expect(catalogue.levels == Level.defaults)
    }

    @Test("every row-level error of domains.csv, criteria.csv and levels.csv, at its cell")
    func everyCatalogueError() {
        let loaded = Fixture.load("catalogue-errors")
        #expect(loaded.findings == [
            "checklists/base/criteria.csv:3:2 error unknown-domain",
            "checklists/base/criteria.csv:3:4 error bad-weight",
            "checklists/base/criteria.csv:4:4 error bad-weight",
            "checklists/base/criteria.csv:4:5 error bad-boolean",
            "checklists/base/criteria.csv:5:4 error bad-weight",
            "checklists/base/criteria.csv:5:6 error unknown-scale",
            "checklists/base/criteria.csv:5:8 error bad-year",
            "checklists/base/criteria.csv:6:1 error duplicate-criterion",
            "checklists/base/criteria.csv:7:10 error unknown-replaces",
            "checklists/base/criteria.csv:8:10 error replaces-cycle",
            "checklists/base/criteria.csv:10:9 error inverted-years",
            "checklists/base/criteria.csv:11:2 error missing-domain",
            "checklists/base/criteria.csv:12:1 error missing-id",
            "checklists/base/criteria.csv:13:1 error bad-id",
            "checklists/base/criteria.csv:14:10 error unknown-replaces",
            "checklists/base/domains.csv:3:4 error bad-weight",
            "checklists/base/domains.csv:4:1 error duplicate-domain",
            "checklists/base/domains.csv:5:1 error bad-id",
            "checklists/base/domains.csv:6:4 error bad-weight",
            "checklists/base/levels.csv:3:3 error bad-min-score",
            "checklists/base/levels.csv:4:3 error duplicate-level",
        ])
    }

    @Test("the messages of catalogue errors say what is wrong and how to put it right")
    func catalogueMessages() throws {
        let loaded = Fixture.load("catalogue-errors")
        let criteria = "checklists/base/criteria.csv"
        let domains = "checklists/base/domains.csv"
        loaded.expect("unknown-domain", at: "\(criteria):3:2", column: "domain", "unknown domain 'GOV'", "domains.csv", "did you mean 'GOU'?")
        loaded.expect("bad-weight", at: "\(criteria):3:4", column: "weight", "'0' is not a positive number", "1,5 also works")
        loaded.expect("bad-weight", at: "\(criteria):4:4", column: "weight", "'-1' is not a positive number")
        loaded.expect("bad-weight", at: "\(criteria):5:4", column: "weight", "'abc' is not a positive number")
        loaded.expect("bad-weight", at: "\(domains):3:4", column: "weight", "'abc'")
        loaded.expect("bad-weight", at: "\(domains):6:4", column: "weight", "'0'")
        loaded.expect("bad-boolean", at: "\(criteria):4:5", column: "critical", "'peut-être' is neither yes nor no", "oui or non")
        loaded.expect("unknown-scale", at: "\(criteria):5:6", column: "scale", "unknown scale 'trinary'", "ternary", "binary", "level")
        loaded.expect("bad-year", at: "\(criteria):5:8", column: "since", "'20x5' is not a year", "2025")
        loaded.expect("inverted-years", at: "\(criteria):10:9", column: "until", "2024", "2026")
        loaded.expect("missing-domain", at: "\(criteria):11:2", column: "domain", "'REC-07' has no domain")
        loaded.expect("missing-id", at: "\(criteria):12:1", column: "criterion", "the criterion id is empty")
        loaded.expect("bad-id", at: "\(criteria):13:1", column: "criterion", "'REC/08' is not a valid criterion id", "letters, digits")
        loaded.expect("bad-id", at: "\(domains):5:1", column: "domain", "'A B' is not a valid domain id")
        loaded.expect("unknown-replaces", at: "\(criteria):7:10", column: "replaces", "unknown criterion 'GOU-1'", "did you mean 'GOU-01'?")
        loaded.expect("unknown-replaces", at: "\(criteria):14:10", column: "replaces", "'REC-09' cannot replace itself")
        loaded.expect("replaces-cycle", at: "\(criteria):8:10", column: "replaces", "REC-04 → REC-05 → REC-04")
        loaded.expect("bad-min-score", at: "checklists/base/levels.csv:3:3", column: "min_score", "'cent'", "between 0 and 100")
        loaded.expect("duplicate-level", at: "checklists/base/levels.csv:4:3", column: "min_score", "85", "levels.csv:2:3")

        // A duplicate names both places: where it is (the location) and where the first one is.
        let criterion = try #require(loaded.diagnostic("duplicate-criterion", at: "\(criteria):6:1"))
        #expect(criterion.message.contains("'GOU-01' is defined twice; the first is at \(criteria):2:1"))
        #expect(criterion.related?.description == "\(criteria):2:1")
        let domain = try #require(loaded.diagnostic("duplicate-domain", at: "\(domains):4:1"))
        #expect(domain.message.contains("'GOU' is defined twice; the first is at \(domains):2:1"))
        #expect(domain.related?.description == "\(domains):2:1")
    }

    @Test("a catalogue with errors is still read as far as it goes")
    func catalogueWithErrorsIsReadAsFarAsItGoes() throws {
        let catalogue = try #require(Fixture.load("catalogue-errors").workspace?.catalogue)
        #expect(catalogue.domains.map(\.id) == ["GOU", "REC", "FOR"], "the duplicate and the bad id are left out")
        #expect(catalogue.criterion("GOU-01")?.weight == 1.5, "1,5 reads as 1.5")
        #expect(catalogue.criterion("GOU-01")?.title == "Charte", "the duplicate does not replace the first")
        #expect(catalogue.criterion("REC-02")?.weight == 1, "a bad weight falls back to 1")
        #expect(catalogue.criterion("REC/08") == nil)
        #expect(catalogue.levels.map(\.label) == ["Haut", "Bas"])
    }

    @Test("a column named twice, and required columns missing, are errors on the header line")
    func headerErrors() {
        let loaded = Fixture.load("header-errors")
        #expect(loaded.findings == [
            "audits/2025/a.csv:1:1 error missing-column",
            "checklists/base/criteria.csv:1:1 error missing-column",
            "checklists/base/domains.csv:1:4 error duplicate-column",
        ])
        loaded.expect("duplicate-column", at: "checklists/base/domains.csv:1:4", column: "TITLE",
                      "the column 'TITLE' appears twice (first in column 2)")
        loaded.expect("missing-column", at: "checklists/base/criteria.csv:1:1",
                      "the required column 'domain' is missing", "'criterion', 'title', 'weight'")
        loaded.expect("missing-column", at: "audits/2025/a.csv:1:1", "the required column 'answer' is missing", "'reponse'")
    }

    @Test("a catalogue without criteria.csv cannot be used")
    func missingFile() {
        let loaded = Fixture.load("missing-file")
        #expect(loaded.findings == ["checklists/base/criteria.csv:1:1 error missing-file"])
        loaded.expect("missing-file", at: "checklists/base/criteria.csv:1:1", "missing")
        #expect(loaded.workspace == nil)
    }

    @Test("an empty criteria.csv is an error, not just a warning")
    func emptyCatalogueFile() {
        let loaded = Fixture.load("empty-catalogue")
        #expect(loaded.findings == ["checklists/base/criteria.csv:1:1 error empty-catalogue-file"])
        loaded.expect("empty-catalogue-file", at: "checklists/base/criteria.csv:1:1", "empty")
        #expect(loaded.workspace == nil)
        #expect(loaded.raw.diagnostics.hasErrors, "a workspace that cannot be read must say so with an error")
    }

    @Test("several catalogues: choose one with --catalogue")
    func severalCatalogues() throws {
        let loaded = Fixture.load("several-catalogues")
        #expect(loaded.findings == ["checklists:1:1 error several-catalogues"])
        loaded.expect("several-catalogues", at: "checklists:1:1", "several catalogues (alpha, beta)", "--catalogue")
        #expect(loaded.workspace == nil)

        let chosen = Fixture.load("several-catalogues", catalogue: "beta")
        #expect(!chosen.raw.diagnostics.hasErrors)
        #expect(chosen.workspace?.catalogue.name == "beta")

        let unknown = Fixture.load("several-catalogues", catalogue: "gamma")
        #expect(unknown.findings == ["checklists:1:1 error unknown-catalogue"])
        unknown.expect("unknown-catalogue", at: "checklists:1:1", "no catalogue 'gamma'", "alpha, beta")
    }

    @Test("no catalogue at all")
    func noCatalogue() {
        let loaded = Fixture.load("no-catalogue")
        #expect(loaded.findings == ["checklists:1:1 error no-catalogue"])
        loaded.expect("no-catalogue", at: "checklists:1:1", "checklists/<name>/domains.csv", "vigie init")
    }

    @Test("a path that is not a folder")
    func noWorkspace() {
        let raw = WorkspaceLoader.load(at: Fixture.path("does-not-exist"))
        #expect(raw.diagnostics.map(\.code) == ["no-workspace"])
        #expect(raw.workspace == nil)
    }
}
