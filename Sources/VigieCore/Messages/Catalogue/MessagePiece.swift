/// One piece of a catalogue's message, as `CatalogueParser` reads it.
indirect enum MessagePiece: Sendable, Equatable {
    case literal(String)
    /// `{name}`: the value as it is (a list joined by `, `, a phrase written in the same language).
    case argument(String)
    /// `{name, number}`: a number with the language's thousands separator (`@group`).
    case number(String)
    /// `{name, list, and}`: the items joined as the language joins them.
    case list(String, ListStyle)
    /// `{name, plural, =0 {…} one {…} other {…}}`: `one` as the language's rule has it (French: 0 and 1).
    case plural(String, exact: [Int: [MessagePiece]], one: [MessagePiece]?, other: [MessagePiece])
    /// `{name, select, domain {…} other {…}}`: the branch named by the value, `none` when it is absent.
    case select(String, branches: [String: [MessagePiece]], other: [MessagePiece])
    /// `#` inside a plural's branch: the number counted.
    case count
}

/// How a list's items are joined: `a, b, c`, `a, b and c`, `a, b or c` (the words from `@and`, `@or`) or
/// `a → b → c`, or each on a line of its own indented by two spaces (`lines`); each item quoted as `@quote` says, when `quoted`.
struct ListStyle: Sendable, Equatable {
    enum Joiner: String, Sendable { case comma, and, or, arrow, lines }
    var joiner: Joiner = .comma
    var quoted = false
}

/// A line of a catalogue that cannot be used as it is.
public struct CatalogueProblem: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var key: String?
    public var reason: String

    public var description: String { "line \(line)" + (key.map { " (\($0))" } ?? "") + ": \(reason)" }
}

extension [MessagePiece] {
    /// The parameters the pieces name, in their branches too.
    var parameterNames: Set<String> {
        var names = Set<String>()
        for piece in self {
            switch piece {
            case .literal, .count: break
            case let .argument(name), let .number(name), let .list(name, _): names.insert(name)
            case let .plural(name, exact, one, other):
                names.insert(name)
                names.formUnion(exact.values.flatMap(\.parameterNames))
                names.formUnion((one ?? []).parameterNames)
                names.formUnion(other.parameterNames)
            case let .select(name, branches, other):
                names.insert(name)
                names.formUnion(branches.values.flatMap(\.parameterNames))
                names.formUnion(other.parameterNames)
            }
        }
        return names
    }
}
