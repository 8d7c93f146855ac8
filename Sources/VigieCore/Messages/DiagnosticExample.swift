/// One input that raises a kind of finding: a change to a small valid workspace (`base`). The registry's test
/// applies each example on disk, runs the real loaders and checks that the kind is raised; `docs/diagnostics.md`
/// shows it.
public struct DiagnosticExample: Sendable {
    public enum Change: Sendable {
        /// The file is written with this text (created, or replaced).
        case write(String)
        /// The file is written with these bytes (binary or not UTF-8).
        case bytes([UInt8])
        /// A folder stands where the file would be (the file removed first).
        case folder
        /// The file or folder is removed.
        case remove
        /// A symbolic link to a file that does not exist.
        case danglingLink
        /// A symbolic link to a CSV file outside the workspace.
        case linkOutside
        /// A file of this many bytes (sparse: nothing is written).
        case size(Int)
        /// A folder that cannot be listed (mode 000).
        case unlistable
        /// The workspace's path names a file, not a folder.
        case rootIsFile
        /// Nothing changes; the command line does (`catalogue`).
        case none
    }

    /// The workspace-relative path changed.
    public var path: String
    public var change: Change
    /// `--catalogue`, when the example needs one.
    public var catalogue: String?
    /// How the documentation shows the example when the change is not text to read (bytes, sizes, folders).
    public var shown: String?

    public init(_ path: String, _ change: Change, catalogue: String? = nil, shown: String? = nil) {
        self.path = path
        self.change = change
        self.catalogue = catalogue
        self.shown = shown
    }

    /// The valid workspace every example changes: it loads without a single finding.
    public static let base: [(path: String, text: String)] = [
        ("checklists/base/domains.csv", "domain;title\nGOU;Gouvernance\n"),
        ("checklists/base/criteria.csv", "criterion;domain;title;scale;evidence;since\nGOU-01;GOU;Charte;ternary;non;\nGOU-02;GOU;Référent;binary;oui;2024\n"),
        ("audits/units.csv", "unit;name;parent;since\nDEP;Département de l'intérieur;;\nSPOP;Service de la population;DEP;2024\n"),
        ("audits/2025/spop.csv", sheet("2025;SPOP;GOU-01;oui;Charte.pdf;;A. Martin;15.03.2025", "2025;SPOP;GOU-02;non;;;A. Martin;15.03.2025")),
    ]

    /// An answer sheet: the header, then these rows.
    public static func sheet(_ rows: String...) -> String {
        "year;unit;criterion;answer;evidence;comment;assessor;date\n" + rows.map { $0 + "\n" }.joined()
    }

    public static let firstRow = "2025;SPOP;GOU-01;oui;Charte.pdf;;A. Martin;15.03.2025"
    public static let secondRow = "2025;SPOP;GOU-02;non;;;A. Martin;15.03.2025"
}
