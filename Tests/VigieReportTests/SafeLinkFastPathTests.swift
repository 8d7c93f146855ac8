import Testing
@testable import VigieReport

/// Evidence that starts and ends with a visible ASCII character is linked without Foundation's trimming and
/// lower-casing (a tenth of a unit page's time): the fast path must say what the general one says, on every text.
@Suite("SafeLink's fast path")
struct SafeLinkFastPathTests {
    static let samples = [
        "https://www.jura.ch/x", "HTTP://a.ch", "HtTpS://intranet.example.ch/annonces?id=3#top", "http://", "https://",
        "http:/a.ch", "https:a.ch", "http://a", "https://a", "http://@a.ch", "http://:80", "https:///path", "h:", "hx:y",
        "javascript:alert(1)", "mailto:a@b.ch", "PV jury 2026: signé", "ftp://a.ch", "http://a.ch/é", "http://é.ch",
        "https://\u{301}a.ch", "http://a\u{301}.ch", "https://a.ch x", "https://a.ch\t", " https://a.ch", "https://a.ch\u{A0}",
        "\u{A0}https://a.ch", "\u{212A}ttps://a.ch", "https://a.ch/\\x", "https://a.ch/<x>", "https://a.ch/\"", "https://a.ch\u{7F}",
        "http\u{301}://a.ch", "Https://A.CH/Path", "hTTP://a.ch:8080/x?y=z", "http://a.ch\n", "é:https://a.ch",
    ]

    @Test("every sample is linked (or not) as the general path links it")
    func sameAsGeneral() {
        for text in Self.samples {
            #expect(SafeLink.href(text) == SafeLink.href(text, general: true), "\(text.debugDescription)")
        }
        // The fast path answers for the plain cases, and they are links or not as expected.
        #expect(SafeLink.asciiSchemeLength("HtTpS://intranet.example.ch/") == 8)
        #expect(SafeLink.asciiSchemeLength("http://a") == 7)
        #expect(SafeLink.asciiSchemeLength("PV jury 2026: signé") == 0)
        #expect(SafeLink.asciiSchemeLength(" https://a.ch") == nil)
        #expect(SafeLink.href("HtTpS://intranet.example.ch/annonces?id=3#top") == "HtTpS://intranet.example.ch/annonces?id=3#top")
        #expect(SafeLink.href("https://\u{301}a.ch") == SafeLink.href("https://\u{301}a.ch", general: true))
    }
}
