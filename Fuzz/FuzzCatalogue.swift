// The small fixed catalogue the fuzz targets read answer sheets against, and what both targets check of a workspace
// assembled from the input (shared by CSVFuzz and XLSXFuzz).
import VigieCore

/// Every diagnostic has a place and a text; a workspace without errors scores without trapping.
func exercise(_ assembled: (workspace: Workspace, diagnostics: [Diagnostic])) {
    for diagnostic in assembled.diagnostics {
        precondition(diagnostic.location.line >= 1, "a diagnostic on line 0: \(diagnostic)")
        _ = diagnostic.description
    }
    if !assembled.diagnostics.hasErrors {
        _ = Scoring.score(assembled.workspace, options: ScoringOptions(minimumCoverage: 0.8))
    }
}

enum Fixed {
    static let domains = SourceTable(file: "checklists/f/domains.csv", headerLine: 1, header: ["domain", "title", "weight"],
                                     records: [.init(line: 2, fields: ["GOU", "Gouvernance", "2"]), .init(line: 3, fields: ["REC", "Recrutement", "1,5"])])
    static let criteria = SourceTable(
        file: "checklists/f/criteria.csv", headerLine: 1,
        header: ["criterion", "domain", "weight", "critical", "scale", "evidence", "since", "until", "replaces"],
        records: [
            .init(line: 2, fields: ["GOU-01", "GOU", "1", "oui", "ternary", "non", "", "", ""]),
            .init(line: 3, fields: ["GOU-02", "GOU", "2", "non", "binary", "oui", "2024", "", "GOU-00"]),
            .init(line: 4, fields: ["GOU-00", "GOU", "1", "", "", "", "", "2023", ""]),
            .init(line: 5, fields: ["REC-01", "REC", "1,5", "", "level", "", "", "", ""]),
        ])
    // CSVFuzz also reads the input as units.csv, criteria.csv and domains/levels beside these.
    static let units = SourceTable(file: "audits/units.csv", headerLine: 1, header: ["unit", "name", "parent", "kind", "since", "until", "replaces"],
                                   records: [.init(line: 2, fields: ["DEP", "Département", "", "département", "", "", ""]),
                                             .init(line: 3, fields: ["SPOP", "Population", "DEP", "service", "2020", "", "SOLD"]),
                                             .init(line: 4, fields: ["SOLD", "Ancien", "DEP", "service", "", "2019", ""])])
    static let sheet = AnswersLoader.Sheet(year: 2025, table: SourceTable(
        file: "audits/2025/f.csv", headerLine: 1, header: ["year", "unit", "criterion", "answer", "evidence", "comment"],
        records: [.init(line: 2, fields: ["2025", "SPOP", "GOU-01", "oui", "x", ""]),
                  .init(line: 3, fields: ["2025", "SPOP", "GOU-02", "non", "", ""]),
                  .init(line: 4, fields: ["2025", "DEP", "REC-01", "3", "", ""]),
                  .init(line: 5, fields: ["2025", "SPOP", "REC-01", "sans objet", "", "hors"])]))
}
