import VigieCore

/// The index's section on a campaign in progress (a year after the one at a glance, with sheets but no complete unit):
/// per unit whether it is not started, its answered share, whether it is complete, and the count of each. Never a
/// score: the figures of a campaign under way are not results. `campaigns` of the overview's model.
struct CampaignSection {
    struct Row {
        var name, id, department, status, statusClass, answered: String
    }

    var anchor, heading, sentence, caption: String
    var rows: [Row]

    init(_ scores: YearScores, model: ReportModel) {
        let format = model.format
        let year = String(scores.year)
        let count: (UnitStatus) -> String = { status in format.integer(scores.units.count { $0.status == status }) }
        let byUnit = Dictionary(scores.units.map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered = model.grouped(scores.units.map(\.unit)).flatMap(\.units).compactMap { byUnit[$0] }
        anchor = "s-campaign-" + year
        heading = model.t(.campaignHeading, ["year": year])
        sentence = model.t(.campaignSentence, [
            "year": year, "notStarted": count(.notStarted), "inProgress": count(.incomplete), "complete": count(.complete),
            "units": format.integer(scores.units.count), "current": String(model.current.year),
        ])
        caption = model.t(.campaignCaption, ["year": year])
        rows = ordered.map { unit in
            Row(name: model.name(of: unit.unit), id: unit.unit, department: model.department(of: unit.unit).map(model.name(of:)) ?? "",
                status: model.t(Self.statusKey(unit.status)), statusClass: unit.status.rawValue, answered: format.percent(unit.coverage))
        }
    }

    static func statusKey(_ status: UnitStatus) -> TextKey {
        switch status {
        case .notStarted: .notStarted
        case .incomplete: .inProgress
        case .complete: .completeStatus
        }
    }
}
