/// Where things live in a workspace folder (PRODUCT.md, "Workspace layout").
public enum WorkspaceLayout {
    public static let checklists = "checklists"
    public static let audits = "audits"
    public static let units = "audits/units.csv"
    public static let actions = "audits/actions.csv"
    public static let reports = "reports"
    public static let settings = "workspace.csv"
    public static let domainsFile = "domains.csv"
    public static let criteriaFile = "criteria.csv"
    public static let levelsFile = "levels.csv"

    /// Whether a file of a year folder is read as an answer sheet: a `.csv` or `.xlsx` name (any case), neither
    /// hidden nor the lock file that Excel keeps beside a sheet it has open (`~$name.xlsx`, `~$name.csv`).
    public static func isAnswerSheetName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return (lower.hasSuffix(".csv") || lower.hasSuffix(".xlsx")) && !name.hasPrefix(".") && !name.hasPrefix("~$")
    }

    /// Whether a folder name of audits/ is a year: all digits.
    public static func isYearFolder(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// A path inside a workspace (or any folder): `root/relative`.
    public static func path(_ root: String, _ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }
}
