import VigieCore

/// Small helpers for the inline SVG charts: coordinates with a point and at most two decimals.
enum SVG {
    static func n(_ value: Double) -> String { NumberText.canonical(value, decimals: 2) }

    /// The opening tag of an accessible chart: `role="img"`, labelled by its `<title>` and described by its `<desc>`.
    static func open(id: String, width: Double, height: Double, title: String, summary: String, className: String) -> String {
        var svg = HTMLWriter(capacity: 512)
        open(id: id, width: width, height: height, title: title, summary: summary, className: className, to: &svg)
        return svg.html
    }

    /// `open`, written at the end of `svg`.
    static func open(id: String, width: Double, height: Double, title: String, summary: String, className: String,
                     to svg: inout HTMLWriter) {
        svg.raw("<svg class=\""); svg.raw(className); svg.raw("\" role=\"img\" viewBox=\"0 0 "); svg.number(width); svg.raw(" ")
        svg.number(height); svg.raw("\" width=\""); svg.number(width); svg.raw("\" height=\""); svg.number(height)
        svg.raw("\" aria-labelledby=\""); svg.raw(id); svg.raw("-t "); svg.raw(id)
        svg.raw("-d\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\""); svg.raw(id); svg.raw("-t\">"); svg.text(title)
        svg.raw("</title><desc id=\""); svg.raw(id); svg.raw("-d\">"); svg.text(summary); svg.raw("</desc>")
    }
}

extension HTMLWriter {
    /// A coordinate as `SVG.n` writes it.
    mutating func number(_ value: Double) { canonical(value, decimals: 2) }
}
