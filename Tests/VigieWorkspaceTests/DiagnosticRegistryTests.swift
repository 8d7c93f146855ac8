import Foundation
import Testing
import VigieCore
import VigieWorkspace
import VigieTestSupport

@Suite("The diagnostics registry")
struct DiagnosticRegistryTests {
    @Test func theBaseWorkspaceOfTheExamplesHasNoFinding() {
        #expect(DiagnosticExamples.runBase().map(\.description) == [])
    }

    @Test("each kind's example, read by the real loaders, raises that kind", arguments: DiagnosticKind.allCases)
    func theExampleRaisesItsKind(_ kind: DiagnosticKind) throws {
        if kind == .unreadableFolder && DiagnosticExamples.readsEverything { return }  // root lists a folder of mode 000
        let run = try #require(DiagnosticExamples.runs[kind])
        #expect(!run.raised.isEmpty, "\(kind.code) not raised by its example; raised: \(run.diagnostics.map(\.description))")
        #expect(run.raised.allSatisfy { $0.severity == kind.severity })
    }

    @Test("every kind's message exists in the four languages, with its parameters", arguments: DiagnosticKind.allCases)
    func everyMessageInEveryLanguage(_ kind: DiagnosticKind) throws {
        let run = try #require(DiagnosticExamples.runs[kind])
        for diagnostic in run.raised {
            let english = diagnostic.finding.text(in: .en)
            for language in Language.allCases {
                let text = diagnostic.finding.text(in: language)
                #expect(!text.isEmpty)
                if language != .en { #expect(text != english, "\(kind.code) in \(language) is the English text") }
                for value in DiagnosticExamples.parameterTexts(diagnostic.finding) {
                    #expect(text.contains(value), "\(kind.code) in \(language) lacks '\(value)': \(text)")
                }
            }
        }
    }

    @Test func frenchTypography() {
        var texts = DiagnosticExamples.runs.values.flatMap(\.raised).flatMap { [$0.finding.text(in: .fr), $0.rendered(in: .fr)] }
        texts += DiagnosticKind.allCases.flatMap { [$0.documentation(french: true).meaning, $0.documentation(french: true).fix] }
        texts += WordingSamples.all(Language.fr.wording)
        for text in texts {
            // A no-break space (U+00A0) or a narrow one (U+202F) before : ; ? ! and inside « »; never a plain space.
            for bad in [" :", " ;", " ?", " !", "« ", " »"] { #expect(!text.contains(bad), "'\(bad)' in: \(text)") }
        }
    }

    @Test("the command line's other texts exist in the four languages", arguments: Language.allCases)
    func everyWordingInEveryLanguage(_ language: Language) {
        let texts = WordingSamples.all(language.wording)
        #expect(texts.count == WordingSamples.all(Language.en.wording).count)
        for text in texts { #expect(!text.isEmpty) }
        #expect(WordingSamples.all(language.wording).contains { $0.contains("SPOQ") })
    }

    /// Every reason a workbook is unreadable (the exhaustive switches of `WorkbookProblem` make each exist in each
    /// language; this checks they say it with their parameters).
    @Test func everyWorkbookProblemInEveryLanguage() {
        let problems: [WorkbookProblem] = [
            .legacy, .notZip, .truncated, .damaged, .openDocument, .binaryWorkbook, .noWorkbook, .noVisibleSheet,
            .doctype(part: "xl/styles.xml"), .notUTF8(part: "xl/styles.xml"), .malformed(part: "xl/styles.xml", line: 7),
            .tooManyEntries(count: 1200, limit: 1000), .partTooLarge(part: "xl/styles.xml", limit: 16), .budgetExceeded(limit: 64),
            .missingPart(part: "xl/styles.xml"), .tooManyStrings(limit: 500), .tooManyCells(limit: 900), .tooManyFields(limit: 800),
            .badRow(text: "R0"), .badReference(text: "ZZZZ9"), .badSharedString, .formulaWithoutValue,
            .xml(part: "xl/styles.xml", detail: "bad"),
        ]
        for problem in problems {
            let message = DiagnosticMessage.workbook(problem)
            for language in Language.allCases {
                let text = message.text(in: language)
                if language != .en { #expect(text != message.text(in: .en)) }
                for value in DiagnosticExamples.parameterTexts(message) {
                    #expect(text.contains(value), "\(problem) in \(language): \(text)")
                }
                if language == .fr { for bad in [" :", " ;", " ?", " !", "« ", " »"] { #expect(!text.contains(bad), "\(text)") } }
            }
        }
    }

    @Test func summaryLinesCountRight() {
        #expect(Language.fr.wording.summary(errors: 2, warnings: 3, notes: 21, files: 24) == "2 erreurs, 3 avertissements, 21 remarques dans 24 fichiers")
        #expect(Language.fr.wording.summary(errors: 0, warnings: 1, notes: 0, files: 1) == "0 erreur, 1 avertissement dans 1 fichier")
        #expect(Language.en.wording.summary(errors: 0, warnings: 1, notes: 0, files: 1) == "0 errors, 1 warning in 1 file")
        #expect(Language.de.wording.summary(errors: 1, warnings: 2, notes: 1, files: 3) == "1 Fehler, 2 Warnungen, 1 Hinweis in 3 Dateien")
        #expect(Language.it.wording.summary(errors: 1, warnings: 2, notes: 2, files: 1) == "1 errore, 2 avvisi, 2 note in 1 file")
    }

    @Test func theLanguageOfMessages() {
        #expect(Language.forMessages(option: .de, workspace: .fr, environment: ["LANG": "it_CH.UTF-8"]) == .de)
        #expect(Language.forMessages(option: nil, workspace: .fr, environment: ["LANG": "it_CH.UTF-8"]) == .fr)
        #expect(Language.forMessages(option: nil, workspace: nil, environment: ["LANG": "fr_CH.UTF-8"]) == .fr)
        #expect(Language.forMessages(option: nil, workspace: nil, environment: ["LC_MESSAGES": "de_CH", "LANG": "fr_CH.UTF-8"]) == .de)
        #expect(Language.forMessages(option: nil, workspace: nil, environment: ["LC_ALL": "C", "LANG": "fr_CH.UTF-8"]) == .en)
        #expect(Language.forMessages(option: nil, workspace: nil, environment: ["LANG": "POSIX"]) == .en)
        #expect(Language.forMessages(option: nil, workspace: nil, environment: ["LANG": "rm_CH.UTF-8"]) == .en)
        #expect(Language.forMessages(option: nil, workspace: nil, environment: ["LC_ALL": "", "LANG": "it_CH"]) == .it)
        #expect(Language.forMessages(option: nil, workspace: nil, environment: [:]) == .en)
        #expect(Language.forReports(option: nil, workspace: nil) == .fr)
        #expect(Language.forReports(option: nil, workspace: .de) == .de)
    }

    @Test func docsDiagnosticsIsGeneratedFromTheRegistry() throws {
        let url = packageRoot.appendingPathComponent("docs/diagnostics.md")
        let generated = DiagnosticsDocument.markdown()
        if ProcessInfo.processInfo.environment["VIGIE_WRITE_DOCS"] == "1" {
            try Data(generated.utf8).write(to: url)
            Issue.record("docs/diagnostics.md written; run the tests again without VIGIE_WRITE_DOCS")
            return
        }
        let current = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        #expect(current == generated, "docs/diagnostics.md is stale: run `make diagnostics-doc`")
    }
}

/// One call of every `Wording` text, with sample values.
enum WordingSamples {
    static func all(_ w: any Wording) -> [String] {
        [
            w.cell(11, "G", "answer"), w.cell(11, "G", nil), w.row(3), w.column("answer"), w.criterion("REC-03"), w.colon,
            w.summary(errors: 2, warnings: 3, notes: 21, files: 24), w.summary(errors: 1, warnings: 1, notes: 0, files: 1),
            w.warningsHidden(1), w.warningsHidden(3), w.created("jura"), w.nextSteps("jura", year: 2026), w.wroteSheets(1),
            w.wroteSheets(12), w.wrotePages(30, "jura/reports"), w.outNotAFolder("out"), w.outForeignFiles("out", ["a.txt"]), w.outContainsWorkspace("out"), w.outLinkLoop("out"), w.outBusy("out"), w.workspaceExists("jura", marker: "checklists/"), w.rootIsFile("jura"), w.reportsIsAFile("jura/reports"), w.answeredElsewhere(unit: "SPOP", path: "audits/2026/x.csv"),
            w.sheetsHoldAnswers(["audits/2026/SPOP.csv"]), w.tableHead(catalogue: "base", fingerprint: "0123abcd", minimumCoverage: "80 %"),
        ] + w.columns + [
            w.notStarted, w.incomplete, w.ownUnit, w.canton, w.cappedBy(["GOU-01"]), w.meanOf(3), w.incompleteLeftOut(1),
            w.incompleteLeftOut(2), w.notStartedLeftOut(1), w.notStartedLeftOut(2), w.campaign(2026, started: 3, complete: 1, units: 12),
            w.earlierYears([2024, 2025]), w.badDateOption("demain"), w.badInitDate, w.badSourceDateEpoch("hier"), w.coverageBadPercentage("120%"), w.coverageNotANumber("x"), w.coverageAmbiguous("80"), w.yearOptionOutOfRange(3025, lowest: 1900, highest: 2999), w.emptyPathOption("--out"),
            w.yearNotAudited(2023, audited: [2024, 2025]), w.unknownUnit("SPOQ", suggestion: "SPOP"), w.unknownUnit("SPOQ", suggestion: nil),
            w.noUnitForSheets,
        ]
    }
}
