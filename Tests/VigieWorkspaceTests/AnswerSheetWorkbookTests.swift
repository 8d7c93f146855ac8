import Foundation
import Testing
import VigieCore
@testable import VigieWorkspace
import VigieXLSX

/// The answer sheet as a worksheet: what HR see and may change.
struct AnswerSheetWorkbookTests {
    static func sheet(year: Int = 2026, unit: String = "DEP", language: Language = .en) throws -> (Worksheet, Workspace) {
        let workspace = try #require(Fixture.load("valid").raw.workspace)
        return (AnswerSheetWorkbook.worksheet(workspace: workspace, year: year, unit: unit, language: language), workspace)
    }

    static func header(_ sheet: Worksheet) -> [String] {
        sheet.rows[0].map { cell -> String in if case .text(let text) = cell.value { text } else { "" } }
    }

    @Test("each answer cell has one dropdown: exactly its criterion's words, each read back as a value its scale accepts")
    func dropdowns() throws {
        let (sheet, workspace) = try Self.sheet()
        let header = sheet.rows[0].map { cell -> String in if case .text(let text) = cell.value { text } else { "" } }
        let answer = try #require(header.firstIndex(of: "answer")) + 1
        let criterion = try #require(header.firstIndex(of: "criterion"))
        let criteria = workspace.catalogue.criteria(applyingIn: 2026)
        #expect(sheet.rows.count == criteria.count + 1)
        #expect(Set(criteria.map(\.scale)).count == 3, "the fixture has a criterion of each scale")
        for (index, row) in sheet.rows.enumerated().dropFirst() {
            guard case .text(let id) = row[criterion].value, let scale = workspace.catalogue.criterion(id)?.scale else {
                Issue.record("row \(index + 1) names no criterion"); continue
            }
            let covering = sheet.validations.filter { $0.cells.contains(.init(row: index + 1, column: answer)) }
            #expect(covering.count == 1)
            #expect(covering.first?.words == AnswerVocabulary.choices(for: scale, in: .en), "the words of the sheet's language")
            for word in covering.first?.words ?? [] {
                let value = try #require(AnswerVocabulary.value(of: word), "\(word) is not in the vocabulary")
                #expect(value.isAllowed(on: scale) && value.isAnswered, "\(word) on \(scale)")
            }
            #expect(row[answer - 1].style == .input)
        }
    }

    @Test("only the answer area is unlocked; the header is frozen; the tab is named after the unit and year")
    func lockedAndUnlocked() throws {
        let (sheet, _) = try Self.sheet()
        let header = sheet.rows[0].map { cell -> String in if case .text(let text) = cell.value { text } else { "" } }
        let inputs = Set(["answer", "evidence", "comment", "assessor", "date"])
        for (index, name) in header.enumerated() {
            #expect((sheet.columns[index].style == .input) == inputs.contains(name), "\(name)")
            for row in sheet.rows.dropFirst() { #expect((row[index].style == .input) == inputs.contains(name), "\(name)") }
        }
        // The header names of the CSV template, so both read back alike, and the workbook's own beside them.
        #expect(Set(AnswerSheetTemplate.header(in: .en)).isSubset(of: header))
        #expect(sheet.frozenRows == 1 && sheet.isProtected)
        #expect(sheet.name == "DEP 2026")
    }

    @Test("marks: critical and evidence required, in the sheet's language")
    func marks() {
        let french = AnswerSheetWorkbook.Message(.fr)
        #expect(french.marks(Criterion(id: "A", domain: "D", critical: true, requiresEvidence: true)) == "critique · justificatif requis")
        #expect(french.marks(Criterion(id: "A", domain: "D", requiresEvidence: true)) == "justificatif requis")
        #expect(french.marks(Criterion(id: "A", domain: "D")) == "")
        #expect(AnswerSheetWorkbook.Message(.de).marks(Criterion(id: "A", domain: "D", critical: true, requiresEvidence: true))
                == "kritisch · Nachweis verlangt")
        #expect(AnswerSheetWorkbook.Message(.fr).prompt(["oui", "non"]) == "Réponses possibles\u{A0}: oui, non")
    }

    @Test("the header is written in the sheet's language and every name reads back as its column", arguments: Language.allCases)
    func headerInLanguage(_ language: Language) throws {
        let (sheet, _) = try Self.sheet(language: language)
        let header = Self.header(sheet)
        #expect(header == AnswerSheetWorkbook.columns.map { $0.column.name(in: language) })
        #expect(header.map(SheetColumn.named) == AnswerSheetWorkbook.columns.map(\.column))
        let german = try Self.header(Self.sheet(language: .de).0)
        #expect(german.prefix(3) == ["jahr", "einheit", "kriterium"] && german.contains("antwort"))
    }

    @Test("the CSV's answers_allowed sums up the same words")
    func allowedWords() {
        #expect(AnswerVocabulary.allowedWords(for: .ternary) == "oui / partiel / non / sans objet")
        #expect(AnswerVocabulary.allowedWords(for: .binary) == "oui / non / sans objet")
        #expect(AnswerVocabulary.allowedWords(for: .level) == "0 à 4 / sans objet")
        #expect(AnswerVocabulary.allowedWords(for: .ternary, in: .it) == "sì / parziale / no / non applicabile")
        #expect(AnswerVocabulary.allowedWords(for: .level, in: .de) == "0 bis 4 / entfällt")
        #expect(AnswerVocabulary.allowedWords(for: .binary, in: .en) == "yes / no / not applicable")
    }

    @Test("every dropdown word of every language reads back as the value it stands for, on its scale", arguments: Language.allCases)
    func wordsOfEachLanguage(_ language: Language) throws {
        let expected: [Scale: [AnswerValue]] = [
            .ternary: [.met, .partial, .notMet, .notApplicable], .binary: [.met, .notMet, .notApplicable],
            .level: [.level(0), .level(1), .level(2), .level(3), .level(4), .notApplicable],
        ]
        for scale in Scale.allCases {
            let words = AnswerVocabulary.choices(for: scale, in: language)
            let values = words.map { AnswerVocabulary.value(of: $0) }
            #expect(values == expected[scale]!.map { Optional($0) }, "\(language) \(scale): \(words)")
        }
        let (sheet, _) = try Self.sheet(language: language)
        #expect(sheet.validations.allSatisfy { $0.words == AnswerVocabulary.choices(for: $0.words.count == 6 ? .level : $0.words.count == 4 ? .ternary : .binary, in: language) })
    }

    @Test("Italian answers: sì, si, parziale, no, non applicabile, in any case")
    func italianWords() {
        #expect(AnswerVocabulary.value(of: "Sì") == .met && AnswerVocabulary.value(of: "si") == .met)
        #expect(AnswerVocabulary.value(of: "PARZIALE") == .partial && AnswerVocabulary.value(of: "parzialmente") == .partial)
        #expect(AnswerVocabulary.value(of: "No") == .notMet && AnswerVocabulary.value(of: "non soddisfatto") == .notMet)
        #expect(AnswerVocabulary.value(of: "Non applicabile") == .notApplicable)
        #expect(AnswerVocabulary.value(of: "not applicable") == .notApplicable && AnswerVocabulary.value(of: "Entfällt") == .notApplicable)
    }
}
