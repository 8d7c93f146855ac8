/// Horizontal bars on a 0–100 scale, one per row, each with an optional reference mark (the canton's mean).
struct BarChart {
    struct Row {
        var label: String
        /// nil = undefined: no bar, a dash.
        var value: Double?
        var valueText: String
        var reference: Double?
    }

    var id, title, summary: String
    var rows: [Row]
    var referenceLabel: String

    func svg() -> String {
        var svg = HTMLWriter(capacity: 1024 + rows.count * 640)
        write(to: &svg)
        return svg.html
    }

    /// The chart written at the end of `svg`, its numbers straight into the bytes (a unit page has one).
    func write(to svg: inout HTMLWriter) {
        let width = 640.0, labelHeight = 18.0, barHeight = 16.0, rowHeight = 46.0, left = 0.0, scale = 5.2
        let height = Double(rows.count) * rowHeight + 30
        SVG.open(id: id, width: width, height: height, title: title, summary: summary, className: "chart bars", to: &svg)
        // Scale: 0, 50, 100.
        for tick in [0.0, 25, 50, 75, 100] {
            let x = left + tick * scale
            svg.raw("<line class=\"grid\" x1=\""); svg.number(x); svg.raw("\" y1=\"0\" x2=\""); svg.number(x); svg.raw("\" y2=\"")
            svg.number(height - 22); svg.raw("\"/><text class=\"tick\" x=\""); svg.number(x); svg.raw("\" y=\""); svg.number(height - 6)
            svg.raw(tick == 0 ? "\" text-anchor=\"start\">" : tick == 100 ? "\" text-anchor=\"end\">" : "\" text-anchor=\"middle\">")
            svg.canonical(tick, decimals: 0); svg.raw("</text>")
        }
        for (index, row) in rows.enumerated() {
            let top = Double(index) * rowHeight
            svg.raw("<text class=\"label\" x=\""); svg.number(left); svg.raw("\" y=\""); svg.number(top + 13); svg.raw("\">")
            svg.text(row.label); svg.raw("</text>")
            let barTop = top + labelHeight + 2
            svg.raw("<rect class=\"track\" x=\""); svg.number(left); svg.raw("\" y=\""); svg.number(barTop); svg.raw("\" width=\"")
            svg.number(100 * scale); svg.raw("\" height=\""); svg.number(barHeight); svg.raw("\"/>")
            if let value = row.value {
                svg.raw("<rect class=\"bar\" x=\""); svg.number(left); svg.raw("\" y=\""); svg.number(barTop); svg.raw("\" width=\"")
                svg.number(max(0, min(100, value)) * scale); svg.raw("\" height=\""); svg.number(barHeight); svg.raw("\"/>")
            }
            svg.raw("<text class=\"value\" x=\""); svg.number(left + 100 * scale + 8); svg.raw("\" y=\""); svg.number(barTop + 13)
            svg.raw("\">"); svg.text(row.valueText); svg.raw("</text>")
            if let reference = row.reference {
                let x = left + max(0, min(100, reference)) * scale
                svg.raw("<path class=\"ref\" d=\"M"); svg.number(x); svg.raw(" "); svg.number(barTop - 4); svg.raw("v")
                svg.number(barHeight + 8); svg.raw("\"/><path class=\"ref-mark\" d=\"M"); svg.number(x - 5); svg.raw(" ")
                svg.number(barTop - 6); svg.raw("h10l-5 6z\"/>")
            }
        }
        svg.raw("</svg>")
    }
}
