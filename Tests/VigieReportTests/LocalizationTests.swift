import Testing
@testable import VigieReport

@Suite("localisation")
struct LocalizationTests {
    @Test("every language table has every key, non-empty", arguments: ReportLanguage.allCases)
    func everyKey(_ language: ReportLanguage) {
        let table = Strings.table(for: language)
        for key in TextKey.allCases {
            #expect(!(table[key] ?? "").isEmpty, "\(language.rawValue) lacks '\(key.rawValue)'")
        }
        #expect(table.count == TextKey.allCases.count)
    }

    @Test("every translation has the same placeholders as the French text", arguments: [ReportLanguage.de, .en, .it])
    func placeholders(_ language: ReportLanguage) {
        func names(_ text: String) -> Set<String> {
            var result: Set<String> = []
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                result.insert(String(rest[rest.index(after: open)..<close]))
                rest = rest[rest.index(after: close)...]
            }
            return result
        }
        let french = Strings.table(for: .fr)
        let other = Strings.table(for: language)
        for key in TextKey.allCases {
            #expect(names(french[key] ?? "") == names(other[key] ?? ""), "\(language.rawValue) '\(key.rawValue)'")
        }
    }

    @Test("a missing key or placeholder is visible, not silently replaced")
    func missing() {
        let strings = Strings(.fr)
        #expect(strings.format(.rankOf, ["rank": "1er"]) == "1er sur ⟦count⟧")
        #expect(strings.child(named: "noSuchKey") as? String == "⟦noSuchKey⟧")
    }

    @Test("numbers, percentages, differences, dates and ranks per locale")
    func formats() {
        let fr = LocaleFormat(.fr), de = LocaleFormat(.de), en = LocaleFormat(.en), it = LocaleFormat(.it)
        #expect(fr.number(62.5) == "62,5")
        #expect(de.number(62.5) == "62.5")
        #expect(en.number(62.5) == "62.5")
        #expect(it.number(62.5) == "62,5")
        #expect(fr.number(62.25) == "62,3")
        #expect(fr.number(100) == "100,0")
        #expect(fr.percent(0.8) == "80\u{00A0}%")
        #expect(de.percent(0.8) == "80\u{00A0}%")
        #expect(en.percent(0.8) == "80%")
        #expect(it.percent(0.8333333) == "83,3\u{00A0}%")
        #expect(en.signed(2.5) == "+2.5")
        #expect(fr.signed(-1) == "\u{2212}1,0")
        #expect(fr.signed(-0.04) == "0,0")
        #expect(fr.integer(3000) == "3\u{202F}000")
        #expect(de.integer(3000) == "3’000")
        #expect(en.integer(3000) == "3,000")
        let date = ReportDate(iso: "2026-11-27")!
        #expect(fr.date(date) == "27.11.2026")
        #expect(de.date(date) == "27.11.2026")
        #expect(it.date(date) == "27.11.2026")
        #expect(en.date(date) == "27/11/2026")
        #expect(fr.ordinal(1) == "1er" && fr.ordinal(4) == "4e")
        #expect(en.ordinal(1) == "1st" && en.ordinal(2) == "2nd" && en.ordinal(3) == "3rd" && en.ordinal(11) == "11th" && en.ordinal(22) == "22nd")
        #expect(de.ordinal(4) == "4." && it.ordinal(4) == "4°")
    }

    @Test("dates from --date and SOURCE_DATE_EPOCH")
    func dates() {
        #expect(ReportDate(iso: "2026-02-29") == nil)
        #expect(ReportDate(iso: "2024-02-29") != nil)
        #expect(ReportDate(iso: "26-11-27") == nil)
        #expect(ReportDate(epochSeconds: 0)?.iso == "1970-01-01")
        #expect(ReportDate(epochSeconds: 1_795_737_600)?.iso == "2026-11-27")
        #expect(ReportDate(epochSeconds: 951_782_400)?.iso == "2000-02-29")
    }
}
