import VigieCore

/// What a year overview (`index.html`, `<year>/index.html`) shows: the canton's score, the departments, the heat
/// map, the ranking, the incomplete units, the remediation actions, campaigns in progress, the years. Its property
/// names (with the frame's, see `PageFrame`) are the names an `index.mustache` template reads.
struct IndexPageModel: MustacheModel {
    struct Counts {
        var audited, ranked, incomplete: String
    }

    struct MethodLink {
        var href, label, sentence: String
    }

    /// A roll-up's row: the canton's, or a department's (with `id`, `name`, `anchor`, `href`).
    struct RollUpRow {
        var id, name, anchor, href: String
        var score, rating, coverage: Figure
        var members: String
        var remarks: [String]
    }

    struct Domain {
        var code, title: String
    }

    struct LegendItem {
        var band, symbol, label: String
    }

    /// A heat-map cell: a figure (`defined`, `text`), its band and symbol, and its column's label.
    struct Cell {
        var defined: Bool
        var text: String?
        var label, band, symbol: String
    }

    struct HeatRow {
        var name, href: String
        var incomplete, notStarted: Bool
        var cells: [Cell]
    }

    typealias HeatGroup = RowGroup<HeatRow>

    struct Ranked {
        var rank, href, name, id, department: String
        var score, rating: Figure
        var capped: Bool
        var coverage, previousRank: String
        var rankSymbol: String?
        var rankMove: String
    }

    struct Incomplete {
        var href, name, id, department, coverage: String
        var score: Figure
        var unanswered: String
    }

    struct Remediation {
        var href, name, id, open, overdue: String
        var hasOverdue: Bool
    }

    struct Year {
        var year: String
        var score, rating: Figure
        var audited, incomplete: String
    }

    var frame: PageFrame
    var hasOtherYears: Bool
    var otherYears: [UnitPageModel.OtherYear]
    var heading, lead: String
    var method: MethodLink
    var counts: Counts
    var campaigns: [CampaignSection]
    var hasDepartments: Bool
    var canton: RollUpRow
    var cantonSentence, departmentsCaption: String
    var departments: [RollUpRow]
    var domains: [Domain]
    var heatmapCaption, heatmapSentence: String
    var legend: [LegendItem]
    var heatGroups: [HeatGroup]
    var hasRanking: Bool
    var rankingCaption: String
    var ranking: [Ranked]
    var hasIncomplete: Bool
    var incompleteSentence, incompleteCaption: String
    var notStartedSentence: String?
    var incomplete: [Incomplete]
    var hasRemediation: Bool
    var remediationSentence, remediationCaption: String
    var remediation: [Remediation]
    var years: [Year]
    var yearsSentence, yearsCaption, yearsChart, trendsHref: String
    /// A part of an overview written in parts (`PageParts`): its heat map and ranking only.
    var isPart = false
    /// On an overview written in parts: the links to them, where the heat map and the ranking stand otherwise.
    var parts: [PagePart] = []
    var partsSentence = ""
}
