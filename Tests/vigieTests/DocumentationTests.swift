import Foundation
import Testing
import VigieCore
import VigieTestSupport

/// The user documentation lives in the repository and stays true to the sources: every diagnostic code of the registry
/// is explained in docs/diagnostics.md, and no link of the README or docs/ leads outside the repository or to
/// a file that does not exist (not even a web page: a user of the repository has what it describes at hand).
@Suite("Documentation")
struct DocumentationTests {
    /// The repository's root.
    static let root = packageRoot.standardizedFileURL

    static func files(under folder: String, extension ext: String) -> [URL] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == ext }.sorted { $0.path < $1.path }
    }

    /// The codes of `.error("code", at:`, `.warning(…`, `.note(…` and `Diagnostic(.error, "code", at:`, across line
    /// breaks, with every string literal before `at:` (a code chosen by `cond ? "a" : "b"` gives both).
    static func raisedCodes(in text: String) -> Set<String> {
        let call = try! NSRegularExpression(
            pattern: #"(?:\.(?:error|warning|note)|Diagnostic)\(\s*(?:\.(?:error|warning|note)\s*,\s*)?([^()]*?),\s*at:"#,
            options: [.dotMatchesLineSeparators])
        let literal = try! NSRegularExpression(pattern: #""([a-z0-9]+(?:-[a-z0-9]+)*)""#)
        var codes: Set<String> = []
        let whole = NSRange(text.startIndex..., in: text)
        for match in call.matches(in: text, range: whole) {
            let head = String(text[Range(match.range(at: 1), in: text)!])
            for found in literal.matches(in: head, range: NSRange(head.startIndex..., in: head)) {
                codes.insert(String(head[Range(found.range(at: 1), in: head)!]))
            }
        }
        return codes
    }

    @Test("the scanner finds codes on one line, across lines and in a conditional")
    func scannerFindsCodes() {
        let text = """
        diagnostics.append(.error("bad-year", at: location, Message.badYear(text)))
        diagnostics.append(.warning(
            "criterion-out-of-years", at: location(criterionColumn), Message.x))
        diagnostics.append(.error(names.isEmpty ? "no-catalogue" : "several-catalogues",
                                  at: location, message))
        let d = Diagnostic(.note, "not-started", at: location, "text")
        stream.write(.error("nothing here"))
        """
        #expect(Self.raisedCodes(in: text) == ["bad-year", "criterion-out-of-years", "no-catalogue",
                                               "several-catalogues", "not-started"])
    }

    @Test("every diagnostic code is documented in docs/diagnostics.md, and every diagnostic is raised through the registry")
    func everyCodeDocumented() throws {
        let doc = try String(contentsOf: Self.root.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        #expect(DiagnosticKind.allCases.count >= 60)
        for kind in DiagnosticKind.allCases {
            #expect(doc.contains("### `\(kind.code)`"), "\(kind.code) has no section in docs/diagnostics.md")
        }
        // A code written as a string at a raise site would bypass the registry (and its four languages).
        var raised: [String: String] = [:]
        for file in Self.files(under: "Sources", extension: "swift") {
            let text = try String(contentsOf: file, encoding: .utf8)
            for code in Self.raisedCodes(in: text) { raised[code] = raised[code] ?? file.lastPathComponent }
        }
        #expect(raised.isEmpty, "raised with a string code, not a DiagnosticMessage: \(raised)")
    }

    /// Markdown links `[text](target)` and reference definitions `[name]: target`, outside fenced code blocks.
    static func links(in markdown: String) -> [String] {
        var prose = ""
        var fenced = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") { fenced.toggle(); continue }
            if !fenced { prose += line.replacing(/`[^`]*`/, with: "") + "\n" }
        }
        var targets: [String] = []
        for match in prose.matches(of: /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/) { targets.append(String(match.1)) }
        for match in prose.matches(of: /(?m)^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/) { targets.append(String(match.1)) }
        return targets
    }

    @Test("the link finder reads inline links and references, not code")
    func linkFinder() {
        let text = """
        See [the method](scoring.md#trends) and [PRODUCT](../shared/PRODUCT.md "title").
        `[not](a-link.md)` and [web](https://example.org).
        ```
        [inside](code.md)
        ```
        [ref]: guide-rh.md
        """
        #expect(Self.links(in: text) == ["scoring.md#trends", "../shared/PRODUCT.md", "https://example.org", "guide-rh.md"])
    }

    @Test("every link in README.md and docs/ is relative and resolves to a file inside the repository")
    func linksStayInside() throws {
        let pages = [Self.root.appendingPathComponent("README.md")] + Self.files(under: "docs", extension: "md")
        #expect(pages.count >= 6)
        for page in pages {
            let text = try String(contentsOf: page, encoding: .utf8)
            let name = page.path.replacingOccurrences(of: Self.root.path + "/", with: "")
            for link in Self.links(in: text) {
                if link.hasPrefix("#") { continue }
                // A web address leads outside the repository too: the documentation must stand on its own.
                #expect(!link.contains(":"), "\(name): \(link) leads outside the repository")
                let path = link.split(separator: "#", maxSplits: 1).first.map(String.init) ?? link
                let decoded = path.removingPercentEncoding ?? path
                #expect(!decoded.hasPrefix("/"), "\(name): \(link) is an absolute path")
                let target = page.deletingLastPathComponent().appendingPathComponent(decoded).standardizedFileURL
                #expect(target.path.hasPrefix(Self.root.path + "/"), "\(name): \(link) leads outside the repository")
                #expect(FileManager.default.fileExists(atPath: target.path), "\(name): \(link) does not exist")
            }
        }
    }
}
