import Foundation

/// What the package says about its sheets: the workbook part (through the root relationships), its first visible
/// worksheet, the shared strings and styles parts (through the workbook's relationships), and the date system.
struct WorkbookStructure {
    var sheetName: String
    var sheetPath: String
    var sharedStringsPath: String?
    var stylesPath: String?
    /// Dates count from 1904-01-01 (old Mac workbooks) rather than 1900.
    var uses1904: Bool

    enum Failure: Error, Equatable {
        case noWorkbook
        case noVisibleSheet
        case archive(WorkbookArchive.Failure)
        case xml(part: String, XMLEvents.Failure)
    }

    static let officeDocument = "/officeDocument"

    static func read(_ archive: inout WorkbookArchive) throws(Failure) -> WorkbookStructure {
        let root = try relationships(of: "", in: &archive)
        guard let workbookPath = root.first(where: { $0.type.hasSuffix(officeDocument) })?.target
                ?? (archive.contains("xl/workbook.xml") ? "xl/workbook.xml" : nil),
              let workbook = try part(workbookPath, in: &archive) else { throw .noWorkbook }
        var sheets: [(name: String, id: String)] = []
        var uses1904 = false
        do {
            try XMLEvents.parse(workbook, start: { name, attributes in
                switch name {
                case "sheet":
                    let state = attributes["state"] ?? "visible"
                    if state == "visible", let id = attributes["id"] { sheets.append((attributes["name"] ?? "", id)) }
                case "workbookPr":
                    let value = attributes["date1904"] ?? "false"
                    uses1904 = value == "1" || value == "true"
                default:
                    break
                }
            })
        } catch {
            throw .xml(part: workbookPath, error)
        }
        let links = try relationships(of: workbookPath, in: &archive)
        guard let first = sheets.first(where: { sheet in links.contains { $0.id == sheet.id } }),
              let target = links.first(where: { $0.id == first.id })?.target else { throw .noVisibleSheet }
        return WorkbookStructure(sheetName: first.name, sheetPath: target,
                                 sharedStringsPath: links.first { $0.type.hasSuffix("/sharedStrings") }?.target,
                                 stylesPath: links.first { $0.type.hasSuffix("/styles") }?.target, uses1904: uses1904)
    }

    struct Relationship {
        var id: String
        var type: String
        /// The target as a path inside the package (resolved against the source part's folder).
        var target: String
    }

    /// The relationships of a part (`""`: the package's own, `_rels/.rels`); none when it has no rels part.
    static func relationships(of source: String, in archive: inout WorkbookArchive) throws(Failure) -> [Relationship] {
        let folder = source.split(separator: "/").dropLast().joined(separator: "/")
        let file = source.split(separator: "/").last.map(String.init) ?? ""
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard let data = try part(relsPath, in: &archive) else { return [] }
        var links: [Relationship] = []
        do {
            try XMLEvents.parse(data, start: { name, attributes in
                guard name == "Relationship", attributes["TargetMode"] != "External",
                      let id = attributes["Id"], let target = attributes["Target"] else { return }
                links.append(Relationship(id: id, type: attributes["Type"] ?? "", target: resolve(target, from: folder)))
            })
        } catch {
            throw .xml(part: relsPath, error)
        }
        return links
    }

    /// `worksheets/sheet1.xml` from `xl` → `xl/worksheets/sheet1.xml`; `/xl/x.xml` → `xl/x.xml`; `..` steps up.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    static func part(_ path: String, in archive: inout WorkbookArchive) throws(Failure) -> Data? {
        do { return try archive.part(path) } catch { throw .archive(error) }
    }
}
