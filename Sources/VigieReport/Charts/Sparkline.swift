/// A small line of a unit's scores over the years; years without a defined score break the line.
struct Sparkline {
    var id, title, summary: String
    /// One slot per year of the report, nil where the unit has no defined score.
    var values: [Double?]

    func svg() -> String {
        let width = 120.0, height = 32.0, pad = 4.0
        var out = SVG.open(id: id, width: width, height: height, title: title, summary: summary, className: "chart spark")
        let step = values.count > 1 ? (width - 2 * pad) / Double(values.count - 1) : 0
        func point(_ index: Int, _ value: Double) -> (Double, Double) {
            (values.count > 1 ? pad + Double(index) * step : width / 2, height - pad - max(0, min(100, value)) / 100 * (height - 2 * pad))
        }
        out += "<line class=\"base\" x1=\"\(SVG.n(pad))\" y1=\"\(SVG.n(height - pad))\" x2=\"\(SVG.n(width - pad))\" y2=\"\(SVG.n(height - pad))\"/>"
        var segment: [(Double, Double)] = []
        func flush() {
            if segment.count > 1 {
                out += "<polyline points=\"" + segment.map { "\(SVG.n($0.0)),\(SVG.n($0.1))" }.joined(separator: " ") + "\"/>"
            }
            segment = []
        }
        for (index, value) in values.enumerated() {
            if let value { segment.append(point(index, value)) } else { flush() }
        }
        flush()
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            let (x, y) = point(index, value)
            out += "<circle cx=\"\(SVG.n(x))\" cy=\"\(SVG.n(y))\" r=\"\(index == values.count - 1 ? 3 : 2)\"/>"
        }
        out += "</svg>"
        return out
    }
}
