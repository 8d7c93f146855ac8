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
        var svg = HTMLWriter(capacity: 2048 + points.count * 320)
        SVG.open(id: id, width: width, height: height, title: title, summary: summary, className: "chart line", to: &svg)
        for tick in [0.0, 25, 50, 75, 100] {
            let y = top + plotHeight * (1 - tick / 100)
            svg.raw("<line class=\"grid\" x1=\""); svg.number(left); svg.raw("\" y1=\""); svg.number(y); svg.raw("\" x2=\"")
            svg.number(width - right); svg.raw("\" y2=\""); svg.number(y); svg.raw("\"/><text class=\"tick\" x=\""); svg.number(left - 6)
            svg.raw("\" y=\""); svg.number(y + 4); svg.raw("\" text-anchor=\"end\">"); svg.canonical(tick, decimals: 0); svg.raw("</text>")
        }
        let count = points.count
        let step = count > 1 ? (width - left - right - 40) / Double(count - 1) : 0
        func x(_ index: Int) -> Double { count > 1 ? left + 20 + Double(index) * step : (left + width - right) / 2 }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - max(0, min(100, value)) / 100) }
        // The runs of defined points, each a polyline when it has two points or more.
        var start = 0
        while start < count {
            guard points[start].value != nil else { start += 1; continue }
            var end = start
            while end < count && points[end].value != nil { end += 1 }
            if end - start > 1 {
                svg.raw("<polyline class=\"series\" points=\"")
                for index in start..<end {
                    if index > start { svg.raw(" ") }
                    svg.number(x(index)); svg.raw(","); svg.number(y(points[index].value!))
                }
                svg.raw("\"/>")
            }
            start = end
        }
        for (index, point) in points.enumerated() {
            svg.raw("<text class=\"tick\" x=\""); svg.number(x(index)); svg.raw("\" y=\""); svg.number(height - 10)
            svg.raw("\" text-anchor=\"middle\">"); svg.text(point.label); svg.raw("</text>")
            guard let value = point.value else { continue }
            svg.raw("<circle class=\"series\" cx=\""); svg.number(x(index)); svg.raw("\" cy=\""); svg.number(y(value)); svg.raw("\" r=\"4\"/>")
            svg.raw("<text class=\"value\" x=\""); svg.number(x(index)); svg.raw("\" y=\""); svg.number(y(value) - 9)
            svg.raw("\" text-anchor=\"middle\">"); svg.text(point.valueText); svg.raw("</text>")
        }
        svg.raw("</svg>")
        return svg.html
    }
}
