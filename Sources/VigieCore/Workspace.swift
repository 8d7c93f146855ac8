/// What a workspace says about itself, from the optional `workspace.csv` at its root (`key;value` rows).
public struct WorkspaceSettings: Sendable, Equatable {
    /// The administration's name, shown in report titles (e.g. "République et Canton du Jura").
    public var title: String?
    /// A notice printed in every report's footer, e.g. that the data are fictitious.
    public var notice: String?
    /// The language of messages and reports when `--lang` does not say (`language;de`).
    public var language: Language?

    public init(title: String? = nil, notice: String? = nil, language: Language? = nil) {
        self.title = title
        self.notice = notice
        self.language = language
    }
}

/// A workspace once read and understood: the catalogue, the organisation and every answer.
public struct Workspace: Sendable {
    public var catalogue: Catalogue
    /// From `audits/units.csv`, or, without it, one flat unit per id found in the answers.
    public var units: [OrgUnit] { didSet { index() } }
    public var hasUnitsFile: Bool { didSet { index() } }
    /// The answers that count (rows with errors and answers to criteria outside their years left out), compactly.
    public var answerStore: AnswerStore
    /// The answers that count, as values (made on each call: for tests and small tools; loops use `answerStore`).
    public var answers: [Answer] { answerStore.all }
    /// For each year, the units with at least one row that year.
    public var audited: [Int: Set<String>]
    public var settings: WorkspaceSettings
    /// Remediation actions from audits/actions.csv, in file order.
    public var actions: [RemediationAction]

    public init(catalogue: Catalogue, units: [OrgUnit], hasUnitsFile: Bool, answers: [Answer], audited: [Int: Set<String>],
                settings: WorkspaceSettings = WorkspaceSettings(), actions: [RemediationAction] = []) {
        self.init(catalogue: catalogue, units: units, hasUnitsFile: hasUnitsFile,
                  answerStore: AnswerStore(answers, catalogue: catalogue, unitIDs: units.map(\.id)),
                  audited: audited, settings: settings, actions: actions)
    }

    public init(catalogue: Catalogue, units: [OrgUnit], hasUnitsFile: Bool, answerStore: AnswerStore, audited: [Int: Set<String>],
                settings: WorkspaceSettings = WorkspaceSettings(), actions: [RemediationAction] = []) {
        self.catalogue = catalogue
        self.units = units
        self.hasUnitsFile = hasUnitsFile
        self.answerStore = answerStore
        self.audited = audited
        self.settings = settings
        self.actions = actions
        index()
    }

    /// The actions for a unit's criterion, open ones first, then by due date.
    public func actions(unit: String, criterion: String) -> [RemediationAction] {
        actions.filter { $0.unit == unit && $0.criterion == criterion }
    }

    /// Audit years, oldest first.
    public var years: [Int] { audited.keys.sorted() }

    public func unit(_ id: String) -> OrgUnit? { unitIndex[id].map { units[Int($0)] } }

    /// The department a unit belongs to today: the top of its chain of parents (itself for a department);
    /// nil without units.csv or for an unknown unit.
    public func department(of id: String) -> String? {
        guard let position = unitIndex[id], Int(position) < departmentOf.count else { return nil }
        return units[Int(departmentOf[Int(position)])].id
    }

    /// Positions of units by id, and each unit's department by position: computed once, looked up often
    /// (positions, not copies of the ids: a million units cost a dictionary of positions and an array).
    private var unitIndex: [String: Int32] = [:]
    private var departmentOf: [Int32] = []

    private mutating func index() {
        unitIndex = [:]
        unitIndex.reserveCapacity(units.count)
        for (position, unit) in units.enumerated() where unitIndex[unit.id] == nil { unitIndex[unit.id] = Int32(position) }
        departmentOf = []
        guard hasUnitsFile else { return }
        // Each unit's walk up stops at the first unit whose department is known, and every unit on the way gets it:
        // linear in the units however deep the chains. Loops are rejected before scoring; a walk stops on one anyway.
        // A repeated id's later copy shares its first copy's department.
        let unknown = Int32(-1)
        departmentOf = [Int32](repeating: unknown, count: units.count)
        var onWalk: Set<Int32> = []
        for start in units.indices where departmentOf[start] == unknown {
            var walk: [Int32] = []
            var current = unitIndex[units[start].id] ?? Int32(start)
            var top = current
            while true {
                if departmentOf[Int(current)] != unknown { top = departmentOf[Int(current)]; break }
                guard onWalk.insert(current).inserted else { top = current; break }
                walk.append(current)
                top = current
                guard let parent = units[Int(current)].parent, let next = unitIndex[parent] else { break }
                current = next
            }
            for position in walk { departmentOf[Int(position)] = top }
            if departmentOf[start] == unknown { departmentOf[start] = top }
            onWalk.removeAll(keepingCapacity: true)
        }
    }

    /// Builds a workspace from its tables; the diagnostics say what is wrong, all at once.
    public static func assemble(catalogueName: String, domains: SourceTable, criteria: SourceTable, levels: SourceTable?,
                                units unitsTable: SourceTable?, sheets: [AnswersLoader.Sheet], actions actionsTable: SourceTable? = nil,
                                settings: WorkspaceSettings = WorkspaceSettings()) -> (workspace: Workspace, diagnostics: [Diagnostic])
    {
        assemble(catalogueName: catalogueName, domains: domains, criteria: criteria, levels: levels, units: unitsTable,
                 sheets: sheets.map(AnswersLoader.SheetSource.init),
                 actions: actionsTable, settings: settings, texts: .kept)
    }

    /// Builds a workspace from its tables, the answer sheets read as they are needed (see `AnswersLoader`).
    /// `texts`: what the answers keep of their texts (values alone are enough for scores).
    public static func assemble(catalogueName: String, domains: SourceTable, criteria: SourceTable, levels: SourceTable?,
                                units unitsTable: SourceTable?, sheets: [AnswersLoader.SheetSource], actions actionsTable: SourceTable?,
                                settings: WorkspaceSettings, texts: AnswerTextMode) -> (workspace: Workspace, diagnostics: [Diagnostic])
    {
        let (catalogue, catalogueDiagnostics) = CatalogueLoader.load(name: catalogueName, domains: domains, criteria: criteria, levels: levels)
        var diagnostics = catalogueDiagnostics
        var units: [OrgUnit]?
        if let unitsTable {
            let loaded = UnitsLoader.load(unitsTable)
            units = loaded.units
            diagnostics += loaded.diagnostics
        }
        let loaded = AnswersLoader.load(sources: sheets, catalogue: catalogue, units: units, texts: texts)
        diagnostics += loaded.diagnostics
        let derived = Set(loaded.audited.values.flatMap { $0 }).sorted().map { OrgUnit(id: $0) }
        var actions: [RemediationAction] = []
        if let actionsTable {
            let read = ActionsLoader.load(actionsTable, catalogue: catalogue, units: units)
            actions = read.actions
            diagnostics += read.diagnostics
        }
        let workspace = Workspace(catalogue: catalogue, units: units ?? derived, hasUnitsFile: units != nil,
                                  answerStore: loaded.answers, audited: loaded.audited, settings: settings, actions: actions)
        return (workspace, diagnostics.sortedForOutput())
    }
}
