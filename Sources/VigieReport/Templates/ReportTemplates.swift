import Mustache

/// The Mustache templates of the HTML report, compiled once. The defaults are compiled into Vigie; a user may
/// replace any of them with a file `<name>.mustache` (see `names`), e.g. with `vigie report --templates DIR`.
///
/// Mustache escapes every `{{value}}` as HTML. The only unescaped values (`{{{…}}}`) are the SVG charts and the rows
/// of the unit page's long tables (`criteriaRows`, `topRows`, `actionRows`, `changeRows`), which Vigie writes itself and escapes as it
/// writes them, and the printed pages' running headers (`printHead`, `printSite`), CSS strings escaped by `CSSText`. Values are never re-read as templates: no lambdas are used.
public struct ReportTemplates: Sendable {
    /// Page templates, one per page kind, and the partials they share.
    public static let names = ["index", "unit", "department", "trends", "domains", "method", "header", "footer", "years", "figure", "style"]

    static let pages: Set<String> = ["index", "unit", "department", "trends", "domains", "method"]

    static let defaults: [String: String] = [
        "index": index, "unit": unit, "department": department, "trends": trends, "domains": domains, "method": method,
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
    /// Whether a user template replaces a built-in one. Pages then also carry the values that only user templates
    /// read (the rows of the unit page's long tables, which the built-in `unit` template gets written as HTML).
    let hasOverrides: Bool

    /// The built-in templates, with `overrides` (name → Mustache text) in place of the ones they name.
    public init(overrides: [String: String] = [:]) throws(TemplateError) {
        for name in overrides.keys.sorted() where Self.defaults[name] == nil { throw .unknownName(name) }
        MustacheContentTypes.register(FastHTMLContentType(), named: FastHTMLContentType.name)
        var library = MustacheLibrary()
        for name in Self.names {
            var text = overrides[name] ?? Self.defaults[name]!
            // The same escaping as Mustache's HTML content type (the same five characters), in one pass over
            // the bytes; pages set it first, and their partials inherit it.
            if Self.pages.contains(name) { text = "{{%CONTENT_TYPE:\(FastHTMLContentType.name)}}\n" + text }
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw .syntax(name: name, line: error.context.lineNumber, column: error.context.columnNumber,
                              message: Self.explain(error.error))
            } catch {
                throw .parse(name: name, message: String(describing: error))
            }
        }
        self.library = library
        self.hasOverrides = !overrides.isEmpty
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

    func render(_ context: [String: Any], page: String) -> String {
        library.render(context, withTemplate: page) ?? ""
    }
}

/// HTML escaping of `<`, `>`, `&`, `"` and `'`, like Mustache's own, without work for texts that need none.
struct FastHTMLContentType: MustacheContentType {
    static let name = "VIGIE_HTML"

    func escapeText(_ text: String) -> String { HTMLText.escape(text) }
}
