import VigieCore

/// Small helpers for the inline SVG charts: coordinates with a point and at most two decimals.
enum SVG {
    static func n(_ value: Double) -> String { NumberText.canonical(value, decimals: 2) }

    /// The opening tag of an accessible chart: `role="img"`, labelled by its `<title>` and described by its `<desc>`.
    static func open(id: String, width: Double, height: Double, title: String, summary: String, className: String) -> String {
        """
        <svg class="\(className)" role="img" viewBox="0 0 \(n(width)) \(n(height))" width="\(n(width))" height="\(n(height))" aria-labelledby="\(id)-t \(id)-d" focusable="false" xmlns="http://www.w3.org/2000/svg">\
        <title id="\(id)-t">\(HTMLText.escape(title))</title><desc id="\(id)-d">\(HTMLText.escape(summary))</desc>
        """
    }
}
