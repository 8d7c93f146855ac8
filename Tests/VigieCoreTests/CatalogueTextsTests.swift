import Testing
@testable import VigieCore

/// The catalogue's texts in other languages: `title_de`, `question_it`, `label_en`… columns.
@Suite("Catalogue texts in several languages")
struct CatalogueTextsTests {
    /// A table as a CSV file would give it: header on line 1, records from line 2.
    static func table(_ file: String, _ header: String, _ rows: String...) -> SourceTable {
        SourceTable(file: file, headerLine: 1, header: header.components(separatedBy: ";"),
                    records: rows.enumerated().map { .init(line: $0.offset + 2, fields: $0.element.components(separatedBy: ";")) })
    }

    static func load(domains: SourceTable? = nil, criteria: SourceTable? = nil, levels: SourceTable? = nil)
        -> (catalogue: Catalogue, diagnostics: [Diagnostic])
    {
        CatalogueLoader.load(
            name: "base",
            domains: domains ?? table("domains.csv", "domain;title;Title_DE;DESCRIPTION_de", "GOU;Gouvernance;Gouvernanz;Steuerung", "REC;Recrutement;;"),
            criteria: criteria ?? table("criteria.csv", "criterion;domain;title;question;guidance;title_de;Question_It;guidance_en",
                                        "GOU-01;GOU;Charte;Une charte ?;Adoptée;Charta;Una carta?;Adopted",
                                        "REC-01;REC;Jury;Un jury ?;;;;"),
            levels: levels)
    }

    @Test("the columns are read in any case; each page language takes its column, else the base column")
    func localizedTexts() throws {
        let (catalogue, diagnostics) = Self.load()
        #expect(diagnostics.isEmpty)
        let german = catalogue.localized(to: .de)
        #expect(german.domain("GOU")?.title == "Gouvernanz")
        #expect(german.domain("GOU")?.description == "Steuerung")
        #expect(german.domain("REC")?.title == "Recrutement", "an empty title_de falls back to the base title")
        #expect(german.criterion("GOU-01")?.title == "Charta")
        #expect(german.criterion("GOU-01")?.question == "Une charte ?", "no question_de: the base question")
        #expect(german.criterion("REC-01")?.title == "Jury")
        let italian = catalogue.localized(to: .it)
        #expect(italian.criterion("GOU-01")?.question == "Una carta?")
        #expect(italian.criterion("GOU-01")?.title == "Charte")
        #expect(catalogue.localized(to: .en).criterion("GOU-01")?.guidance == "Adopted")
        #expect(catalogue.localized(to: .fr).criterion("GOU-01")?.title == "Charte", "no title_fr: the base column")
        // Ids, weights and scales are not texts: unchanged.
        #expect(german.criteria.map(\.id) == catalogue.criteria.map(\.id))
        #expect(german.criteria.map(\.weight) == catalogue.criteria.map(\.weight))
    }

    @Test("a translation is part of the fingerprint, and showing a language keeps it")
    func fingerprint() {
        let (catalogue, _) = Self.load()
        let (other, _) = Self.load(domains: Self.table("domains.csv", "domain;title;title_de;description_de",
                                                       "GOU;Gouvernance;Führung;Steuerung", "REC;Recrutement;;"))
        let (none, _) = Self.load(domains: Self.table("domains.csv", "domain;title", "GOU;Gouvernance", "REC;Recrutement"))
        #expect(catalogue.fingerprint != other.fingerprint, "another German title, another fingerprint")
        #expect(catalogue.fingerprint != none.fingerprint)
        for language in Language.allCases {
            #expect(catalogue.localized(to: language).fingerprint == catalogue.fingerprint)
        }
        let plain = Catalogue(name: "x", domains: [Domain(id: "D", title: "D")], criteria: [Criterion(id: "C", domain: "D")], levels: [
            Level(id: "bon", label: "Bon", minScore: 50), Level(id: "faible", label: "Faible", minScore: 0),
        ])
        var translated = plain.levels
        translated[0].texts[.label, .de] = "Gut"
        #expect(Catalogue(name: "x", domains: plain.domains, criteria: plain.criteria, levels: translated).fingerprint != plain.fingerprint)
    }

    @Test("level labels come from label_<language>; a level without one keeps its label")
    func levelLabels() {
        let levels = Self.table("levels.csv", "level;label;min_score;LABEL_DE;label_it", "bon;Bon;50;Gut;Buono", "faible;Faible;0;;")
        let (catalogue, diagnostics) = Self.load(levels: levels)
        #expect(diagnostics.isEmpty)
        #expect(catalogue.localized(to: .de).levels.map(\.label) == ["Gut", "Faible"])
        #expect(catalogue.localized(to: .it).levels.map(\.label) == ["Buono", "Faible"])
        #expect(catalogue.localized(to: .en).levels.map(\.label) == ["Bon", "Faible"])
        #expect(catalogue.localized(to: .de).level(for: 62)?.label == "Gut")
    }

    @Test("the built-in levels are labelled in the four languages")
    func defaultLevels() {
        let catalogue = Catalogue(name: "x", domains: [], criteria: [])
        #expect(catalogue.localized(to: .fr).levels.map(\.label) == ["Exemplaire", "Établi", "En progrès", "Initial", "Insuffisant"])
        #expect(catalogue.localized(to: .de).levels.map(\.label) == ["Vorbildlich", "Etabliert", "Im Aufbau", "In den Anfängen", "Ungenügend"])
        #expect(catalogue.localized(to: .it).levels.map(\.label) == ["Esemplare", "Consolidato", "In corso", "Iniziale", "Insufficiente"])
        #expect(catalogue.localized(to: .en).levels.map(\.label) == ["Exemplary", "Established", "In progress", "Initial", "Insufficient"])
    }

    @Test("a text column with a suffix that is not fr, de, it or en is a warning at its header cell, in every table")
    func unknownSuffix() throws {
        let (catalogue, diagnostics) = Self.load(
            domains: Self.table("domains.csv", "domain;title;title_es;description_xx", "GOU;Gouvernance;Gobernanza;", "REC;Recrutement;;"),
            criteria: Self.table("criteria.csv", "criterion;domain;title;Question_DEU;weight", "GOU-01;GOU;Charte;Eine Charta?;1"),
            levels: Self.table("levels.csv", "label;min_score;label_rm", "Bon;0;Bun"))
        #expect(diagnostics.map { "\($0.location) \($0.severity.rawValue) \($0.code)" } == [
            "domains.csv:1:3 warning unknown-text-language",
            "domains.csv:1:4 warning unknown-text-language",
            "criteria.csv:1:4 warning unknown-text-language",
            "levels.csv:1:3 warning unknown-text-language",
        ])
        let question = try #require(diagnostics.first { $0.location.file == "criteria.csv" })
        #expect(question.finding == .unknownTextLanguage(column: "Question_DEU", field: "question", suffix: "deu"))
        #expect(question.finding.text(in: .en).contains("question_de, question_it"))
        #expect(catalogue.localized(to: .de).criterion("GOU-01")?.question == "", "the ignored column is not a German question")
        #expect(question.location.row == 1 && question.location.columnName == "Question_DEU", "the spreadsheet cell D1")
    }
}
