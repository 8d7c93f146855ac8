import Foundation
import VigieCore

/// The answer sheets already in a folder, read once: which hold answers, and whose (by their `unit` column, not
/// by their file name: "SAS rempli.csv" holds SAS's answers as much as "SAS.xlsx" does).
struct ExistingSheets {
    private struct Sheet {
        /// Unreadable sheets count as holding answers: they are not ours to overwrite.
        var holdsAnswers: Bool
        var answeredUnits: Set<String>
    }

    private var sheets: [String: Sheet] = [:]

    init(folder: String) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for name in names where WorkspaceLayout.isAnswerSheetName(name) {
            let path = WorkspaceLayout.path(folder, name)
            guard FileKind.of(path) != .directory else { continue }
            sheets[path] = Self.read(path)
        }
    }

    private static func read(_ path: String) -> Sheet {
        let read = AnswerSheetFile.read(path: path, displayPath: path)
        guard let table = read.table else { return Sheet(holdsAnswers: read.diagnostics.hasErrors, answeredUnits: []) }
        let columns = SheetColumn.positions(in: table).positions
        guard let answer = columns[.answer] else { return Sheet(holdsAnswers: !table.records.isEmpty, answeredUnits: []) }
        let unit = columns[.unit]
        var units: Set<String> = []
        var holds = false
        for record in table.records where !table.text(record, at: answer).isEmpty {
            holds = true
            if unit != nil { units.insert(table.text(record, at: unit)) }
        }
        return Sheet(holdsAnswers: holds, answeredUnits: units)
    }

    /// Whether the file at `path` exists and holds an answer (or cannot be read).
    func holdsAnswers(_ path: String) -> Bool { sheets[path]?.holdsAnswers ?? false }

    /// Whether the file at `path` is a sheet without any answer.
    func isBlank(_ path: String) -> Bool { sheets[path].map { !$0.holdsAnswers } ?? false }

    /// The sheets holding answers of `unit`, sorted.
    func sheets(answering unit: String) -> [String] {
        sheets.filter { $0.value.answeredUnits.contains(unit) }.keys.sorted()
    }
}
