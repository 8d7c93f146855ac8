import Mustache

/// Every fixed text of the HTML report. Templates read them as `{{t.<key>}}`; code uses `Strings.text`.
/// Texts with `{name}` placeholders are filled by `Strings.format` (single braces: never Mustache).
public enum TextKey: String, CaseIterable, Sendable {
    // Page frame
    case appName, appTagline, skipToContent, noticeLabel, breadcrumbs, pagesNav, catalogue, fingerprint
    case generatedOn, generatedBy, minimumCoverage, notDefined
    // Page titles
    case indexTitle, trendsTitle, indexHeading, trendsHeading
    // Figures and columns
    case score, rating, coverage, rank, unit, department, domain, year, criterion, criteria, answer, evidence
    case comment, legalBasis, guidance, weight, priority, potentialGain, remarks, difference, period
    case scoreFrom, scoreTo, delta, deltaLikeForLike, improvements, regressions, change, before, now, trend
    case unanswered, unitsAudited, unitsRanked, unitsIncomplete, membersCounted, canton, cantonMean, thisUnit
    case incomplete, critical, capped, cappedShort, noRow, none, legend, otherYears
    // Index
    case indexLead, cantonHeading, cantonSentenceDepartments, cantonSentenceUnits, cantonSentenceUndefined
    case departmentsHeading, departmentsCaption, remarkLeftOut, remarkCapped
    case heatmapHeading, heatmapSentence, heatmapCaption, legendFrom, legendBelow, legendUndefined
    case rankingHeading, rankingCaption, noRanking
    case incompleteHeading, incompleteSentence, incompleteNone, incompleteCaption
    case cantonOverYears, yearsSentence, yearsSentenceSingle, yearsCaption, yearsChartTitle, seeTrends
    // Unit
    case unitLeadDepartment, summaryHeading, rankOf, notRankedIncomplete, notRanked
    case cappedNote, criticalNote, incompleteNote
    case domainsHeading, domainSentence, domainSentenceNone, domainChartTitle, domainCaption
    case actionsHeading, actionsSentence, noActions, actionsCaption
    case plannedActions, actionOverdue, actionDue, actionStatusPlanned, actionStatusInProgress, actionStatusDone, actionStatusDropped
    case overdueSentence, overdueNone, overdueNoDate
    case remediationHeading, remediationSentence, remediationCaption, remediationNone, openActions, overdueActions
    case trendHeading, trendSentence, trendSentenceFirst, trendChartTitle, trendCaption, bridgeFrom
    case sinceLastAudit, changesCaption, noChanges, improved, regressed, formerly
    case catalogueChangesHeading, criteriaAdded, criteriaRemoved, noCatalogueChanges
    case criteriaHeading, criteriaSentence, criteriaCaption
    case answerMet, answerPartial, answerNotMet, answerNA, answerUnanswered, answerLevel
    // Trends
    case trendsLead, unitsOverYears, tableSentence, tableCaption, sparklineTitle
    case biggestMoves, movesSentence, biggestImprovements, biggestRegressions, movesCriteria
    case catalogueSentence, catalogueChangeCaption, added, removed, replacesNote, replacedBy
    // Campaign states (PRODUCT.md, Revision 2)
    case notStarted, notAnswered, notComparable, notStartedNote, notStartedSentence, inProgress, completeStatus, status
    case answeredShare, campaignHeading, campaignSentence, campaignCaption
    case notComparableHeading, notComparableSentence, notComparableCaption, actionsNotStarted
    // Punctuation as the language writes it (fr: a no-break space before ":", a narrow one before ";"), and
    // the Δ column headings that name their years
    case colon, semicolon, deltaYears, deltaLikeForLikeYears
    // Rankings: the change of rank
    case previousRank, notRankedBefore, rankingCaptionOne
    // Domain view
    case domainsTitle, domainViewHeading, domainsLead, domainsSentence, distributionHeading, distributionCaption, oneUnit, middleHalf, median, unitsScored, lowest, lowerQuartile, upperQuartile, highest, lowestUnit, domainYearsHeading, domainYearsCaption, seeHeatmap
    // Department pages
    case departmentsOfYear, departmentLead, departmentYearsSentence, departmentUndefined, departmentYearsCaption, membersHeading, membersSentence, membersCaption, cappedHeading, cappedMember, cappedNone, departmentYearsHeading, deltaSincePrevious, membersLeftOut, allDepartments
    // Unit page, change first
    case changeSince, inYear, sinceYear, improvedCriteria, regressedCriteria, moreChanges, seeFullList, topCaption, moreActions, allActionsHeading, levelScale, overdueElsewhere
    // A page written in parts (issue 18)
    case partUnits, partUnitsOne, partsLabel, indexPartsSentence, trendsPartsSentence, indexPartLead, trendsPartLead, rankingPartsSentence
}

/// One language's table of texts.
public struct Strings: Sendable, LanguageTexts {
    public let language: ReportLanguage
    let texts: TextTable<TextKey>
    /// The same texts by key name, for templates.
    let byName: [String: String]

    public init(_ language: ReportLanguage) {
        self.language = language
        self.texts = TextTable(Self.table(for: language))
        self.byName = Dictionary(uniqueKeysWithValues: TextKey.allCases.map { [texts] in ($0.rawValue, texts.text($0)) })
    }
}

extension Strings: MustacheParent {
    /// `{{t.key}}` in a template: an unknown key renders `⟦key⟧`, visible, instead of nothing.
    public func child(named name: String) -> Any? {
        byName[name] ?? TextTable<TextKey>.missing(name)
    }
}
