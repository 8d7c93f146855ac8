import Testing
@testable import VigieCore

/// Answer-sheet rows, remediation actions and the unit-id-to-file-name function.
struct TemplateActionFileNameTests {
    static var workspace: Workspace {
        var build = Build(
            domains: [Domain(id: "D", title: "Domaine")],
            criteria: [
                Criterion(id: "KEEP", domain: "D", title: "Gardé", question: "Q1"),
                Criterion(id: "OLD", domain: "D", title: "Ancien", until: 2024),
                Criterion(id: "NEW", domain: "D", title: "Nouveau", scale: .level, since: 2025, replaces: ["OLD"]),
                Criterion(id: "BIN", domain: "D", title: "Binaire", scale: .binary),
            ],
            units: [OrgUnit(id: "DEP"), OrgUnit(id: "OLDU", parent: "DEP", until: 2024),
                    OrgUnit(id: "NEWU", parent: "DEP", since: 2025, replaces: ["OLDU"]), OrgUnit(id: "FRESH", parent: "DEP")])
        build.answers = [
            Answer(year: 2024, unit: "OLDU", criterion: "KEEP", value: .partial, word: "partiel", comment: "à finir"),
            Answer(year: 2024, unit: "OLDU", criterion: "OLD", value: .met, word: "oui", comment: "fait"),
            Answer(year: 2023, unit: "OLDU", criterion: "BIN", value: .notMet, word: "non"),
        ]
        return build.workspace
    }

    @Test func aSheetListsTheCriteriaOfTheYearWithTheWordsTheyAccept() {
        let rows = AnswerSheetTemplate.rows(workspace: Self.workspace, year: 2025, unit: "FRESH", language: .fr)
        #expect(AnswerSheetTemplate.rows(workspace: Self.workspace, year: 2025, unit: "FRESH")[0] == AnswerSheetTemplate.header(in: .en))
        let french = rows[0]
        #expect(french == ["année", "unité", "critère", "domaine", "titre", "question", "réponse", "justificatif", "commentaire",
                           "évaluateur", "date", "réponses_possibles", "réponse_précédente", "commentaire_précédent"])
        #expect(rows.dropFirst().map { $0[2] } == ["KEEP", "NEW", "BIN"])  // OLD retired after 2024
        #expect(rows[1][0] == "2025" && rows[1][1] == "FRESH" && rows[1][4] == "Gardé" && rows[1][5] == "Q1")
        #expect(rows[2][11] == "0 à 4 / sans objet")
        #expect(rows[3][11] == "oui / non / sans objet")
        #expect(rows[1][11] == "oui / partiel / non / sans objet")
        // A unit never audited has no previous answers.
        #expect(rows.dropFirst().allSatisfy { $0[12].isEmpty && $0[13].isEmpty })
    }

    @Test func previousAnswersFollowARenamedUnitAndARewordedCriterion() {
        let rows = AnswerSheetTemplate.rows(workspace: Self.workspace, year: 2025, unit: "NEWU")
        let byCriterion = Dictionary(rows.dropFirst().map { ($0[2], $0) }, uniquingKeysWith: { a, _ in a })
        // NEWU replaces OLDU, last audited in 2024: KEEP was partiel …
        #expect(byCriterion["KEEP"]![12] == "partiel" && byCriterion["KEEP"]![13] == "à finir")
        // … and NEW replaces OLD, answered oui in 2024.
        #expect(byCriterion["NEW"]![12] == "oui" && byCriterion["NEW"]![13] == "fait")
        // BIN was answered in 2023 only: the last audit (2024) has no row for it.
        #expect(byCriterion["BIN"]![12] == "")
    }

    @Test func anActionIsOverdueOnlyWhenOpenAndDueBeforeTheReportDate() {
        let due = RemediationAction(unit: "U", criterion: "C", action: "a", due: "2026-03-31", status: .planned)
        #expect(due.isOverdue(on: "2026-04-01"))
        #expect(!due.isOverdue(on: "2026-03-31"))  // due today is not yet overdue
        var done = due
        done.status = .done
        #expect(!done.isOverdue(on: "2027-01-01"))
        var dropped = due
        dropped.status = .dropped
        #expect(!dropped.isOverdue(on: "2027-01-01"))
        var inProgress = due
        inProgress.status = .inProgress
        #expect(inProgress.isOverdue(on: "2027-01-01"))
        #expect(!RemediationAction(unit: "U", criterion: "C", action: "a").isOverdue(on: "2999-01-01"))
    }

    @Test(arguments: [
        ("planned", RemediationAction.Status.planned), ("Prévu", .planned), ("geplant", .planned),
        ("in progress", .inProgress), ("En cours", .inProgress), ("in Bearbeitung", .inProgress),
        ("done", .done), ("terminé", .done), ("Erledigt", .done), ("réalisé", .done),
        ("dropped", .dropped), ("abandonné", .dropped), ("verworfen", .dropped),
    ])
    func statusWords(word: String, status: RemediationAction.Status) {
        #expect(RemediationAction.Status(word: word) == status)
    }

    @Test func actionsAreValidatedCellByCell() {
        let table = SourceTable(file: "audits/actions.csv", headerLine: 1,
                                header: ["year", "unit", "criterion", "action", "owner", "due", "status"],
                                records: [
                                    .init(line: 2, fields: ["2025", "FRESH", "KEEP", "Former l'accueil", "RH", "31.03.2026", "en cours"]),
                                    .init(line: 3, fields: ["2025", "NOPE", "KEEP", "x", "", "", ""]),
                                    .init(line: 4, fields: ["2025", "FRESH", "KEPP", "x", "", "31.02.2026", "peut-être"]),
                                ])
        let (actions, diagnostics) = ActionsLoader.load(table, catalogue: Self.workspace.catalogue, units: Self.workspace.units)
        #expect(actions.count == 1)
        #expect(actions[0].due == "2026-03-31" && actions[0].status == .inProgress)
        let found = diagnostics.map { "\($0.location) \($0.code)" }
        #expect(found == [
            "audits/actions.csv:3:2 unknown-unit",
            "audits/actions.csv:4:3 unknown-criterion",
            "audits/actions.csv:4:6 bad-due-date",
            "audits/actions.csv:4:7 unknown-status",
        ])
        #expect(diagnostics[1].message.contains("did you mean 'KEEP'?"))
    }

    @Test func fileNamesNeverLeaveTheFolder() {
        #expect(FileNames.stem("SPOP") == "SPOP")
        #expect(FileNames.stem("../etc/passwd") == "____etc_passwd")  // "../" → "___", then "_" for the leading dot
        #expect(FileNames.stem("..") == "___")
        #expect(FileNames.stem("a/b\\c") == "a_b_c")
        #expect(FileNames.stem("x\u{0}y") == "x_y")
        #expect(FileNames.stem("CON") == "_CON")
        #expect(FileNames.stem("lpt1") == "_lpt1")
        #expect(FileNames.stem("") == "_")
        #expect(FileNames.stem("-rf") == "_-rf")
        #expect(FileNames.stem("Équipe") == "_quipe")
        for id in ["..", "../x", "/abs", "a/../../b", ".hidden"] {
            let stem = FileNames.stem(id)
            #expect(!stem.contains("/") && !stem.hasPrefix(".") && stem != "..")
        }
    }

    @Test func fileNamesStayDistinctOnCaseInsensitiveDisks() {
        let names = FileNames.stems(for: ["spop", "SPOP", "Spop", "SAS"])
        #expect(names["SAS"] == "SAS")
        #expect(names["SPOP"] == "SPOP")
        #expect(names["Spop"] == "Spop-2")
        #expect(names["spop"] == "spop-3")
        #expect(Set(names.values.map { $0.lowercased() }).count == 4)
    }
}
