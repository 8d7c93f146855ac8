import VigieCore

/// What a year overview (`index.html`, `<year>/index.html`) shows: the canton's score, the departments, the heat
/// map, the ranking, the incomplete units, the remediation actions, campaigns in progress, the years. Its property
/// names (with the frame's, see `PageFrame`) are the names an `index.mustache` template reads.
struct IndexPageModel: MustacheModel {
    struct Counts {
        var audited: String
        var ranked: String
        var incomplete: String
    }

    struct MethodLink {
        var href: String
        var label: String
        var sentence: String
    }

    /// A roll-up's row: the canton's, or a department's (with `id`, `name`, `anchor`, `href`).
    struct RollUpRow {
        var id: String
        var name: String
        var anchor: String
        var href: String
        var score: Figure
        var rating: Figure
        var coverage: Figure
        var members: String
        var remarks: [String]
    }

    struct Domain {
        var code: String
        var title: String
    }

    struct LegendItem {
        var band: String
        var symbol: String
        var label: String
    }

    /// A heat-map cell: a figure (`defined`, `text`), its band and symbol, and its column's label.
    struct Cell {
        var defined: Bool
        var text: String?
        var label: String
        var band: String
        var symbol: String
    }

    struct HeatRow {
        var name: String
        var href: String
        var incomplete: Bool
        var notStarted: Bool
        var cells: [Cell]
    }

    struct HeatGroup {
        var hasName: Bool
        var name: String?
        var colspan: String
        var rows: [HeatRow]
    }

    struct Ranked {
        var rank: String
        var href: String
        var name: String
        var id: String
        var department: String
        var score: Figure
        var rating: Figure
        var capped: Bool
        var coverage: String
        var previousRank: String
        var rankSymbol: String?
        var rankMove: String
    }

    struct Incomplete {
        var href: String
        var name: String
        var id: String
        var department: String
        var coverage: String
        var score: Figure
        var unanswered: String
    }

    struct Remediation {
        var href: String
        var name: String
        var id: String
        var open: String
        var overdue: String
        var hasOverdue: Bool
    }

    struct Year {
        var year: String
        var score: Figure
        var rating: Figure
        var audited: String
        var incomplete: String
    }

    var frame: PageFrame
    var hasOtherYears: Bool
    var otherYears: [UnitPageModel.OtherYear]
    var heading: String
    var method: MethodLink
    var lead: String
    var counts: Counts
    var campaigns: [CampaignSection]
    var hasDepartments: Bool
    var canton: RollUpRow
    var cantonSentence: String
    var departmentsCaption: String
    var departments: [RollUpRow]
    var domains: [Domain]
    var heatmapCaption: String
    var heatmapSentence: String
    var legend: [LegendItem]
    var heatGroups: [HeatGroup]
    var hasRanking: Bool
    var rankingCaption: String
    var ranking: [Ranked]
    var hasIncomplete: Bool
    var incompleteSentence: String
    var incompleteCaption: String
    var notStartedSentence: String?
    var incomplete: [Incomplete]
    var hasRemediation: Bool
    var remediationSentence: String
    var remediationCaption: String
    var remediation: [Remediation]
    var years: [Year]
    var yearsSentence: String
    var yearsCaption: String
    var yearsChart: String
    var trendsHref: String
}
