import Foundation
import VigieCSV
import VigieCore

/// `vigie template`: one blank answer sheet per unit for a year, as Excel expects them (`;`, UTF-8 with BOM, CRLF).
public enum TemplateWriter {
    /// Why `vigie template` writes nothing; `text(in:)` says it in a language.
    public enum Refusal: Error, CustomStringConvertible {
        case sheetsHoldAnswers(paths: [String])

        public func text(in language: Language) -> String {
            switch self {
            case let .sheetsHoldAnswers(paths): language.wording.sheetsHoldAnswers(paths)
            }
        }

        public var description: String { text(in: .en) }
    }

    /// The units that get a sheet by default: those that exist in the year, except departments that have
    /// services of their own (their figures are the roll-up of their services; name one with --unit to audit it).
    public static func defaultUnits(_ workspace: Workspace, year: Int) -> [String] {
        let parents = Set(workspace.units.compactMap(\.parent))
        return workspace.units
            .filter { $0.exists(in: year) && !($0.parent == nil && parents.contains($0.id) && workspace.hasUnitsFile) }
            .map(\.id).sorted()
    }

    /// Writes the sheets into `folder` (created if needed) and returns the paths written.
    /// Refuses, writing nothing, when a sheet already holds answers and `force` is off.
    public static func write(workspace: Workspace, year: Int, units: [String], folder: String, force: Bool,
                             writer: CSVWriter = CSVWriter()) throws -> [String] {
        let names = FileNames.stems(for: units)
        let targets = units.sorted().map { unit in (unit, WorkspaceLayout.path(folder, names[unit]! + ".csv")) }
        if !force {
            let filled = targets.filter { holdsAnswers($0.1) }.map(\.1)
            if !filled.isEmpty { throw Refusal.sheetsHoldAnswers(paths: filled) }
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var written: [String] = []
        for (unit, path) in targets {
            let rows = AnswerSheetTemplate.rows(workspace: workspace, year: year, unit: unit)
            try AtomicFile.write(writer.encode(rows), to: path)
            written.append(path)
        }
        return written
    }

    /// Whether a file exists and has a non-empty `answer` cell (or cannot be read, which is not ours to overwrite).
    static func holdsAnswers(_ path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        let read = CSVFile.read(path: path, displayPath: path)
        guard let table = read.table else { return read.diagnostics.hasErrors }
        guard table.hasColumn("answer") else { return !table.records.isEmpty }
        return table.records.contains { !table.text($0, "answer").isEmpty }
    }
}
