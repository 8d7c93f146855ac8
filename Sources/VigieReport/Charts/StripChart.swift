/// The distribution of unit scores per row (a domain), on a 0–100 scale: each unit a dot, the quartiles a box, the
/// median a bar across it, and an optional reference mark (the canton's score). Its numbers stand in a table beside it.
struct StripChart {
    struct Row {
        var label: String
        /// Each unit's score, any order.
        var values: [Double]
        var reference: Double?
        /// The text after the track: the median, or why there is none.
        var valueText: String
    }

    var id, title, summary: String
    var rows: [Row]

    /// The quartiles (25 %, 50 %, 75 %) of sorted values, interpolated linearly between the closest ranks.
    static func quartiles(_ sorted: [Double]) -> (Double, Double, Double)? {
        guard !sorted.isEmpty else { return nil }
        func at(_ p: Double) -> Double {
            let position = p * Double(sorted.count - 1)
            let low = Int(position.rounded(.down)), high = Int(position.rounded(.up))
            return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
        }
        return (at(0.25), at(0.5), at(0.75))
    }

    func svg() -> String {
        let width = 640.0, labelHeight = 18.0, band = 18.0, rowHeight = 48.0, scale = 5.2
        let height = Double(rows.count) * rowHeight + 30
        var out = SVG.open(id: id, width: width, height: height, title: title, summary: summary, className: "chart strip")
        for tick in [0.0, 25, 50, 75, 100] {
            let x = tick * scale
            out += "<line class=\"grid\" x1=\"\(SVG.n(x))\" y1=\"0\" x2=\"\(SVG.n(x))\" y2=\"\(SVG.n(height - 22))\"/>"
            out += "<text class=\"tick\" x=\"\(SVG.n(x))\" y=\"\(SVG.n(height - 6))\" text-anchor=\"\(tick == 0 ? "start" : tick == 100 ? "end" : "middle")\">\(Int(tick))</text>"
        }
        func x(_ value: Double) -> Double { max(0, min(100, value)) * scale }
        for (index, row) in rows.enumerated() {
            let top = Double(index) * rowHeight
            out += "<text class=\"label\" x=\"0\" y=\"\(SVG.n(top + 13))\">\(HTMLText.escape(row.label))</text>"
            let bandTop = top + labelHeight + 2, middle = bandTop + band / 2
            out += "<rect class=\"track\" x=\"0\" y=\"\(SVG.n(bandTop))\" width=\"\(SVG.n(100 * scale))\" height=\"\(SVG.n(band))\"/>"
            let sorted = row.values.sorted()
            if let (q1, median, q3) = Self.quartiles(sorted) {
                out += "<line class=\"whisker\" x1=\"\(SVG.n(x(sorted.first!)))\" y1=\"\(SVG.n(middle))\" x2=\"\(SVG.n(x(sorted.last!)))\" y2=\"\(SVG.n(middle))\"/>"
                out += "<rect class=\"box\" x=\"\(SVG.n(x(q1)))\" y=\"\(SVG.n(bandTop + 2))\" width=\"\(SVG.n(max(1, x(q3) - x(q1))))\" height=\"\(SVG.n(band - 4))\"/>"
                for value in sorted {
                    out += "<circle class=\"dot\" cx=\"\(SVG.n(x(value)))\" cy=\"\(SVG.n(middle))\" r=\"3\"/>"
                }
                out += "<path class=\"median\" d=\"M\(SVG.n(x(median))) \(SVG.n(bandTop))v\(SVG.n(band))\"/>"
            }
            if let reference = row.reference {
                out += "<path class=\"ref\" d=\"M\(SVG.n(x(reference) - 5)) \(SVG.n(bandTop - 6))h10l-5 6z\"/>"
            }
            out += "<text class=\"value\" x=\"\(SVG.n(100 * scale + 8))\" y=\"\(SVG.n(bandTop + 13))\">\(HTMLText.escape(row.valueText))</text>"
        }
        out += "</svg>"
        return out
    }
}
