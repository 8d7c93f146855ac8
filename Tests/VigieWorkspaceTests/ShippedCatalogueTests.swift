import Foundation
import Testing
import VigieCore
@testable import VigieWorkspace
import VigieTestSupport

/// The catalogue Vigie ships (checklists/administration-ouverte/) and the demo workspace around it:
/// properties a later edit must not break.
struct ShippedCatalogueTests {
    /// The repository root, which is itself the demo workspace.
    static let repository = packageRoot.path

    static let loaded = WorkspaceLoader.load(at: repository)
    static var catalogue: Catalogue { loaded.workspace!.catalogue }

    @Test func theDemoWorkspaceValidatesWithoutError() {
        #expect(Self.loaded.workspace != nil)
        let errors = Self.loaded.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.description))")
        #expect(Self.loaded.workspace?.catalogue.name == DefaultCatalogue.name)
    }

    /// The warnings planted on purpose in the demo data (DEMO-DATA.md lists them); any other is a regression.
    @Test func theDemoWarningsAreExactlyThePlantedOnes() {
        let prefix = Self.repository + "/"
        let warnings = Self.loaded.diagnostics.filter { $0.severity == .warning }
            .map { "\($0.location.description.replacingOccurrences(of: prefix, with: "")) \($0.code)" }
        #expect(warnings == [
            "audits/2024/CTR.csv:1:1 windows-1252",
            "audits/2025/2025-ENV.csv:2:2 missing-answers",
            "audits/2025/2025-JUR.csv:44:4 na-without-comment",
            "audits/2025/2025-OSP.csv:27:8 bad-date",
            "audits/2025/2025-SSA.csv:39:3 criterion-out-of-years",
            "audits/2026/2026-POL.csv:19:5 missing-evidence",
        ])
    }

    @Test func everyCriterionHasAQuestionGuidanceAndAWeight() {
        for criterion in Self.catalogue.criteria {
            #expect(!criterion.question.isEmpty, "\(criterion.id) has no question")
            #expect(!criterion.guidance.isEmpty, "\(criterion.id) has no guidance")
            #expect(criterion.weight > 0)
            #expect(criterion.title != criterion.id, "\(criterion.id) has no title")
        }
    }

    @Test func theCatalogueCoversTheFieldsAndCitesTheLaw() {
        let criteria = Self.catalogue.criteria
        #expect(Self.catalogue.domains.count >= 8)
        #expect(criteria.count >= 48)
        let cited = criteria.count { !$0.legalBasis.isEmpty }
        #expect(Double(cited) >= 0.8 * Double(criteria.count), "\(cited) of \(criteria.count) cite a legal basis")
        let critical = criteria.count(where: \.critical)
        #expect((4...7).contains(critical), "\(critical) critical criteria; about five are wanted")
        #expect(criteria.contains { $0.scale == .level })
        #expect(Self.catalogue.domains.allSatisfy { domain in criteria.contains { $0.domain == domain.id } })
    }

    @Test func theCatalogueLivesAcrossYears() {
        let criteria = Self.catalogue.criteria
        // One criterion added in 2025, one retired after 2024, one reworded in 2025 that replaces a 2024 one.
        #expect(criteria.contains { $0.since == 2025 && $0.replaces.isEmpty })
        let replaced = Set(criteria.flatMap(\.replaces))
        #expect(criteria.contains { $0.until == 2024 && !replaced.contains($0.id) })
        let reworded = criteria.first { $0.since == 2025 && !$0.replaces.isEmpty }
        #expect(reworded.flatMap { Self.catalogue.criterion($0.replaces[0]) }?.until == 2024)
    }

    @Test func theDefaultLevelsAreShipped() {
        #expect(Self.catalogue.levels == Level.defaults.map { level in
            Self.catalogue.levels.first { $0.minScore == level.minScore }!
        })
        #expect(Self.catalogue.levels.map(\.label) == Level.defaults.map(\.label))
        #expect(Self.catalogue.levels.map(\.minScore) == [85, 70, 50, 30, 0])
    }

    @Test("levels.csv labels the levels in the four languages, with the built-in levels' words")
    func theLevelsSpeakFourLanguages() {
        #expect(Self.catalogue.levels == Level.defaults, "same ids, labels, translations and minimums")
        for language in Language.allCases {
            let labels = Self.catalogue.localized(to: language).levels.map(\.label)
            #expect(Set(labels).count == 5, "\(language): \(labels)")
        }
    }

    @Test("every domain and criterion has a German title, description or question, in Swiss spelling")
    func theCatalogueSpeaksGerman() {
        let german = Self.catalogue.localized(to: .de)
        for (domain, shown) in zip(Self.catalogue.domains, german.domains) {
            #expect(shown.title != domain.title && shown.description != domain.description, "\(domain.id) has no German text")
        }
        for (criterion, shown) in zip(Self.catalogue.criteria, german.criteria) {
            #expect(shown.title != criterion.title && shown.question != criterion.question, "\(criterion.id) has no German text")
            #expect(!(shown.title + shown.question).contains("ß"), "\(criterion.id): Swiss German writes ss")
        }
    }

    @Test("every criterion has a German guidance of its own, in Swiss spelling, opening with Erfüllt: or Stufen:")
    func theGuidanceSpeaksGerman() {
        let german = Self.catalogue.localized(to: .de)
        for (criterion, shown) in zip(Self.catalogue.criteria, german.criteria) {
            #expect(!shown.guidance.isEmpty && shown.guidance != criterion.guidance, "\(criterion.id) has no German guidance")
            #expect(!shown.guidance.contains("ß"), "\(criterion.id): Swiss German writes ss")
            #expect(shown.guidance.hasPrefix(criterion.scale == .level ? "Stufen: " : "Erfüllt: "), "\(criterion.id): \(shown.guidance)")
        }
        // The level criteria share their opening in German as in French: the report says it once.
        let openings = Set(german.criteria.filter { $0.scale == .level }.map { $0.guidance.prefix { $0 != "." } })
        #expect(openings.count == 1, "\(openings)")
    }

    /// `vigie init` writes the catalogue from the binary: it must be the repository's, byte for byte.
    /// After editing the catalogue, run `python3 Scripts/embed-catalogue.py`.
    @Test func theCompiledInCatalogueEqualsTheRepositorysFiles() throws {
        for file in DefaultCatalogue.fileBytes {
            let path = "\(Self.repository)/checklists/\(DefaultCatalogue.name)/\(file.name)"
            let onDisk = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(onDisk == file.bytes, "\(file.name) differs: run python3 Scripts/embed-catalogue.py")
        }
    }

    @Test func theWorkspaceSaysItsDataAreFictitious() {
        #expect(Self.loaded.workspace?.settings.notice?.contains("fictives") == true)
        #expect(Self.loaded.workspace?.settings.title != nil)
    }
}
