import Testing
import VigieCore
@testable import VigieReport

@Suite("templates")
struct TemplateTests {
    @Test("an override replaces one template; the others stay built in")
    func override() throws {
        let templates = try ReportTemplates(overrides: ["figure": "{{#defined}}[{{text}}]{{/defined}}{{^defined}}n/a{{/defined}}"])
        let (workspace, results) = try Fixture.load()
        let pages = try HTMLReport.render(results, workspace: workspace, options: .init(language: .en, version: "test", templates: templates))
        #expect(pages["index.html"]!.contains("[78.0]"))
        #expect(pages["index.html"]!.contains("<!DOCTYPE html>"))
    }

    @Test("an unknown template name or a broken template is an error")
    func errors() {
        #expect(throws: ReportTemplates.TemplateError.unknownName("indx")) { try ReportTemplates(overrides: ["indx": "x"]) }
        #expect(throws: ReportTemplates.TemplateError.self) { try ReportTemplates(overrides: ["unit": "{{#a}}"]) }
    }
}
