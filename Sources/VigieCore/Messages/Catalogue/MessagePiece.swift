/// One piece of a catalogue's message, as `CatalogueParser` reads it. A struct with its kind beside it rather than
/// an indirect enum: the parsed tables live to the end of the process, and LeakSanitizer (make fuzz) cannot follow
/// the tag bits an indirect enum keeps in its pointers.
struct MessagePiece: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case literal
        /// `{name}`: the value as it is (a list joined by `, `, a phrase written in the same language).
        case argument
        /// `{name, number}`: a number with the language's thousands separator (`@group`).
        case number
        /// `{name, list, and}`: the items joined as the language joins them.
        case list(ListStyle)
        /// `{name, plural, =0 {…} one {…} other {…}}`: `one` as the language's rule has it (French: 0 and 1).
        case plural
        /// `{name, select, domain {…} other {…}}`: the branch named by the value, `none` when it is absent.
        case select
        /// `#` inside a plural's branch: the number counted.
        case count
    }

    /// One branch of a plural or select: `=2`, `one`, `other`, or the value a select chooses on.
    struct Branch: Sendable, Equatable {
        var selector: String
        var pieces: [MessagePiece]
    }

    var kind: Kind
    /// The literal text, or the parameter's name.
    var text = ""
    /// A plural's or select's branches, `other` among them.
    var branches: [Branch] = []

    static func literal(_ text: String) -> MessagePiece { MessagePiece(kind: .literal, text: text) }

    /// The pieces of the branch named `selector`, nil when there is none.
    func branch(_ selector: String) -> [MessagePiece]? { branches.first { $0.selector == selector }?.pieces }
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
        for piece in self where piece.kind != .literal && piece.kind != .count {
            names.insert(piece.text)
            for branch in piece.branches { names.formUnion(branch.pieces.parameterNames) }
        }
        return names
    }
}
