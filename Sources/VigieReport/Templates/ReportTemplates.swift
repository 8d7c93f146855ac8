import Mustache

/// The Mustache templates of the HTML report, compiled once: a user's (`vigie report --templates DIR`, a file
/// `<name>.mustache` for any of `names`), and the built-in ones of the pages not yet written by Swift. A page kind
/// written by Swift (the unit, department and overview pages: `UnitPageHTML`, `DepartmentPageHTML`, `IndexPageHTML`, `TrendsPageHTML`, `DomainsPageHTML`) renders through Mustache only when the user gives its template,
/// from the same model; a user's partial (`figure`, `footer`, …) is called by the Swift page writer in its place
/// (`PageHTML`).
///
/// Mustache escapes every `{{value}}` as HTML. The only unescaped values (`{{{…}}}`) are the SVG charts, which Vigie
/// writes itself and escapes as it writes them, and the printed pages' running headers (`printHead`, `printSite`),
/// CSS strings escaped by `CSSText`. Values are never re-read as templates: no lambdas are used.
public struct ReportTemplates: Sendable {
    /// Page templates, one per page kind, and the partials they share.
    public static let names = ["index", "unit", "department", "trends", "domains", "method", "header", "footer", "years", "figure", "style"]

    static let pages: Set<String> = ["index", "unit", "department", "trends", "domains", "method"]

    /// The built-in partials, for a user's page template (`{{> header}}`): the same markup as `PageHTML` writes
    /// (TemplateTests.builtInPartials).
    static let defaults: [String: String] = [
        "header": header, "footer": footer, "years": years, "figure": figure, "style": style,
    ]

    public enum TemplateError: Error, CustomStringConvertible, Equatable {
        case unknownName(String)
        case parse(name: String, message: String)
        /// A Mustache syntax error, at a 1-based line and column of the template.
        case syntax(name: String, line: Int, column: Int, message: String)

        public var description: String {
            switch self {
            case .unknownName(let name):
                "unknown template '\(name)': the templates are \(ReportTemplates.names.joined(separator: ", "))"
            case .parse(let name, let message):
                "template '\(name)': \(message)"
            case .syntax(let name, let line, let column, let message):
                "\(name).mustache:\(line):\(column): error: \(message)"
            }
        }
    }

    let library: MustacheLibrary
    /// The templates the user gave.
    let overridden: Set<String>

    /// The built-in templates, with `overrides` (name → Mustache text) in place of the ones they name.
    public init(overrides: [String: String] = [:]) throws(TemplateError) {
        for name in overrides.keys.sorted() where !Self.names.contains(name) { throw .unknownName(name) }
        MustacheContentTypes.register(FastHTMLContentType(), named: FastHTMLContentType.name)
        var library = MustacheLibrary()
        for name in Self.names {
            guard var text = overrides[name] ?? Self.defaults[name] else { continue }
            // The same escaping as Mustache's HTML content type (the same five characters), in one pass over
            // the bytes; pages set it first, and their partials inherit it.
            // The pragma takes a line of its own: an error's line is counted in the user's file, without it.
            let pragmaLines = Self.pages.contains(name) ? 1 : 0
            if pragmaLines > 0 { text = "{{%CONTENT_TYPE:\(FastHTMLContentType.name)}}\n" + text }
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw .syntax(name: name, line: max(1, error.context.lineNumber - pragmaLines), column: error.context.columnNumber,
                              message: Self.explain(error.error))
            } catch {
                throw .parse(name: name, message: String(describing: error))
            }
        }
        self.library = library
        self.overridden = Set(overrides.keys)
    }

    static func explain(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return String(describing: error) }
        return switch error {
        case .sectionCloseNameIncorrect: "a section is closed with another name than it was opened with"
        case .unfinishedName: "a tag is not closed"
        case .expectedSectionEnd: "a section is not closed ({{/name}} missing)"
        case .invalidSetDelimiter: "invalid delimiter change"
        case .invalidConfigVariableSyntax: "invalid pragma"
        case .unrecognisedConfigVariable: "unknown pragma"
        default: String(describing: error)
        }
    }

    /// The built-in templates (cannot fail: a test renders them).
    public static let builtIn: ReportTemplates = try! ReportTemplates()

    /// A template (a page or a partial) rendered with a page's values or model.
    func render(_ context: Any, page: String) -> String {
        library.render(context, withTemplate: page) ?? ""
    }
}

/// HTML escaping of `<`, `>`, `&`, `"` and `'`, like Mustache's own, without work for texts that need none.
struct FastHTMLContentType: MustacheContentType {
    static let name = "VIGIE_HTML"

    func escapeText(_ text: String) -> String { HTMLText.escape(text) }
}
