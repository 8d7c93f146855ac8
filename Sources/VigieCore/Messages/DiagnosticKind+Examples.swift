extension DiagnosticKind {
    /// An input that raises this kind, as a change to `DiagnosticExample.base`.
    public var example: DiagnosticExample {
        typealias E = DiagnosticExample
        let sheet = "audits/2025/spop.csv", criteria = "checklists/base/criteria.csv", domains = "checklists/base/domains.csv"
        let units = "audits/units.csv", levels = "checklists/base/levels.csv", actions = "audits/actions.csv"
        let criteriaHead = "criterion;domain;title;scale;evidence;since"
        let actionsHead = "year;unit;criterion;action;owner;due;status\n"
        switch self {
        case .fileTooLarge: return E("audits/2025/export.csv", .size(300 * 1024 * 1024), shown: "audits/2025/export.csv: a file of 300 MiB")
        case .notAFile: return E(criteria, .folder, shown: "checklists/base/criteria.csv is a folder")
        case .folderSkipped: return E("audits/2025/old.csv", .folder, shown: "audits/2025/old.csv is a folder")
        case .unreadableFile: return E("audits/2025/dep.csv", .danglingLink, shown: "audits/2025/dep.csv is a link to a file that does not exist")
        case .linkOutside: return E(sheet, .linkOutside, shown: "audits/2025/spop.csv is a link to /home/rh/spop.csv")
        case .yearOutOfRange: return E("audits/3025/spop.csv", .write(E.sheet("3025;SPOP;GOU-01;oui;Charte.pdf;;A. Martin;15.03.2025")))
        case .binaryFile:
            return E(sheet, .bytes([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), shown: "audits/2025/spop.csv is an .xlsx workbook renamed")
        case .windows1252:
            return E(sheet, .bytes(Array(E.sheet(E.firstRow).utf8) + Array("2025;SPOP;GOU-02;non;;Poste repourvu en d".utf8) + [0xE9]
                    + Array("cembre;A. Martin;15.03.2025\n".utf8)), shown: "audits/2025/spop.csv saved by Excel as plain \"CSV\" (é as the byte E9)")
        case .emptyFile: return E("audits/2025/dep.csv", .write(""), shown: "audits/2025/dep.csv is empty (0 bytes)")
        case .headerOnly: return E("audits/2025/dep.csv", .write(E.sheet()))
        case .emptyCatalogueFile: return E(domains, .write(""), shown: "checklists/base/domains.csv is empty (0 bytes)")
        case .fieldTooLong:
            return E(sheet, .write(E.sheet("2025;SPOP;GOU-01;oui;;" + String(repeating: "x", count: 40_000) + ";A. Martin;15.03.2025")),
                     shown: "audits/2025/spop.csv with a comment of 40 000 characters")
        case .innerBOM: return E(sheet, .write(E.sheet(E.firstRow, "2025;SPOP;GOU-02;\u{FEFF}non;;;A. Martin;15.03.2025")))
        case .mixedDelimiters:
            return E(sheet, .write(E.sheet("2025,SPOP,GOU-01,oui,Charte.pdf,,A. Martin,15.03.2025", E.secondRow, "2025,SPOP,GOU-03,non,,,A. Martin,15.03.2025")))
        case .extraFields: return E(sheet, .write(E.sheet(E.firstRow, E.secondRow + ";à revoir")))
        case .csvSyntax: return E(sheet, .write(E.sheet(E.firstRow, "2025;SPOP;GOU-02;non;;\"Poste vacant;A. Martin;15.03.2025")))
        case .unreadableWorkbook:
            return E("audits/2025/dep.xlsx", .write(E.sheet(E.firstRow)), shown: "audits/2025/dep.xlsx is a CSV file named .xlsx")
        case .noWorkspace: return E("", .rootIsFile, shown: "vigie validate notes.txt (a file, not a workspace folder)")
        case .noCatalogue: return E("checklists/base", .remove, shown: "checklists/ holds no catalogue folder")
        case .severalCatalogues: return E("checklists/2026/domains.csv", .write("domain;title\nGOU;Gouvernance\n"))
        case .unknownCatalogue: return E("", .none, catalogue: "jura", shown: "vigie validate --catalogue jura (there is only checklists/base/)")
        case .missingFile: return E(criteria, .remove, shown: "checklists/base/criteria.csv is missing")
        case .yearNotAFolder: return E("audits/2026", .write(""), shown: "audits/2026 is a file")
        case .unreadableFolder: return E("audits/2026", .unlistable, shown: "audits/2026/ may not be read (mode 000)")
        case .unknownSetting: return E("workspace.csv", .write("key;value\ntheme;sombre\n"))
        case .unknownLanguage: return E("workspace.csv", .write("key;value\nlanguage;rm\n"))
        case .unknownTextLanguage: return E(domains, .write("domain;title;title_es\nGOU;Gouvernance;Gobernanza\n"))
        case .duplicateColumn:
            return E(sheet, .write("year;unit;criterion;answer;answer\n2025;SPOP;GOU-01;oui;non\n2025;SPOP;GOU-02;non;non\n"))
        case .missingColumn: return E(sheet, .write("year;unit;criterion;comment\n2025;SPOP;GOU-01;\n"))
        case .missingID: return E(domains, .write("domain;title\nGOU;Gouvernance\n;Recrutement\n"))
        case .badID: return E(domains, .write("domain;title\nGOU;Gouvernance\nREC 1;Recrutement\n"))
        case .duplicateDomain: return E(domains, .write("domain;title\nGOU;Gouvernance\nGOU;Recrutement\n"))
        case .duplicateCriterion: return E(criteria, .write("\(criteriaHead)\nGOU-01;GOU;Charte;ternary;non;\nGOU-01;GOU;Référent;binary;oui;\n"))
        case .duplicateUnit: return E(units, .write("unit;name\nDEP;Département de l'intérieur\nSPOP;Population\nSPOP;Service de la population\n"))
        case .missingDomain: return E(criteria, .write("\(criteriaHead)\nGOU-01;GOU;Charte;ternary;non;\nGOU-02;;Référent;binary;oui;\n"))
        case .unknownDomain: return E(criteria, .write("\(criteriaHead)\nGOU-01;GOU;Charte;ternary;non;\nGOU-02;GOV;Référent;binary;oui;\n"))
        case .unknownScale: return E(criteria, .write("\(criteriaHead)\nGOU-01;GOU;Charte;ternary;non;\nGOU-02;GOU;Référent;oui-non;oui;\n"))
        case .invertedYears:
            return E(criteria, .write("criterion;domain;title;since;until\nGOU-01;GOU;Charte;;\nGOU-02;GOU;Référent;2026;2024\n"))
        case .badMinScore: return E(levels, .write("label;min_score\nInsuffisant;0\nBon;cinquante\n"))
        case .duplicateLevel: return E(levels, .write("label;min_score\nInsuffisant;0\nBon;50\nExemplaire;50\n"))
        case .unknownReplaces: return E(criteria, .write("criterion;domain;title;replaces\nGOU-01;GOU;Charte;GOU-00\nGOU-02;GOU;Référent;\n"))
        case .unknownParent: return E(units, .write("unit;name;parent\nDEP;Département de l'intérieur;\nSPOP;Service de la population;DPE\n"))
        case .parentCycle: return E(units, .write("unit;name;parent\nDEP;Département de l'intérieur;SPOP\nSPOP;Service de la population;DEP\n"))
        case .replacesCycle: return E(units, .write("unit;name;replaces\nDEP;Département de l'intérieur;SPOP\nSPOP;Service de la population;DEP\n"))
        case .badWeight: return E(criteria, .write("criterion;domain;title;weight\nGOU-01;GOU;Charte;lourd\nGOU-02;GOU;Référent;1\n"))
        case .badBoolean: return E(criteria, .write("criterion;domain;title;critical\nGOU-01;GOU;Charte;peut-être\nGOU-02;GOU;Référent;non\n"))
        case .badYear: return E(criteria, .write("criterion;domain;title;since\nGOU-01;GOU;Charte;2O24\nGOU-02;GOU;Référent;\n"))
        case .yearMismatch: return E(sheet, .write(E.sheet(E.firstRow, "2024;SPOP;GOU-02;non;;;A. Martin;15.03.2025")))
        case .missingUnit: return E(sheet, .write(E.sheet(E.firstRow, "2025;;GOU-02;non;;;A. Martin;15.03.2025")))
        case .unknownUnit: return E(sheet, .write(E.sheet(E.firstRow, "2025;SPOQ;GOU-02;non;;;A. Martin;15.03.2025")))
        case .missingCriterion: return E(sheet, .write(E.sheet(E.firstRow, E.secondRow, "2025;SPOP;;non;;;A. Martin;15.03.2025")))
        case .unknownCriterion: return E(sheet, .write(E.sheet(E.firstRow, E.secondRow, "2025;SPOP;GOU-20;non;;;A. Martin;15.03.2025")))
        case .unknownAnswer: return E(sheet, .write(E.sheet(E.firstRow, "2025;SPOP;GOU-02;peut-être;;;A. Martin;15.03.2025")))
        case .answerOffScale: return E(sheet, .write(E.sheet(E.firstRow, "2025;SPOP;GOU-02;partiel;;;A. Martin;15.03.2025")))
        case .duplicateAnswer: return E(sheet, .write(E.sheet(E.firstRow, E.secondRow, "2025;SPOP;GOU-01;non;;;A. Martin;15.03.2025")))
        case .criterionOutOfYears: return E("audits/2023/dep.csv", .write(E.sheet("2023;DEP;GOU-01;oui;Charte.pdf;;A. Martin;15.03.2023", "2023;DEP;GOU-02;non;;;A. Martin;15.03.2023")))
        case .unitOutOfYears: return E("audits/2023/spop.csv", .write(E.sheet("2023;SPOP;GOU-01;oui;Charte.pdf;;A. Martin;15.03.2023")))
        case .naWithoutComment: return E(sheet, .write(E.sheet(E.firstRow, "2025;SPOP;GOU-02;sans objet;;;A. Martin;15.03.2025")))
        case .missingEvidence: return E(sheet, .write(E.sheet(E.firstRow, "2025;SPOP;GOU-02;oui;;;A. Martin;15.03.2025")))
        case .badDate: return E(sheet, .write(E.sheet(E.firstRow, "2025;SPOP;GOU-02;non;;;A. Martin;31.02.2025")))
        case .missingAnswers: return E(sheet, .write(E.sheet(E.firstRow)))
        case .notStarted: return E(sheet, .write(E.sheet("2025;SPOP;GOU-01;;;;;", "2025;SPOP;GOU-02;;;;;")))
        case .missingAction: return E(actions, .write(actionsHead + "2025;SPOP;GOU-02;;RH;30.06.2026;prévu\n"))
        case .badDueDate: return E(actions, .write(actionsHead + "2025;SPOP;GOU-02;Désigner un référent;RH;fin juin;prévu\n"))
        case .unknownStatus: return E(actions, .write(actionsHead + "2025;SPOP;GOU-02;Désigner un référent;RH;30.06.2026;bientôt\n"))
        }
    }
}
