import Testing
import VigieCore
import VigieWorkspace

@Suite("Answer vocabulary")
struct VocabularyTests {
    /// `Fixtures/vocabulary/audits/2025/words.csv`: one unit per word; its `expected` column (unknown to Vigie,
    /// so ignored by it) holds the value the word must have.
    @Test("every word of PRODUCT.md, in every language, with case, accents and spaces varied")
    func everyWordInASheet() throws {
        let loaded = Fixture.load("vocabulary")
        #expect(!loaded.raw.diagnostics.hasErrors, "\(loaded.diagnostics.filter { $0.severity == .error }.map(\.description))")
        let sheet = try #require(CSVFile.read(path: Fixture.path("vocabulary") + "/audits/2025/words.csv", displayPath: "words.csv").table)
        let answers = loaded.answers
        #expect(sheet.records.count == 60)
        #expect(answers.count == sheet.records.count)
        for record in sheet.records {
            let key = sheet.text(record, "unit") + "/" + sheet.text(record, "criterion")
            let word = sheet.fields(record)[2]
            let answer = answers[key]
            #expect(answer?.value.code == sheet.text(record, "expected"), "\(key): '\(word)'")
        }
    }

    @Test("words", arguments: [
        ("met", AnswerValue.met), ("yes", .met), ("oui", .met), ("atteint", .met), ("rempli", .met), ("ja", .met),
        ("erfüllt", .met), ("Erfüllt", .met), ("ERFÜLLT", .met), ("erfullt", .met), (" OUI ", .met), ("Oui\u{00A0}", .met),
        ("partial", .partial), ("partiel", .partial), ("partiellement", .partial), ("partiellement atteint", .partial),
        ("teilweise", .partial), (" Partiellement  Atteint ", .partial), ("partiellement_atteint", .partial),
        ("not met", .notMet), ("not_met", .notMet), ("NOT_MET", .notMet), ("no", .notMet), ("non", .notMet),
        ("non atteint", .notMet), ("Non Atteint", .notMet), ("nein", .notMet), ("nicht erfüllt", .notMet), ("Nicht Erfüllt", .notMet),
        ("na", .notApplicable), ("NA", .notApplicable), ("n/a", .notApplicable), ("N/A", .notApplicable),
        ("sans objet", .notApplicable), ("Sans Objet", .notApplicable), ("s.o.", .notApplicable), ("S.O.", .notApplicable),
        ("entfällt", .notApplicable), ("Entfällt", .notApplicable), ("nicht anwendbar", .notApplicable),
        ("", .unanswered), ("  ", .unanswered), ("?", .unanswered), ("unknown", .unanswered), ("inconnu", .unanswered),
        ("Inconnu", .unanswered),
        ("0", .level(0)), ("1", .level(1)), ("2", .level(2)), ("3", .level(3)), ("4", .level(4)), (" 4 ", .level(4)),
    ])
    func word(_ word: String, _ value: AnswerValue) {
        #expect(AnswerVocabulary.value(of: word) == value)
    }

    @Test("words outside the vocabulary", arguments: [
        "peut-être", "bof", "5", "-1", "1.5", "oui non", "ouii", "metx", "s.o", "n.a.", "x",
    ])
    func notAWord(_ word: String) {
        #expect(AnswerVocabulary.value(of: word) == nil)
    }

    @Test("scales are strict")
    func scales() {
        #expect(AnswerValue.level(3).isAllowed(on: .ternary) == false)
        #expect(AnswerValue.level(3).isAllowed(on: .binary) == false)
        #expect(AnswerValue.partial.isAllowed(on: .binary) == false)
        #expect(AnswerValue.met.isAllowed(on: .level) == false)
        #expect(AnswerValue.notMet.isAllowed(on: .level) == false)
        for scale in Scale.allCases {
            #expect(AnswerValue.notApplicable.isAllowed(on: scale))
            #expect(AnswerValue.unanswered.isAllowed(on: scale))
        }
        #expect(AnswerValue.partial.isAllowed(on: .ternary))
        #expect(AnswerValue.level(0).isAllowed(on: .level))
    }
}

@Suite("Small values")
struct ValueParsingTests {
    @Test("weights: 1.5 and 1,5 both read as one and a half")
    func numbers() {
        #expect(ValueParsing.number("1,5") == 1.5)
        #expect(ValueParsing.number("1.5") == 1.5)
        #expect(ValueParsing.number("2") == 2)
        #expect(ValueParsing.number("abc") == nil)
        #expect(ValueParsing.number("") == nil)
        #expect(ValueParsing.number("1 000") == nil)
        #expect(ValueParsing.number("1e3") == nil)
    }

    @Test("booleans", arguments: [
        ("yes", true), ("Yes", true), ("oui", true), ("OUI", true), ("ja", true), ("1", true), ("true", true), ("TRUE", true),
        ("no", false), ("non", false), ("Non", false), ("nein", false), ("0", false), ("false", false), ("", false),
    ])
    func booleans(_ text: String, _ value: Bool) {
        #expect(ValueParsing.boolean(text) == value)
    }

    @Test("not booleans", arguments: ["peut-être", "2", "si", "oui non"])
    func notBooleans(_ text: String) {
        #expect(ValueParsing.boolean(text) == nil)
    }

    @Test("years")
    func years() {
        #expect(ValueParsing.year("2025") == 2025)
        #expect(ValueParsing.year("25") == nil)
        #expect(ValueParsing.year("20x5") == nil)
        #expect(ValueParsing.year("2025.0") == nil)
        #expect(ValueParsing.year("０２０２") == nil)
    }

    @Test("ids and lists")
    func ids() {
        #expect(ValueParsing.isValidID("REC-03"))
        #expect(ValueParsing.isValidID("gou_1.2"))
        #expect(!ValueParsing.isValidID("REC/08"))
        #expect(!ValueParsing.isValidID("A B"))
        #expect(!ValueParsing.isValidID(""))
        #expect(ValueParsing.idList(" REC-01 | REC-02 ||") == ["REC-01", "REC-02"])
    }

    @Test("did you mean")
    func suggestions() {
        let ids = ["GOU-01", "GOU-02", "REC-01"]
        #expect(Suggestion.closest(to: "gou-01", among: ids) == "GOU-01", "case only")
        #expect(Suggestion.closest(to: "GOU-1", among: ids) == "GOU-01")
        #expect(Suggestion.closest(to: "REC-10", among: ids) == "REC-01")
        #expect(Suggestion.closest(to: "XYZ-42", among: ids) == nil)
        #expect(Suggestion.closest(to: "DEPT", among: ["DEP", "SPOP"]) == "DEP")
    }
}
