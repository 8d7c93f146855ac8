import Foundation
import VigieCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A workspace read from disk, or the reasons it could not be.
public struct LoadedWorkspace: Sendable {
    /// nil when the catalogue itself could not be read.
    public var workspace: Workspace?
    /// Sorted by file and line, errors and warnings together.
    public var diagnostics: [Diagnostic]
    /// How many CSV files were read.
    public var filesRead: Int
    /// What workspace.csv says (its language among others), even when the workspace itself could not be read.
    public var settings = WorkspaceSettings()
}

/// Reads a workspace folder: the catalogue under checklists/, the organisation and the answers under audits/.
public enum WorkspaceLoader {
    /// - Parameters:
    ///   - root: the workspace folder.
    ///   - catalogue: which folder of checklists/ to use; needed only when there are several.
    ///   - answerTexts: whether the answers keep their texts (word, evidence, comment…) for reports and JSON;
    ///     scores and validation do without, in a fraction of the memory.
    public static func load(at root: String, catalogue requested: String? = nil, answerTexts: Bool = true) -> LoadedWorkspace {
        load(at: root, catalogue: requested, texts: answerTexts ? .kept : .dropped)
    }

    /// As `load(at:catalogue:answerTexts:)`, the texts kept, dropped or read again from the sheets when a page asks
    /// for them (`texts`: reports, whose memory then does not grow with the answers).
    public static func load(at root: String, catalogue requested: String? = nil, texts answerTexts: AnswerTextMode) -> LoadedWorkspace {
        let files = FileManager.default
        let prefix = displayPrefix(root)
        var diagnostics: [Diagnostic] = []
        var filesRead = 0
        let rootLocation = Location(file: prefix.isEmpty ? "." : String(prefix.dropLast()))
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            return LoadedWorkspace(workspace: nil, diagnostics: [.error(.noWorkspace, at: rootLocation)], filesRead: 0)
        }

        /// `required`: a file the workspace cannot do without (domains.csv, criteria.csv), so an empty one is an error.
        func read(_ relative: String, required: Bool = false) -> SourceTable? {
            if let refusal = outside.refusal(relative) {
                diagnostics.append(refusal)
                return nil
            }
            let result = CSVFile.read(path: join(root, relative), displayPath: prefix + relative)
            filesRead += 1
            for diagnostic in result.diagnostics {
                if required, diagnostic.kind == .emptyFile {
                    diagnostics.append(.error(.emptyCatalogueFile, at: diagnostic.location))
                } else {
                    diagnostics.append(diagnostic)
                }
            }
            if required, let table = result.table, table.records.isEmpty {
                diagnostics.append(.error(.headerOnlyCatalogueFile, at: table.headerLocation))
            }
            return result.table
        }

        let outside = OutsideLinks(root: root, prefix: prefix)

        // The catalogue.
        let checklists = join(root, WorkspaceLayout.checklists)
        let catalogues = subfolders(of: checklists)
        let name: String
        if let requested {
            guard catalogues.contains(requested) else {
                diagnostics.append(.error(.unknownCatalogue(name: requested, names: catalogues), at: Location(file: prefix + WorkspaceLayout.checklists)))
                return LoadedWorkspace(workspace: nil, diagnostics: diagnostics, filesRead: 0)
            }
            name = requested
        } else if catalogues.count == 1 {
            name = catalogues[0]
        } else {
            diagnostics.append(.error(catalogues.isEmpty ? .noCatalogue : .severalCatalogues(names: catalogues),
                                      at: Location(file: prefix + WorkspaceLayout.checklists)))
            return LoadedWorkspace(workspace: nil, diagnostics: diagnostics, filesRead: 0)
        }
        let folder = WorkspaceLayout.checklists + "/" + name + "/"
        let domains = requiredFile(folder + WorkspaceLayout.domainsFile, root: root, prefix: prefix, &diagnostics).flatMap { _ in read(folder + WorkspaceLayout.domainsFile, required: true) }
        let criteria = requiredFile(folder + WorkspaceLayout.criteriaFile, root: root, prefix: prefix, &diagnostics).flatMap { _ in read(folder + WorkspaceLayout.criteriaFile, required: true) }
        /// An optional file: absent is fine, a folder in its place is skipped with a warning, anything else is read
        /// (so a link loop or an unreadable file is an error, not silence).
        func readOptional(_ relative: String) -> SourceTable? {
            guard exists(join(root, relative)) else { return nil }
            if FileKind.of(join(root, relative)) == .directory {
                diagnostics.append(.warning(.folderSkipped, at: Location(file: prefix + relative, line: 1, column: 1)))
                return nil
            }
            return read(relative)
        }
        let levels = readOptional(folder + WorkspaceLayout.levelsFile)

        // The organisation.
        let units = readOptional(WorkspaceLayout.units)
        let actions = readOptional(WorkspaceLayout.actions)
        var settings = WorkspaceSettings()
        if let table = readOptional(WorkspaceLayout.settings) {
            let read = WorkspaceSettings.read(table)
            settings = read.settings
            diagnostics += read.diagnostics
        }

        // The answers: audits/<year>/*.csv and *.xlsx, directly inside folders whose name is all digits.
        let auditsLocation = Location(file: prefix + WorkspaceLayout.audits, line: 1, column: 1)
        var auditEntries: [String] = []
        if exists(join(root, WorkspaceLayout.audits)) {
            do {
                auditEntries = try files.contentsOfDirectory(atPath: join(root, WorkspaceLayout.audits)).sorted()
            } catch {
                // Every answer would be missing without a word.
                let message: DiagnosticMessage = switch FileKind.of(join(root, WorkspaceLayout.audits)) {
                case .linkLoop: .auditsLinkLoop
                case .directory, .inaccessible: .unreadableAudits
                default: .auditsNotAFolder
                }
                diagnostics.append(.error(message, at: auditsLocation))
            }
        }
        // The answer sheets are many: list them first, read them on every core, then take the results in order.
        var candidates = SheetPaths.Builder()
        for yearName in auditEntries where WorkspaceLayout.isYearFolder(yearName) {
            let yearFolder = WorkspaceLayout.audits + "/" + yearName
            let yearLocation = Location(file: prefix + yearFolder, line: 1, column: 1)
            switch FileKind.of(join(root, yearFolder)) {
            case .directory: break
            case .linkLoop:
                diagnostics.append(.warning(.yearLinkLoop(name: yearName), at: yearLocation))
                continue
            default:
                diagnostics.append(.warning(.yearNotAFolder(name: yearName), at: yearLocation))
                continue
            }
            guard let year = AuditYear.parse(yearName) else {
                // Its answers would otherwise be dropped, or overflow the compact stores.
                diagnostics.append(.error(.yearOutOfRange(text: yearName, lowest: AuditYear.range.lowerBound, highest: AuditYear.range.upperBound), at: yearLocation))
                continue
            }
            guard let entries = FolderEntries.of(join(root, yearFolder)) else {
                // Its sheets cannot be listed: answers would be missing without a word.
                diagnostics.append(.error(.unreadableFolder, at: Location(file: prefix + yearFolder, line: 1, column: 1)))
                continue
            }
            // Whether the way to the folder passes a link, asked once for all its sheets.
            let folderPassesALink = outside.passesALink(yearFolder)
            for entry in entries where WorkspaceLayout.isAnswerSheetName(entry.name) {
                let relative = yearFolder + "/" + entry.name
                // A plain file (the listing says so) on a way without links: neither a link outside nor a folder.
                if entry.isPlainFile, !folderPassesALink {
                    candidates.append(year: year, relative: relative)
                    continue
                }
                if let refusal = outside.refusal(relative) {
                    diagnostics.append(refusal)
                    continue
                }
                // A folder is skipped with a warning; links that lead nowhere, pipes and devices are errors of CSVFile.read.
                guard FileKind.of(join(root, relative)) != .directory else {
                    diagnostics.append(.warning(.folderSkipped, at: Location(file: prefix + relative, line: 1, column: 1)))
                    continue
                }
                candidates.append(year: year, relative: relative)
            }
        }
        // Read when the answer loader gets to them, on every core, each table dropped once understood.
        let paths = candidates.paths(root: root, prefix: prefix)
        let sheets = candidates.years.enumerated().map { AnswersLoader.SheetSource(year: $1, number: $0, of: paths) }
        filesRead += candidates.count

        guard let domains, let criteria else {
            // No catalogue to read the answers against: the sheets are still read, so that every error shows at once.
            diagnostics += ParallelWork.map(sheets) { $0.read().diagnostics }.flatMap { $0 }
            return LoadedWorkspace(workspace: nil, diagnostics: diagnostics.sortedForOutput(), filesRead: filesRead,
                                   settings: settings)
        }
        let assembled = Workspace.assemble(catalogueName: name, domains: domains, criteria: criteria, levels: levels,
                                           units: units, sheets: sheets, actions: actions, settings: settings, texts: answerTexts)
        return LoadedWorkspace(workspace: assembled.workspace, diagnostics: (diagnostics + assembled.diagnostics).sortedForOutput(),
                               filesRead: filesRead, settings: settings)
    }

    /// The prefix put before workspace-relative paths in messages: empty for the current folder, else the folder as given with a `/`.
    static func displayPrefix(_ root: String) -> String {
        var trimmed = root
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed == "." || trimmed == "./" || trimmed.isEmpty { return "" }
        return trimmed + "/"
    }

    static func join(_ root: String, _ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }

    /// Whether anything (even a link that leads nowhere) stands at the path.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// Sub-folders, sorted, hidden ones left out.
    static func subfolders(of path: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
    }

    private static func requiredFile(_ relative: String, root: String, prefix: String, _ diagnostics: inout [Diagnostic]) -> Void? {
        let path = join(root, relative)
        if exists(path) {
            if FileKind.of(path) != .directory { return () }  // read it: CSVFile.read says what is wrong, if anything
            diagnostics.append(.error(.requiredIsFolder, at: Location(file: prefix + relative, line: 1, column: 1)))
            return nil
        }
        diagnostics.append(.error(.missingFile, at: Location(file: prefix + relative)))
        return nil
    }
}
