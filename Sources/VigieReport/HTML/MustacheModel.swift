import Mustache

/// A value a template reads by its stored properties' names, but for its `hiddenNames`: what the built-in writer
/// keeps in it for itself.
protocol MustacheRecord: MustacheParent {
    static var hiddenNames: Set<String> { get }
}

extension MustacheRecord {
    static var hiddenNames: Set<String> { [] }

    /// A stored property a template may read, by name.
    func visibleProperty(_ name: String) -> Any? { Self.hiddenNames.contains(name) ? nil : MustacheScope.property(name, of: self) }

    public func child(named name: String) -> Any? { visibleProperty(name) }
}

/// A page model as a Mustache context: a template reads the model's stored properties by name, then its frame's
/// (`{{name}}`, `{{pageTitle}}`, `{{t.score}}`), so a page's and its partials' names stand at the top of the page.
protocol MustacheModel: MustacheRecord {
    var frame: PageFrame { get }
}

extension MustacheModel {
    public func child(named name: String) -> Any? { visibleProperty(name) ?? MustacheScope.property(name, of: frame) }
}

/// A value seen from inside a page, as a Mustache section sees it: its own names first, then the page's. A built-in
/// page that calls a user's partial for one value (`figure.mustache` for a score) gives it this context.
struct MustacheScope: MustacheParent {
    var value: Any
    var page: Any

    func child(named name: String) -> Any? {
        Self.lookUp(name, in: value) ?? Self.lookUp(name, in: page)
    }

    static func lookUp(_ name: String, in object: Any) -> Any? {
        if let parent = object as? any MustacheParent { return parent.child(named: name) }
        return property(name, of: object)
    }

    /// A stored property by name, an optional unwrapped (nil when it holds none), as Mustache reads structs.
    static func property(_ name: String, of object: Any) -> Any? {
        guard let value = Mirror(reflecting: object).children.first(where: { $0.label == name })?.value else { return nil }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
