/// The `data-label` attributes of the cells of a table that Vigie writes itself (` data-label="Réponse"`, escaped
/// once per page): its column headings, which a narrow screen shows beside each value when the table's rows are
/// stacked (see the stylesheet).
struct StackLabels {
    private let attributes: [String]

    init(_ strings: Strings, _ columns: TextKey...) {
        attributes = columns.map { " data-label=\"" + HTMLText.escape(strings.text($0)) + "\"" }
    }

    subscript(column: Int) -> String { attributes[column] }
}
