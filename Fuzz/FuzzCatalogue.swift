// The small fixed catalogue the fuzz targets read answer sheets against (shared by CSVFuzz and XLSXFuzz).
import VigieCore

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
}
