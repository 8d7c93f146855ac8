import Foundation
import VigieReport

/// Reads the `<name>.mustache` files of a `--templates` folder.
enum TemplateFolder {
    static func read(_ folder: String) throws -> [String: String] {
        let fileManager = FileManager.default
        let entries: [String]
        do {
            entries = try fileManager.contentsOfDirectory(atPath: folder)
        } catch {
            throw ReportTemplates.TemplateError.parse(name: folder, message: "cannot read the folder")
        }
        var templates: [String: String] = [:]
        for entry in entries.sorted() where entry.hasSuffix(".mustache") {
            let path = (folder as NSString).appendingPathComponent(entry)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ReportTemplates.TemplateError.parse(name: String(entry.dropLast(9)), message: "cannot read \(path) as UTF-8")
            }
            templates[String(entry.dropLast(9))] = text
        }
        return templates
    }
}
