import Testing
@testable import VigieCore

/// The answers' texts are kept packed (one buffer of bytes, six ends and a place per answer): every text and place
/// reads back as it was written.
@Suite("packed answer texts")
struct PackedTextsTests {
    static func texts(_ word: String, evidence: String = "", comment: String = "", assessor: String = "", date: String = "",
                      isoDate: String? = nil, _ location: Location) -> AnswerStore.Texts {
        AnswerStore.Texts(word: word, evidence: evidence, comment: comment, assessor: assessor, date: date, isoDate: isoDate,
                          location: location)
    }

    @Test("texts of every length and script, empty ones, a missing and an empty ISO date, places of two sheets in turn")
    func roundTrip() {
        let csv = Location(file: "audits/2026/SPOP.csv", line: 7, column: 3, columnName: "réponse", row: 6)
        let workbook = Location(file: "audits/2026/OVJ.xlsx", line: 12, column: 2, row: 12, sheet: "Feuille 1")
        let written: [AnswerStore.Texts] = [
            Self.texts("oui", evidence: "https://www.jura.ch/" + String(repeating: "chemin/", count: 40),
                       comment: "Ligne 1\nLigne 2 « citée » — ça va", assessor: "Zoé Müller", date: "15.03.2026",
                       isoDate: "2026-03-15", csv),
            Self.texts("", workbook),
            Self.texts("teilweise", comment: "Übersetzung fehlt 🙂", date: "bientôt", isoDate: nil, csv),
            Self.texts("non", date: "", isoDate: "", workbook),
            Self.texts("sì", evidence: String(repeating: "é", count: 20_000), csv),
        ]
        var packed = PackedTexts()
        for texts in written { packed.append(texts) }
        #expect(packed.count == written.count)
        for (index, texts) in written.enumerated() {
            #expect(packed[index] == texts, "answer \(index)")
        }
        // nil and "" stay apart.
        #expect(packed[2].isoDate == nil)
        #expect(packed[3].isoDate == "")
    }
}
