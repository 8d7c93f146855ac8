/// A score (0–100) over the years, each point labelled with its value.
struct LineChart {
    struct Point {
        var label: String
        var value: Double?
        var valueText: String
    }

    var id, title, summary: String
    var points: [Point]

    func svg() -> String {
        let width = 640.0, height = 240.0, left = 36.0, right = 24.0, top = 20.0, bottom = 32.0
        let plotHeight = height - top - bottom
        var out = SVG.open(id: id, width: width, height: height, title: title, summary: summary, className: "chart line")
        for tick in [0.0, 25, 50, 75, 100] {
            let y = top + plotHeight * (1 - tick / 100)
            out += "<line class=\"grid\" x1=\"\(SVG.n(left))\" y1=\"\(SVG.n(y))\" x2=\"\(SVG.n(width - right))\" y2=\"\(SVG.n(y))\"/>"
            out += "<text class=\"tick\" x=\"\(SVG.n(left - 6))\" y=\"\(SVG.n(y + 4))\" text-anchor=\"end\">\(Int(tick))</text>"
        }
        let count = points.count
        let step = count > 1 ? (width - left - right - 40) / Double(count - 1) : 0
        func x(_ index: Int) -> Double { count > 1 ? left + 20 + Double(index) * step : (left + width - right) / 2 }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - max(0, min(100, value)) / 100) }
        var segment: [String] = []
        func flush() {
            if segment.count > 1 { out += "<polyline class=\"series\" points=\"\(segment.joined(separator: " "))\"/>" }
            segment = []
        }
        for (index, point) in points.enumerated() {
            if let value = point.value { segment.append("\(SVG.n(x(index))),\(SVG.n(y(value)))") } else { flush() }
        }
        flush()
        for (index, point) in points.enumerated() {
            out += "<text class=\"tick\" x=\"\(SVG.n(x(index)))\" y=\"\(SVG.n(height - 10))\" text-anchor=\"middle\">\(HTMLText.escape(point.label))</text>"
            guard let value = point.value else { continue }
            out += "<circle class=\"series\" cx=\"\(SVG.n(x(index)))\" cy=\"\(SVG.n(y(value)))\" r=\"4\"/>"
            out += "<text class=\"value\" x=\"\(SVG.n(x(index)))\" y=\"\(SVG.n(y(value) - 9))\" text-anchor=\"middle\">\(HTMLText.escape(point.valueText))</text>"
        }
        out += "</svg>"
        return out
    }
}
