/// Writes a parsed message with a phrase's arguments, in its catalogue's language.
struct MessageWriter {
    let catalogue: MessageCatalogue
    let arguments: [String: MessageArgument]

    func write(_ pieces: [MessagePiece], count: Int?, into out: inout String) {
        for piece in pieces {
            let name = piece.text
            switch piece.kind {
            case .literal: out += piece.text
            case .count: out += count.map(String.init) ?? ""
            case .argument: out += plain(arguments[name])
            case .number: out += grouped(number(arguments[name]))
            case let .list(style): out += list(items(arguments[name]), style)
            case .plural:
                let n = number(arguments[name])
                let branch = piece.branch("=\(n)") ?? (catalogue.isOne(n) ? piece.branch("one") : nil) ?? piece.branch("other") ?? []
                write(branch, count: n, into: &out)
            case .select:
                write(piece.branch(selector(arguments[name])) ?? piece.branch("other") ?? [], count: count, into: &out)
            }
        }
    }

    private func plain(_ argument: MessageArgument?) -> String {
        switch argument {
        case let .text(text): text
        case let .number(number): String(number)
        case let .list(items): items.joined(separator: ", ")
        case let .phrase(phrase): catalogue.text(phrase)
        case let .localized(word): word(catalogue.language)
        case .absent, nil: ""
        }
    }

    /// What a plural counts: a number, or how many items a list has.
    private func number(_ argument: MessageArgument?) -> Int {
        switch argument {
        case let .number(number): number
        case let .list(items): items.count
        default: 0
        }
    }

    /// What a select chooses on: `none` when the parameter is absent (a text is never `none`: that branch is the absent one's).
    private func selector(_ argument: MessageArgument?) -> String {
        switch argument {
        case .absent, nil: "none"
        case let .text(text): text == "none" ? "" : text
        default: plain(argument)
        }
    }

    private func items(_ argument: MessageArgument?) -> [String] {
        if case let .list(items) = argument { return items }
        return [plain(argument)]
    }

    /// 3000 → `3,000`, `3 000`, `3'000`: the table's `@group` between thousands.
    private func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = number < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += catalogue.group }
            out.append(digit)
        }
        return out
    }

    private func list(_ items: [String], _ style: ListStyle) -> String {
        let shown = style.quoted ? items.map { catalogue.quote.replacing("{item}", with: $0) } : items
        switch style.joiner {
        case .comma: return shown.joined(separator: ", ")
        case .arrow: return shown.joined(separator: " → ")
        case .lines: return shown.map { "\n  " + $0 }.joined()
        case .and, .or:
            guard let last = shown.last, shown.count > 1 else { return shown.joined() }
            let word = style.joiner == .and ? catalogue.and : catalogue.or
            return shown.dropLast().joined(separator: ", ") + " \(word) " + last
        }
    }
}
