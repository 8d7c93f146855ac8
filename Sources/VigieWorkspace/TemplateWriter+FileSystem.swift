import Foundation
import VigieCSV
import VigieCore
import VigieXLSX

/// `vigie template`: one blank answer sheet per unit for a year, as an Excel workbook (the default) or as the CSV
/// Excel expects (`;`, UTF-8 with BOM, CRLF). The sheets are written into a temporary folder beside their place and
/// moved there only once every one is complete: a full disk or a crash leaves no sheet half written.
public enum TemplateWriter {
    public enum Format: String, Sendable, CaseIterable {
        case xlsx, csv
    }

    /// Sheets left as they are because they hold answers (`--force` overwrites them); `text(in:)` says it in a language.
    public enum Refusal: Error, CustomStringConvertible {
        /// A sheet to write that holds answers, or another sheet of the folder that holds a unit's answers.
        public enum Sheet: Sendable, Equatable {
            case filled(path: String)
            case answeredElsewhere(unit: String, path: String)
        }

        case sheetsHoldAnswers([Sheet])

        public func text(in language: Language) -> String {
            switch self {
            case let .sheetsHoldAnswers(sheets):
                language.wording.sheetsHoldAnswers(sheets.map { sheet in
                    switch sheet {
                    case let .filled(path): path
                    case let .answeredElsewhere(unit, path): language.wording.answeredElsewhere(unit: unit, path: path)
                    }
                })
            }
        }

        public var description: String { text(in: .en) }
    }

    /// A sheet that could not be written, in one sentence with its path.
    /// A sheet that could not be written: a file-system failure, or a workbook that could not be assembled.
    public enum Failure: Error, CustomStringConvertible {
        case fileSystem(FileSystemProblem)
        /// `detail` is the workbook writer's own (English) account.
        case workbook(unit: String, detail: String)

        public func text(in language: Language) -> String {
            switch self {
            case let .fileSystem(problem): problem.text(in: language)
            case let .workbook(unit, detail):
                switch language {
                case .en: "the workbook for \(unit) could not be made: \(detail)"
                case .fr: "le classeur de \(unit) n'a pas pu être créé\u{A0}: \(detail)"
                case .de: "Die Arbeitsmappe für \(unit) konnte nicht erstellt werden: \(detail)"
                case .it: "impossibile creare la cartella di lavoro per \(unit): \(detail)"
                }
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
    /// Refuses, writing nothing, when `force` is off and a sheet to write already holds answers, or when another
    /// sheet of the folder already holds a unit's answers (whatever its file name: its `unit` column says whose).
    /// A blank sheet of a unit in the other format (`SAS.csv` when writing `SAS.xlsx`) is replaced.
    public static func write(workspace: Workspace, year: Int, units: [String], folder: String, force: Bool,
                             format: Format = .xlsx, writer: CSVWriter = CSVWriter(), language: Language = .en) throws -> [String] {
        let names = FileNames.stems(for: units)
        let targets = units.sorted().map { unit in (unit: unit, path: WorkspaceLayout.path(folder, names[unit]! + "." + format.rawValue)) }
        let existing = ExistingSheets(folder: folder)
        if !force {
            var refused: [Refusal.Sheet] = []
            for target in targets {
                if existing.holdsAnswers(target.path) { refused.append(.filled(path: target.path)) }
                for path in existing.sheets(answering: target.unit) where path != target.path {
                    refused.append(.answeredElsewhere(unit: target.unit, path: path))
                }
            }
            if !refused.isEmpty { throw Refusal.sheetsHoldAnswers(refused) }
        }
        let sheets = try targets.map { target in
            (path: target.path, bytes: try sheet(workspace: workspace, year: year, unit: target.unit, format: format, writer: writer,
                                               language: language))
        }
        try SheetFiles.writeAll(sheets, into: folder)
        // The blank template of a unit in the other format, now replaced.
        let other: Format = format == .xlsx ? .csv : .xlsx
        for target in targets {
            let previous = WorkspaceLayout.path(folder, names[target.unit]! + "." + other.rawValue)
            if existing.isBlank(previous) { try? FileManager.default.removeItem(atPath: previous) }
        }
        return targets.map(\.path)
    }

    /// One sheet's bytes, its header (and marks, prompts) in `language`.
    static func sheet(workspace: Workspace, year: Int, unit: String, format: Format, writer: CSVWriter,
                      language: Language = .en) throws -> [UInt8] {
        switch format {
        case .csv:
            return writer.encode(AnswerSheetTemplate.rows(workspace: workspace, year: year, unit: unit, language: language))
        case .xlsx:
            do {
                return try WorkbookWriter.data(AnswerSheetWorkbook.worksheet(workspace: workspace, year: year, unit: unit,
                                                                             language: language))
            } catch {
                throw Failure.workbook(unit: unit, detail: error.description)
            }
        }
    }
}
