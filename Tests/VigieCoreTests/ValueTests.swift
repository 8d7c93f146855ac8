import Testing
@testable import VigieCore

/// The small readers: answer words, numbers, booleans, dates, suggestions, fingerprints.
struct ValueTests {
    @Test(arguments: [
        ("oui", AnswerValue.met), ("Met", .met), ("YES", .met), ("atteint", .met), ("Rempli", .met), ("ja", .met), ("Erfüllt", .met),
        ("partiel", .partial), ("Partial", .partial), ("partiellement", .partial), (" Partiellement  Atteint ", .partial), ("teilweise", .partial),
        ("non", .notMet), ("No", .notMet), ("not met", .notMet), ("NOT_MET", .notMet), ("non atteint", .notMet), ("nein", .notMet), ("nicht erfüllt", .notMet),
        ("na", .notApplicable), ("N/A", .notApplicable), ("sans objet", .notApplicable), ("s.o.", .notApplicable), ("entfällt", .notApplicable), ("nicht anwendbar", .notApplicable),
        ("", .unanswered), ("?", .unanswered), ("unknown", .unanswered), ("Inconnu", .unanswered),
        ("0", .level(0)), ("3", .level(3)), ("4", .level(4)),
    ])
    func vocabulary(word: String, value: AnswerValue) {
        #expect(AnswerVocabulary.value(of: word) == value)
    }

    @Test(arguments: ["5", "peut-être", "ouii", "1.5", "-1", "n.a"])
    func wordsOutsideTheVocabulary(word: String) {
        #expect(AnswerVocabulary.value(of: word) == nil)
    }

    @Test func scalesAreStrict() {
        #expect(AnswerValue.level(2).isAllowed(on: .level))
        #expect(!AnswerValue.level(2).isAllowed(on: .ternary))
        #expect(!AnswerValue.met.isAllowed(on: .level))
        #expect(!AnswerValue.partial.isAllowed(on: .binary))
        #expect(AnswerValue.partial.isAllowed(on: .ternary))
        #expect(AnswerValue.notApplicable.isAllowed(on: .level) && AnswerValue.unanswered.isAllowed(on: .binary))
    }

    @Test func numbersAcceptBothDecimalSeparators() {
        #expect(ValueParsing.number("1.5") == 1.5)
        #expect(ValueParsing.number("1,5") == 1.5)
        #expect(ValueParsing.number("2") == 2)
        #expect(ValueParsing.number("abc") == nil)
        #expect(ValueParsing.number("") == nil)
        #expect(ValueParsing.number("1e3") == nil)
    }

    @Test func booleans() {
        for yes in ["oui", "YES", "Ja", "1", "true"] { #expect(ValueParsing.boolean(yes) == true) }
        for no in ["non", "no", "NEIN", "0", "false", ""] { #expect(ValueParsing.boolean(no) == false) }
        #expect(ValueParsing.boolean("peut-être") == nil)
    }

    @Test func dates() {
        #expect(ValueParsing.isoDate("03.02.2025") == "2025-02-03")
        #expect(ValueParsing.isoDate("3.2.2025") == "2025-02-03")
        #expect(ValueParsing.isoDate("2025-02-03") == "2025-02-03")
        #expect(ValueParsing.isoDate("29.02.2024") == "2024-02-29")
        #expect(ValueParsing.isoDate("29.02.2025") == nil)
        #expect(ValueParsing.isoDate("31.04.2025") == nil)
        #expect(ValueParsing.isoDate("2025/02/03") == nil)
        #expect(ValueParsing.isoDate("03.02.25") == nil)
    }

    /// `yyyy-mm-dd` read at fixed places gives what the general reading gives, on every shape around it: each of the
    /// ten places a digit, a separator or another byte, and real, unreal and out-of-range days.
    @Test func fixedPlacesDateEqualsGeneralReading() {
        var cells = ["2025-02-03", "2024-02-29", "2025-02-29", "1900-01-01", "1899-12-31", "2999-12-31", "3000-01-01",
                     "2025-00-10", "2025-13-01", "2025-04-31", "2025-04-00", "0000-00-00", "9999-99-99", "2025-1-003"]
        for place in 0..<10 {
            for byte: UInt8 in [0x2D, 0x2E, 0x2F, 0x3A, 0x20, 0x41, 0x30, 0x39] {
                var bytes = Array("2025-06-24".utf8)
                bytes[place] = byte
                cells.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        for cell in cells {
            let fixed = ValueParsing.isoDateParts(cell.utf8.span), general = ValueParsing.generalDateParts(cell.utf8.span)
            #expect(fixed.map { [$0.year, $0.month, $0.day] } == general.map { [$0.year, $0.month, $0.day] }, "\(cell)")
        }
        #expect(ValueParsing.isoDateParts("2025-06-24".utf8.span).map { [$0.year, $0.month, $0.day] } == [2025, 6, 24])
    }

    @Test func suggestions() {
        #expect(Suggestion.closest(to: "gou-01", among: ["GOU-01", "GOU-02"]) == "GOU-01")
        #expect(Suggestion.closest(to: "REC-1", among: ["GOU-01", "REC-01"]) == "REC-01")
        #expect(Suggestion.closest(to: "XYZ-99", among: ["GOU-01", "REC-01"]) == nil)
    }

    @Test func sha256KnownVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256.hex(Array(long.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func theFingerprintFollowsContentNotOrderOfNothing() {
        let a = Catalogue(name: "x", domains: [Domain(id: "D", title: "D")], criteria: [Criterion(id: "C", domain: "D", weight: 1.5)])
        let same = Catalogue(name: "other name", domains: [Domain(id: "D", title: "D")], criteria: [Criterion(id: "C", domain: "D", weight: 1.5)])
        let heavier = Catalogue(name: "x", domains: [Domain(id: "D", title: "D")], criteria: [Criterion(id: "C", domain: "D", weight: 2)])
        #expect(a.fingerprint == same.fingerprint)
        #expect(a.fingerprint != heavier.fingerprint)
        #expect(a.fingerprint.count == 64)
    }

    @Test func numberText() {
        #expect(NumberText.canonical(62.5) == "62.5")
        #expect(NumberText.canonical(200.0 / 3) == "66.666667")
        #expect(NumberText.canonical(100) == "100")
        #expect(NumberText.canonical(-50.0 / 3) == "-16.666667")
        #expect(NumberText.canonical(0.0000001) == "0")
        // Zeros inside the fraction and the whole part stay; trailing ones go.
        #expect(NumberText.canonical(0.05) == "0.05")
        #expect(NumberText.canonical(0.000001) == "0.000001")
        #expect(NumberText.canonical(10) == "10")
        #expect(NumberText.canonical(1_000_000.5) == "1000000.5")
        #expect(NumberText.canonical(-0.25) == "-0.25")
        var bytes: [UInt8] = Array("x=".utf8)
        NumberText.appendCanonical(2.5, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "x=2.5")
        #expect(NumberText.fixed(66.66, decimals: 1) == "66.7")
        #expect(NumberText.fixed(-0.04, decimals: 1) == "0.0")
        #expect(NumberText.fixed(5, decimals: 2) == "5.00")
    }
}
