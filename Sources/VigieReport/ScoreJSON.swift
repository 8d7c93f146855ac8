import VigieCore

/// `vigie score --format json`: every figure of the reports, for other tools. The shape is documented in docs/score-json.md.
public enum ScoreJSON {
    public static let formatVersion = 1

    /// - Parameter date: the ISO date that decides which actions are overdue; without it, `overdue` is null.
    public static func render(_ results: ScoreResults, workspace: Workspace, year: Int? = nil, version: String, date: String? = nil) -> String {
        let catalogue = workspace.catalogue
        return JSONValue.object([
            ("format", .integer(formatVersion)),
            ("vigie", .string(version)),
            ("catalogue", .object([
                ("name", .string(results.catalogueName)),
                ("fingerprint", .string(results.fingerprint)),
                ("levels", .array(catalogue.levels.map { .object([("level", .string($0.id)), ("label", .string($0.label)), ("min_score", .number($0.minScore))]) })),
            ])),
            ("min_coverage", .number(results.options.minimumCoverage)),
            ("default_year", .integer(results.defaultYear)),
            ("campaign_years", .array(results.campaignYears.map { .integer($0) })),
            ("years", .array(results.years.filter { year == nil || $0.year == year }.map { yearJSON($0, workspace: workspace) })),
            ("trends", .array(results.trends.filter { year == nil || $0.yearTo == year }.map(trendJSON))),
            ("date", .string(date)),
            ("actions", .array(workspace.actions.filter { year == nil || ($0.year ?? year!) <= year! }.map { actionJSON($0, date: date) })),
        ]).rendered()
    }

    static func yearJSON(_ scores: YearScores, workspace: Workspace) -> JSONValue {
        .object([
            ("year", .integer(scores.year)),
            ("units", .array(scores.units.map { unitJSON($0, workspace: workspace) })),
            ("departments", .array(scores.departments.map(rollUpJSON))),
            ("canton", rollUpJSON(scores.canton)),
        ])
    }

    static func unitJSON(_ unit: UnitScore, workspace: Workspace) -> JSONValue {
        let info = workspace.unit(unit.unit)
        return .object([
            ("unit", .string(unit.unit)),
            ("name", .string(info?.name ?? unit.unit)),
            ("parent", .string(info?.parent)),
            ("score", .number(unit.score)),
            ("coverage", .number(unit.coverage)),
            ("status", .string(unit.status.rawValue)),
            ("rating", .string(unit.rating?.label)),
            ("uncapped_rating", .string(unit.uncappedRating?.label)),
            ("capped_by", .array(unit.ratingCapped ? unit.criticalFailures.map { .string($0) } : [])),
            ("critical_failures", .array(unit.criticalFailures.map { .string($0) })),
            ("rank", .integer(unit.rank)),
            ("ranked_units", .integer(unit.rankedCount)),
            ("unanswered", .integer(unit.unansweredCount)),
            ("domains", .array(unit.domains.map(domainJSON))),
            ("criteria", .array(unit.criteria.map(criterionJSON))),
        ])
    }

    static func criterionJSON(_ row: CriterionScore) -> JSONValue {
        .object([
            ("criterion", .string(row.criterion)),
            ("domain", .string(row.domain)),
            ("weight", .number(row.weight)),
            ("answer", .string(row.answer.code)),
            ("word", .string(row.source?.word)),
            ("missing", .bool(row.missing)),
            ("value", .number(row.value)),
            ("potential_gain", .number(row.potentialGain)),
            ("evidence", .string(row.source?.evidence)),
            ("comment", .string(row.source?.comment)),
            ("assessor", .string(row.source?.assessor)),
            ("date", .string(row.source?.isoDate ?? row.source?.date)),
            ("source", row.source.map { .string($0.location.description) } ?? .null),
        ])
    }

    static func domainJSON(_ domain: DomainScore) -> JSONValue {
        .object([("domain", .string(domain.domain)), ("score", .number(domain.score)), ("coverage", .number(domain.coverage))])
    }

    static func rollUpJSON(_ rollUp: RollUp) -> JSONValue {
        .object([
            ("scope", .string(rollUp.scope.rawValue)),
            ("unit", .string(rollUp.unit)),
            ("score", .number(rollUp.score)),
            ("coverage", .number(rollUp.coverage)),
            ("rating", .string(rollUp.rating?.label)),
            ("members", .array(rollUp.members.map { .string($0) })),
            ("left_out_incomplete", .array(rollUp.leftOut.map { .string($0) })),
            ("left_out_not_started", .array(rollUp.notStarted.map { .string($0) })),
            ("capped_members", .array(rollUp.cappedMembers.map { .string($0) })),
            ("domains", .array(rollUp.domains.map(domainJSON))),
        ])
    }

    static func changeJSON(_ change: CriterionChange) -> JSONValue {
        .object([
            ("criterion", .string(change.criterion)),
            ("previous_criterion", .string(change.previousCriterion)),
            ("from", .string(change.from.code)),
            ("to", .string(change.to.code)),
            ("from_value", .number(change.fromValue)),
            ("to_value", .number(change.toValue)),
        ])
    }

    static func actionJSON(_ action: RemediationAction, date: String?) -> JSONValue {
        .object([
            ("year", .integer(action.year)),
            ("unit", .string(action.unit)),
            ("criterion", .string(action.criterion)),
            ("action", .string(action.action)),
            ("owner", .string(action.owner)),
            ("due", .string(action.due)),
            ("status", .string(action.status.rawValue)),
            ("open", .bool(action.status.isOpen)),
            ("overdue", date.map { .bool(action.isOverdue(on: $0)) } ?? .null),
            ("source", .string(action.location.description)),
        ])
    }

    static func trendJSON(_ trend: Trend) -> JSONValue {
        .object([
            ("unit", .string(trend.unit)),
            ("unit_from", .string(trend.unitFrom)),
            ("year_from", .integer(trend.yearFrom)),
            ("year_to", .integer(trend.yearTo)),
            ("score_from", .number(trend.scoreFrom)),
            ("score_to", .number(trend.scoreTo)),
            ("comparable", .bool(trend.comparable)),
            ("incomplete_years", .array(trend.incompleteYears.map { .integer($0) })),
            ("delta", .number(trend.delta)),
            ("like_for_like_from", .number(trend.likeForLikeFrom)),
            ("like_for_like_to", .number(trend.likeForLikeTo)),
            ("delta_like_for_like", .number(trend.deltaLikeForLike)),
            ("regressions", .array(trend.regressions.map(changeJSON))),
            ("improvements", .array(trend.improvements.map(changeJSON))),
            ("added", .array(trend.added.map { .string($0) })),
            ("removed", .array(trend.removed.map { .string($0) })),
        ])
    }
}
