import Testing
@testable import VigieCore

/// Answer-sheet headers in any of the four languages, in any case, mixed.
@Suite("Answer-sheet headers in four languages")
struct SheetHeaderTests {
    static let catalogue = Catalogue(name: "x", domains: [Domain(id: "D", title: "D")],
                                     criteria: [Criterion(id: "C1", domain: "D"), Criterion(id: "C2", domain: "D")])

    static func load(_ header: String, _ rows: String...) -> (answers: AnswerStore, diagnostics: [Diagnostic]) {
        let table = SourceTable(file: "a.csv", headerLine: 1, header: header.components(separatedBy: ";"),
                                records: rows.enumerated().map { .init(line: $0.offset + 2, fields: $0.element.components(separatedBy: ";")) })
        let loaded = AnswersLoader.load([.init(year: 2025, table: table)], catalogue: catalogue, units: nil)
        return (loaded.answers, loaded.diagnostics)
    }

    @Test("each language's header names read the sheet, in any case", arguments: Language.allCases)
    func eachLanguage(_ language: Language) throws {
        let names = [SheetColumn.year, .unit, .criterion, .answer, .comment].map { $0.name(in: language).uppercased() }
        let (answers, diagnostics) = Self.load(names.joined(separator: ";"), "2025;SPOP;C1;oui;", "2025;SPOP;C2;non;Pas encore")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(answers.all.map(\.criterion) == ["C1", "C2"])
        #expect(answers.all.map(\.value) == [.met, .notMet])
        #expect(answers.all.last?.comment == "Pas encore")
    }

    @Test("a sheet mixing French and English header names validates, and its cells keep their places")
    func mixed() throws {
        let (answers, diagnostics) = Self.load("Année;unit;Critère;answer;Justificatif;comment;ÉVALUATEUR;date",
                                               "2025;SPOP;C1;oui;Charte.pdf;;A. Martin;15.03.2025", "2025;SPOP;C2;non;;;A. Martin;15.03.2025")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(answers.all.first?.evidence == "Charte.pdf")
        #expect(answers.all.first?.assessor == "A. Martin")
        // An error in a cell names the column as written and its spreadsheet place.
        let (_, wrong) = Self.load("unité;critère;Réponse", "SPOP;C1;peut-être")
        let unknown = wrong.filter { $0.code == "unknown-answer" }
        #expect(unknown.map { "\($0.location) \($0.location.row) \($0.location.columnLetter ?? "")" } == ["a.csv:2:3 2 C"])
        #expect(unknown.first?.location.columnName == "Réponse")
    }

    @Test("one column named twice in two languages is an error at the second name; a missing one is named in the message's language")
    func duplicatesAndMissing() throws {
        let (_, twice) = Self.load("unit;criterion;answer;Réponse", "SPOP;C1;oui;non")
        #expect(twice.map { "\($0.location) \($0.severity.rawValue) \($0.code)" } == ["a.csv:1:4 error duplicate-column"])
        let (_, missing) = Self.load("unité;critère;commentaire", "SPOP;C1;")
        #expect(missing.map(\.code) == ["missing-column"])
        let message = try #require(missing.first?.finding)
        #expect(message.text(in: .fr).contains("«\u{A0}réponse\u{A0}»"))
        #expect(message.text(in: .de).contains("«antwort»"))
        #expect(message.text(in: .it).contains("«risposta»"))
        #expect(message.text(in: .en).contains("'answer'"))
    }

    @Test("no name stands for two columns, across the four languages")
    func namesAreUnambiguous() {
        var seen: [String: SheetColumn] = [:]
        for column in SheetColumn.allCases {
            for language in Language.allCases {
                let name = column.name(in: language).lowercased()
                #expect(seen[name] == nil || seen[name] == column, "\(name)")
                seen[name] = column
                #expect(SheetColumn.named(name.uppercased()) == column)
            }
        }
        #expect(!seen.keys.contains { $0.contains("ß") }, "Swiss German writes ss")
    }
}
