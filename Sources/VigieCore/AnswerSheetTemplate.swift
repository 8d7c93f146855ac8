/// The rows of a blank answer sheet for one unit and year: the criteria that apply, in catalogue order,
/// with the words each scale accepts and, where the unit was audited before, its last answers.
public enum AnswerSheetTemplate {
    /// The columns of the CSV template, in order.
    public static let columns: [SheetColumn] = [.year, .unit, .criterion, .domain, .title, .question, .answer, .evidence, .comment,
                                                .assessor, .date, .answersAllowed, .previousAnswer, .previousComment]

    /// The CSV template's header: the columns' names in a language.
    public static func header(in language: Language) -> [String] { columns.map { $0.name(in: language) } }

    /// One criterion of a sheet: what the CSV and the workbook templates both write a row from.
    public struct Line: Sendable {
        public var criterion: Criterion
        /// The unit's last answer to it (or to the criterion it replaces), when there is one.
        public var previous: Answer?
    }

    /// The criteria that apply in `year`, in catalogue order, each with the unit's previous answer.
    public static func lines(workspace: Workspace, year: Int, unit: String) -> [Line] {
        let previous = previousAnswers(workspace: workspace, year: year, unit: unit)
        return workspace.catalogue.criteria(applyingIn: year).map { Line(criterion: $0, previous: previous[$0.id]) }
    }

    /// The CSV template: `header` in the language, then one row per line.
    public static func rows(workspace: Workspace, year: Int, unit: String, language: Language = .en) -> [[String]] {
        [header(in: language)] + lines(workspace: workspace, year: year, unit: unit).map { line in
            let criterion = line.criterion
            return [String(year), unit, criterion.id, criterion.domain, criterion.title, criterion.question,
                    "", "", "", "", "", AnswerVocabulary.allowedWords(for: criterion.scale, in: language),
                    line.previous?.word ?? "", line.previous?.comment ?? ""]
        }
    }

    /// The answers of the unit's last audit before `year` — or, when it has none, of the last audit of a unit it
    /// `replaces` — keyed by the criteria of `year` (a criterion that `replaces` another picks up its answer).
    static func previousAnswers(workspace: Workspace, year: Int, unit: String) -> [String: Answer] {
        let sources = [unit] + (workspace.unit(unit)?.replaces ?? [])
        var source: (unit: String, year: Int)?
        for candidate in sources {
            let audited = workspace.audited.filter { $0.key < year && $0.value.contains(candidate) }.keys
            if let last = audited.max() {
                source = (candidate, last)
                break
            }
        }
        guard let source else { return [:] }
        let store = workspace.answerStore
        let answers = store.unitYearRuns
            .filter { $0.year == source.year && store.unitIDs[$0.unit] == source.unit }
            .flatMap { $0.positions.map { store[$0] } }
        let byCriterion = Dictionary(answers.map { ($0.criterion, $0) }, uniquingKeysWith: { first, _ in first })
        let catalogue = workspace.catalogue
        let classes = Graph.classes(nodes: catalogue.criteria.map(\.id), links: { catalogue.criterion($0)?.replaces ?? [] })
        var byClass: [String: Answer] = [:]
        for criterion in catalogue.criteria(applyingIn: source.year) {
            if let answer = byCriterion[criterion.id], let key = classes[criterion.id], byClass[key] == nil { byClass[key] = answer }
        }
        var result: [String: Answer] = [:]
        for criterion in catalogue.criteria(applyingIn: year) {
            if let answer = byCriterion[criterion.id] ?? classes[criterion.id].flatMap({ byClass[$0] }) {
                result[criterion.id] = answer
            }
        }
        return result
    }
}
