import Testing
@testable import VigieReport

/// The pieces a unit page now writes straight into bytes: figures, differences and charts, each the same text as
/// the String-built versions wrote.
@Suite("unit page bytes")
struct UnitPageBytesTests {
    @Test("figures written into bytes: groups, decimals, minus sign, rounding, the values past 2^63")
    func numbers() {
        let fr = LocaleFormat(.fr), de = LocaleFormat(.de), en = LocaleFormat(.en)
        // 1234567.25 is exact in binary: ×10 = 12345672.5, rounded away from zero → 12345673 → 1 234 567,3.
        #expect(fr.number(1_234_567.25) == "1\u{202F}234\u{202F}567,3")
        #expect(de.number(1_234_567.25) == "1’234’567.3")
        // Three digits take no separator, four take one.
        #expect(en.number(999.5, decimals: 0) == "1,000")
        #expect(en.number(999.25, decimals: 0) == "999")
        // −1000.25 ×10 = −10002.5 → −10003: the minus sign U+2212 before the first group.
        #expect(de.number(-1000.25) == "\u{2212}1’000.3")
        // Decimals keep their leading zeros: 0.05 with two decimals is 0,05, 3 with two is 3,00.
        #expect(fr.number(0.05, decimals: 2) == "0,05")
        #expect(fr.number(3, decimals: 2) == "3,00")
        // −0.04 rounds to −0.0: no minus sign.
        #expect(en.number(-0.04) == "0.0")
        // 1e20 is past 2^63 once scaled: the exact path, 21 digits in seven groups.
        #expect(en.number(1e20) == "100,000,000,000,000,000,000.0")
        #expect(en.number(.nan) == "" && en.signed(.infinity) == "")
    }

    @Test("differences: a plus before a positive one, none before zero or a negative one")
    func signed() {
        let fr = LocaleFormat(.fr), de = LocaleFormat(.de)
        #expect(fr.signed(1234.5) == "+1\u{202F}234,5")
        #expect(de.signed(-2.5) == "\u{2212}2.5")
        #expect(de.signed(0.04) == "0.0")
        #expect(fr.signed(0.05, decimals: 2) == "+0,05")
    }

    @Test("a line chart's series stops at an undefined point and a lone point has no line")
    func lineChartRuns() {
        let points: [LineChart.Point] = [.init(label: "2020", value: 50, valueText: "50"), .init(label: "2021", value: 75, valueText: "75"),
                                         .init(label: "2022", value: nil, valueText: "—"), .init(label: "2023", value: 25, valueText: "25")]
        let svg = LineChart(id: "c", title: "T <1>", summary: "S & s", points: points).svg()
        // x: 36 + 20 + i × (640 − 36 − 24 − 40) / 3 = 56, 236, 416, 596; y: 20 + 188 × (1 − v/100) = 114, 67, 161.
        #expect(svg.contains("<polyline class=\"series\" points=\"56,114 236,67\"/>"))
        #expect(svg.components(separatedBy: "<polyline").count == 2)
        #expect(svg.contains("<circle class=\"series\" cx=\"596\" cy=\"161\" r=\"4\"/>"))
        #expect(svg.hasPrefix("<svg class=\"chart line\" role=\"img\" viewBox=\"0 0 640 240\" width=\"640\" height=\"240\" aria-labelledby=\"c-t c-d\""))
        #expect(svg.contains("<title id=\"c-t\">T &lt;1&gt;</title><desc id=\"c-d\">S &amp; s</desc>") && svg.hasSuffix("</svg>"))
    }

    @Test("a bar chart's row: label, track, bar clamped to 100, value, the mean's mark")
    func barChartRow() {
        let svg = BarChart(id: "b", title: "T", summary: "S", rows: [.init(label: "A & B", value: 120, valueText: "120,0", reference: 62.5)],
                           referenceLabel: "mean").svg()
        // One row: height 46 + 30 = 76; bar top 0 + 18 + 2 = 20; width min(100, 120) × 5.2 = 520; mark x 62.5 × 5.2 = 325.
        #expect(svg.contains("viewBox=\"0 0 640 76\""))
        #expect(svg.contains("<text class=\"label\" x=\"0\" y=\"13\">A &amp; B</text><rect class=\"track\" x=\"0\" y=\"20\" width=\"520\" height=\"16\"/>"))
        #expect(svg.contains("<rect class=\"bar\" x=\"0\" y=\"20\" width=\"520\" height=\"16\"/><text class=\"value\" x=\"528\" y=\"33\">120,0</text>"))
        #expect(svg.contains("<path class=\"ref\" d=\"M325 16v24\"/><path class=\"ref-mark\" d=\"M320 14h10l-5 6z\"/></svg>"))
        #expect(svg.contains("<text class=\"tick\" x=\"260\" y=\"70\" text-anchor=\"middle\">50</text>"))
    }

    @Test("escaping skips the bytes above > and still escapes the five characters among UTF-8")
    func escaping() {
        #expect(HTMLText.escape("Évaluation <b> «&» l'été \"ok\" — ✓") == "Évaluation &lt;b&gt; «&amp;» l&#39;été &quot;ok&quot; — ✓")
    }
}
