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
        let width = 640.0, labelHeight = 18.0, barHeight = 16.0, rowHeight = 46.0, left = 0.0, scale = 5.2
        let height = Double(rows.count) * rowHeight + 30
        var out = SVG.open(id: id, width: width, height: height, title: title, summary: summary, className: "chart bars")
        // Scale: 0, 50, 100.
        for tick in [0.0, 25, 50, 75, 100] {
            let x = left + tick * scale
            out += "<line class=\"grid\" x1=\"\(SVG.n(x))\" y1=\"0\" x2=\"\(SVG.n(x))\" y2=\"\(SVG.n(height - 22))\"/>"
            out += "<text class=\"tick\" x=\"\(SVG.n(x))\" y=\"\(SVG.n(height - 6))\" text-anchor=\"\(tick == 0 ? "start" : tick == 100 ? "end" : "middle")\">\(Int(tick))</text>"
        }
        for (index, row) in rows.enumerated() {
            let top = Double(index) * rowHeight
            out += "<text class=\"label\" x=\"\(SVG.n(left))\" y=\"\(SVG.n(top + 13))\">\(HTMLText.escape(row.label))</text>"
            let barTop = top + labelHeight + 2
            out += "<rect class=\"track\" x=\"\(SVG.n(left))\" y=\"\(SVG.n(barTop))\" width=\"\(SVG.n(100 * scale))\" height=\"\(SVG.n(barHeight))\"/>"
            if let value = row.value {
                out += "<rect class=\"bar\" x=\"\(SVG.n(left))\" y=\"\(SVG.n(barTop))\" width=\"\(SVG.n(max(0, min(100, value)) * scale))\" height=\"\(SVG.n(barHeight))\"/>"
            }
            out += "<text class=\"value\" x=\"\(SVG.n(left + 100 * scale + 8))\" y=\"\(SVG.n(barTop + 13))\">\(HTMLText.escape(row.valueText))</text>"
            if let reference = row.reference {
                let x = left + max(0, min(100, reference)) * scale
                out += "<path class=\"ref\" d=\"M\(SVG.n(x)) \(SVG.n(barTop - 4))v\(SVG.n(barHeight + 8))\"/>"
                out += "<path class=\"ref-mark\" d=\"M\(SVG.n(x - 5)) \(SVG.n(barTop - 6))h10l-5 6z\"/>"
            }
        }
        out += "</svg>"
        return out
    }
}
