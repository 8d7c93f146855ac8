/// `trends.html` as the built-in page writer writes it from its model.
enum TrendsPageHTML {
    static func write(_ page: TrendsPageModel, model: ReportModel) -> String { write(page, model: model, within: .max)! }

    /// The page, or nil when it would weigh more than `limit` bytes (the built-in writer stops there).
    static func write(_ page: TrendsPageModel, model: ReportModel, within limit: Int) -> String? {
        if model.templates.overridden.contains("trends") {
            let text = model.templates.render(page, page: "trends")
            return text.utf8.count > limit ? nil : text
        }
        let rows = page.unitRows?.groups.reduce(0) { $0 + $1.rows.count } ?? page.groups.reduce(0) { $0 + $1.rows.count }
        var html = PageHTML(model: model, page: page, capacity: 64_000 + rows * (1_400 + page.years.count * 120), limit: limit)
        html.header(page.frame)
        html.raw("<h1>"); html.text(page.heading); html.raw("</h1>\n<p class=\"lead\">"); html.text(page.lead); html.raw("</p>\n")
        html.sections(page, page.isPart ? [units] : [units, moves, notComparable, catalogue], frame: page.frame)
        return html.isOverLimit ? nil : html.html
    }

    static func units(_ page: TrendsPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-units\">\n<h2 id=\"s-units\">"); html.t(.unitsOverYears); html.raw("</h2>\n")
        if !page.parts.isEmpty { html.parts(page.partsSentence, page.parts); html.raw("</section>\n"); return }
        html.raw("<p class=\"summary\">")
        html.text(page.tableSentence); html.raw("</p>\n<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\""); html.text(page.tableCaption)
        html.raw("\">\n<table>\n<caption>"); html.text(page.tableCaption); html.raw("</caption>\n<thead><tr><th scope=\"col\">"); html.t(.unit)
        html.raw("</th><th scope=\"col\">"); html.t(.trend); html.raw("</th>")
        for year in page.years { html.raw("<th scope=\"col\" class=\"num\">"); html.text(year); html.raw("</th>") }
        html.raw("<th scope=\"col\" class=\"num\">"); html.text(page.deltaHeading); html.raw("</th><th scope=\"col\" class=\"num\">")
        html.text(page.likeForLikeHeading); html.raw("</th></tr></thead>\n")
        let trend = StackLabels(html.strings, .trend)[0]
        for (name, colspan, rows) in page.tableGroups {
            html.rowGroup(name, colspan: colspan)
            for row in rows {
                // A page that would pass its limit is not written further (nor its remaining rows made).
                if html.isOverLimit { return }
                html.raw("<tr id=\""); html.text(row.anchor); html.raw("\"><th scope=\"row\"><a href=\""); html.text(row.href); html.raw("\">"); html.text(row.name)
                html.raw("</a> <span class=\"id\">"); html.text(row.id); html.raw("</span>")
                if let bridge = row.bridge { html.raw("<span class=\"q\">"); html.text(bridge); html.raw("</span>") }
                if let reason = row.notComparableReason { html.raw(" <span class=\"small\">"); html.text(reason); html.raw("</span>") }
                html.raw("</th><td"); html.raw(trend); html.raw(">"); html.raw(row.sparkline); html.raw("</td>")
                for cell in row.cells {
                    html.raw("<td class=\"num\" data-label=\""); html.text(cell.year); html.raw("\">")
                    if cell.linked {
                        html.raw("<a href=\""); html.text(cell.href ?? ""); html.raw("\">"); html.figure(Figure(cell.text), scope: cell); html.raw("</a>")
                    } else {
                        html.figure(Figure(cell.text), scope: cell)
                    }
                    if let predecessor = cell.predecessor { html.raw(" <span class=\"small\">("); html.text(predecessor); html.raw(")</span>") }
                    if cell.incomplete { html.raw(" <span class=\"tag\">"); html.t(.incomplete); html.raw("</span>") }
                    if cell.notStarted == true { html.raw(" <span class=\"tag\">"); html.t(.notStarted); html.raw("</span>") }
                    html.raw("</td>")
                }
                html.raw("<td class=\"num\" data-label=\""); html.text(page.deltaHeading); html.raw("\">"); html.figure(row.delta)
                if let period = row.deltaPeriod { html.raw(" <span class=\"small\">("); html.text(period); html.raw(")</span>") }
                html.raw("</td><td class=\"num\" data-label=\""); html.text(page.likeForLikeHeading); html.raw("\">"); html.figure(row.likeForLike)
                html.raw("</td></tr>\n")
            }
            html.raw("</tbody>\n")
        }
        html.raw("</table>\n</div>\n</section>\n")
    }

    static func moves(_ page: TrendsPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-moves\">\n<h2 id=\"s-moves\">"); html.t(.biggestMoves); html.raw("</h2>\n<p class=\"summary\">")
        html.text(page.movesSentence); html.raw("</p>\n")
        let label = StackLabels(html.strings, .period, .deltaLikeForLike, .delta, .criteria)
        for moves in page.moves {
            html.table(moves.caption, columns: [(.unit, false), (.period, false), (.deltaLikeForLike, true), (.delta, true), (.criteria, false)])
            for move in moves.rows {
                html.raw("<tr><th scope=\"row\"><a href=\""); html.text(move.href); html.raw("\">"); html.text(move.name); html.raw("</a> <span class=\"id\">")
                html.text(move.id); html.raw("</span></th><td"); html.raw(label[0]); html.raw(">"); html.text(move.period); html.raw("</td><td class=\"num\"")
                html.raw(label[1]); html.raw("><span class=\"sym\" aria-hidden=\"true\">"); html.text(move.symbol); html.raw("</span> "); html.figure(move.likeForLike)
                html.raw("</td><td class=\"num\""); html.raw(label[2]); html.raw(">"); html.figure(move.delta); html.raw("</td><td class=\"small\"")
                html.raw(label[3]); html.raw(">"); html.text(move.criteria); html.raw("</td></tr>\n")
            }
            if moves.rows.isEmpty { html.raw("<tr><td colspan=\"5\">"); html.t(.none); html.raw("</td></tr>\n") }
            html.tableEnd()
        }
        html.raw("</section>\n")
    }

    static func notComparable(_ page: TrendsPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-not-comparable\">\n<h2 id=\"s-not-comparable\">"); html.t(.notComparableHeading)
        html.raw("</h2>\n<p class=\"summary\">"); html.text(page.notComparableSentence); html.raw("</p>\n")
        if page.hasNotComparable {
            html.table(page.notComparableCaption, columns: [(.unit, false), (.period, false), (.remarks, false)])
            let label = StackLabels(html.strings, .period, .remarks)
            for pair in page.notComparable {
                html.raw("<tr><th scope=\"row\"><a href=\""); html.text(pair.href); html.raw("\">"); html.text(pair.name); html.raw("</a> <span class=\"id\">")
                html.text(pair.id); html.raw("</span></th><td"); html.raw(label[0]); html.raw(">"); html.text(pair.period); html.raw("</td><td"); html.raw(label[1])
                html.raw(">"); html.text(pair.reason); html.raw("</td></tr>\n")
            }
            html.tableEnd()
        } else {
            html.raw("<p>"); html.t(.none); html.raw("</p>\n")
        }
        html.raw("</section>\n")
    }

    static func catalogue(_ page: TrendsPageModel, _ html: inout PageHTML) {
        html.raw("\n<section aria-labelledby=\"s-catalogue\">\n<h2 id=\"s-catalogue\">"); html.t(.catalogueChangesHeading); html.raw("</h2>\n<p class=\"summary\">")
        html.text(page.catalogueSentence); html.raw("</p>\n")
        let label = StackLabels(html.strings, .change, .remarks)
        for change in page.catalogueChanges {
            html.raw("<h3>"); html.text(change.period); html.raw("</h3>\n")
            if change.hasAny {
                html.table(change.caption, columns: [(.criterion, false), (.change, false), (.remarks, false)])
                for row in change.rows {
                    html.raw("<tr><th scope=\"row\">"); html.text(row.id); html.raw(" "); html.text(row.title); html.raw("</th><td"); html.raw(label[0])
                    html.raw(">"); html.text(row.kind); html.raw("</td><td"); html.raw(label[1]); html.raw(">"); html.text(row.remark); html.raw("</td></tr>\n")
                }
                html.tableEnd()
            } else {
                html.raw("<p>"); html.t(.noCatalogueChanges); html.raw("</p>\n")
            }
        }
        html.raw("</section>\n")
    }
}
