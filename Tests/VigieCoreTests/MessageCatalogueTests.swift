import Testing
@testable import VigieCore

@Suite("The message catalogues")
struct MessageCatalogueTests {
    /// The phrases of every sample message, the nested ones too, with the parameters the Swift side passes.
    static let expected: [String: Set<String>] = {
        var expected: [String: Set<String>] = [:]
        func add(_ phrase: Phrase) {
            expected[phrase.key, default: []].formUnion(phrase.arguments.keys)
            for case let .phrase(inner) in phrase.arguments.values { add(inner) }
        }
        for message in MessageSamples.messages { add(message.phrase) }
        return expected
    }()

    /// The `cli.` and `sheet.` keys (the command line, the workbook's words), from the English table (the test below checks the other tables have the same).
    static let wordingKeys = MessageCatalogue.of(.en).keys.filter { $0.hasPrefix("cli.") || $0.hasPrefix("sheet.") }
    static let documentationKeys = DiagnosticKind.allCases.flatMap { ["meaning." + $0.code, "fix." + $0.code] }

    @Test("each table reads without a problem", arguments: Language.allCases)
    func tablesReadCleanly(_ language: Language) {
        #expect(MessageCatalogue.of(language).problems == [])
    }

    @Test func theSamplesRaiseEveryKind() {
        #expect(Set(MessageSamples.messages.map(\.kind.code)) == Set(DiagnosticKind.allCases.map(\.code)))
    }

    @Test("every message of the kinds and of the command line is in each table, and nothing else", arguments: Language.allCases)
    func everyKeyInEveryTable(_ language: Language) {
        let keys = MessageCatalogue.of(language).keys
        let messages = Set(Self.expected.keys).union(Self.wordingKeys)
        #expect(messages.subtracting(keys).sorted() == [])
        let documented = language == .en || language == .fr ? Set(Self.documentationKeys) : []
        #expect(keys.subtracting(messages).subtracting(documented).sorted() == [])
        if language == .fr { #expect(Set(Self.documentationKeys).subtracting(keys).sorted() == []) }
    }

    @Test("each message names exactly the parameters the Swift side passes", arguments: Language.allCases)
    func parametersMatch(_ language: Language) {
        #expect(MessageCatalogue.of(language).problems(expecting: Self.expected).map(\.description) == [])
        for key in Self.wordingKeys {
            #expect(MessageCatalogue.of(language).parameters(of: key) == MessageCatalogue.of(.en).parameters(of: key), "\(key)")
        }
    }

    @Test func aMalformedLineIsFoundWithItsLine() {
        let table = """
            # a comment
            fine = {count, plural, one {# row} other {# rows}}
            unclosed = the unit {unit
            unknown = the unit {unti} is unknown
            no-other = {count, plural, one {# row}}
            stray = a } alone
            no equals sign
            """
        let catalogue = MessageCatalogue(language: .en, table: table)
        let problems = catalogue.problems + catalogue.problems(expecting: ["unknown": ["unit"]])
        #expect(problems.map(\.line).sorted() == [3, 5, 6, 7, 4].sorted())
        #expect(problems.contains { $0.line == 3 && $0.reason.hasPrefix("unclosed brace") })
        #expect(problems.contains { $0.line == 4 && $0.reason == "unknown parameter {unti}" })
        #expect(problems.contains { $0.line == 5 && $0.reason == "{count, plural} has no 'other' branch" })
        #expect(catalogue.parameters(of: "fine") == ["count"])
    }

    @Test func aParameterTheMessageForgetsIsFound() {
        let catalogue = MessageCatalogue(language: .de, table: "x = nur {a}\n")
        #expect(catalogue.problems(expecting: ["x": ["a", "b"]]).map(\.description) == ["line 1 (x): the parameter {b} is not used"])
    }

    /// French takes the singular for 0 and 1 (« 0 autre ligne »), English, German and Italian for 1 only.
    @Test func pluralForms() {
        func rows(_ count: Int, _ language: Language) -> String { DiagnosticMessage.moreUnknownUnitRows(count: count, id: "X").text(in: language) }
        #expect(rows(0, .fr) == "… et 0 autre ligne de l'unité «\u{A0}X\u{A0}» (la même erreur)")
        #expect(rows(1, .fr) == "… et 1 autre ligne de l'unité «\u{A0}X\u{A0}» (la même erreur)")
        #expect(rows(2, .fr) == "… et 2 autres lignes de l'unité «\u{A0}X\u{A0}» (la même erreur)")
        #expect(rows(3000, .fr) == "… et 3\u{202F}000 autres lignes de l'unité «\u{A0}X\u{A0}» (la même erreur)")
        #expect(rows(0, .de) == "… und 0 weitere Zeilen der Einheit «X» (derselbe Fehler)")
        #expect(rows(1, .de) == "… und 1 weitere Zeile der Einheit «X» (derselbe Fehler)")
        #expect(rows(3000, .de) == "… und 3'000 weitere Zeilen der Einheit «X» (derselbe Fehler)")
        #expect(rows(0, .en) == "… and 0 more rows of unit 'X' (the same error)")
        #expect(rows(1, .en) == "… and 1 more row of unit 'X' (the same error)")
        #expect(rows(1, .it) == "… e un'altra riga dell'unità «X» (lo stesso errore)")
        #expect(rows(0, .it) == "… e altre 0 righe dell'unità «X» (lo stesso errore)")
        #expect(rows(2, .it) == "… e altre 2 righe dell'unità «X» (lo stesso errore)")
        #expect(Language.fr.wording.summary(errors: 0, warnings: 1, notes: 0, files: 2) == "0 erreur, 1 avertissement dans 2 fichiers")
        #expect(Language.en.wording.summary(errors: 0, warnings: 1, notes: 0, files: 2) == "0 errors, 1 warning in 2 files")
    }

    @Test func selectOnAnEnumeratedParameterAndOnAnAbsentOne() {
        #expect(DiagnosticMessage.missingID(.criterion).text(in: .fr) == "l'identifiant de critère est vide")
        #expect(DiagnosticMessage.missingID(.unit).text(in: .de) == "Die ID der Einheit ist leer")
        #expect(DiagnosticMessage.unknownDomain(id: "GOV", suggestion: nil).text(in: .en) == "unknown domain 'GOV': it is not in domains.csv")
        #expect(DiagnosticMessage.unknownDomain(id: "GOV", suggestion: "GOU").text(in: .en)
                    == "unknown domain 'GOV': it is not in domains.csv; did you mean 'GOU'?")
        // A suggestion spelt `none` is a value, not the absent branch.
        #expect(DiagnosticMessage.unknownDomain(id: "GOV", suggestion: "none").text(in: .en).hasSuffix("did you mean 'none'?"))
    }

    /// `a, b et c`: the words that join lists are each table's `@and` and `@or`.
    @Test(arguments: [(Language.fr, "a, b et c", "a ou b"), (.de, "a, b und c", "a oder b"), (.it, "a, b e c", "a o b"), (.en, "a, b and c", "a or b")])
    func listsJoinAsTheLanguageDoes(_ language: Language, _ and: String, _ or: String) {
        let real = MessageCatalogue.of(language)
        let table = "@and = \(real.and)\n@or = \(real.or)\nand = {items, list, and}\nor = {items, list, or}\n"
        let catalogue = MessageCatalogue(language: language, table: table)
        #expect(catalogue.text(Phrase("and", ["items": .list(["a", "b", "c"])])) == and)
        #expect(catalogue.text(Phrase("or", ["items": .list(["a", "b"])])) == or)
        #expect(catalogue.text(Phrase("and", ["items": .list(["a"])])) == "a")
    }

    @Test func aNestedMessageIsWrittenInTheSameLanguage() {
        let message = DiagnosticMessage.workbook(.malformed(part: "xl/sheet1.xml", line: 7))
        #expect(message.text(in: .de) == "Der Teil xl/sheet1.xml ist kein wohlgeformtes XML (bei seiner Zeile 7): Die Arbeitsmappe ist beschädigt; speichern Sie sie in Excel neu")
        #expect(message.text(in: .fr).hasPrefix("la partie xl/sheet1.xml n'est pas du XML bien formé"))
    }

    @Test func aKeyMissingFromATableIsWrittenInEnglish() {
        let catalogue = MessageCatalogue(language: .it, table: "@and = e\n")
        #expect(catalogue.text(DiagnosticMessage.missingUnit.phrase) == DiagnosticMessage.missingUnit.text(in: .en))
    }
}
