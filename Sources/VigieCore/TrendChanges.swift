/// The criteria whose value changed between the two audits of a trend, worked out from the answers when asked rather
/// than kept: a report holds every trend of every unit, and their lists took 2 to 3 KB a trend (70 MB at 3,000 units
/// × 100 criteria × 10 years); the page of one unit needs its own only while it is written.
struct TrendChanges: Sendable, Equatable {
    /// What every trend of one pair of years shares (one object for them all, rather than a copy in each trend):
    /// the criteria added and removed, and for their changes the criteria paired across the years, the catalogue's
    /// arrays and the answers (the slots of every unit-year, where a trend keeps only the places of its two).
    final class Pair: Sendable {
        let added, removed: [String]
        let counterparts: [(after: Int, before: Int)]
        /// nil when the scoring kept no details.
        let context: CriterionRows.Context?
        let slots: AnswerSlots.Storage?

        init(added: [String], removed: [String], counterparts: [(after: Int, before: Int)], context: CriterionRows.Context?,
             slots: AnswerSlots.Storage?) {
            (self.added, self.removed, self.counterparts) = (added, removed, counterparts)
            (self.context, self.slots) = (context, slots)
        }
    }


    /// The catalogue's arrays and the answers.
    let context: CriterionRows.Context
    /// (criterion of the later year, its counterpart in the earlier year): one per class present in both years,
    /// shared by every trend of the same pair of years.
    let counterparts: [(after: Int, before: Int)]
    /// The answer slots of the earlier and the later unit-year.
    let before: AnswerSlots
    let after: AnswerSlots

    /// Each changed criterion in catalogue order (of the later year), and whether its value rose.
    private func each(_ body: (_ after: Int, _ before: Int, _ from: AnswerValue, _ to: AnswerValue, _ rose: Bool) -> Void) {
        let store = context.sources.store
        for (c, previous) in counterparts {
            let from = before.value(previous, in: store), to = after.value(c, in: store)
            guard let fromValue = from.value, let toValue = to.value, fromValue != toValue else { continue }
            body(c, previous, from, to, toValue > fromValue)
        }
    }

    /// How many values fell and how many rose.
    var counts: (regressions: Int, improvements: Int) {
        var counts = (regressions: 0, improvements: 0)
        each { _, _, _, _, rose in if rose { counts.improvements += 1 } else { counts.regressions += 1 } }
        return counts
    }

    /// The values that rose (or fell), largest change first, then in catalogue order.
    func list(rising: Bool) -> [CriterionChange] {
        let criteria = context.catalogue.catalogue.criteria
        var changes: [(position: Int, change: CriterionChange)] = []
        each { c, previous, from, to, rose in
            guard rose == rising else { return }
            changes.append((c, CriterionChange(criterion: criteria[c].id, previousCriterion: criteria[previous].id, from: from, to: to,
                                               fromValue: from.value!, toValue: to.value!)))
        }
        return changes.sorted { a, b in
            let (da, db) = (abs(a.change.toValue - a.change.fromValue), abs(b.change.toValue - b.change.fromValue))
            return da != db ? da > db : a.position < b.position
        }.map(\.change)
    }

    static func == (a: TrendChanges, b: TrendChanges) -> Bool {
        a.list(rising: true) == b.list(rising: true) && a.list(rising: false) == b.list(rising: false)
    }
}
