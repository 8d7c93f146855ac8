/// The XML parts of a one-sheet workbook, each a pure function of the worksheet.
enum WorkbookParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    static let contentTypes = declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
        </Types>
        """

    static let rootRelationships = declaration + """
        <Relationships xmlns="\(packageRelationships)">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    static let workbookRelationships = declaration + """
        <Relationships xmlns="\(packageRelationships)">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="\(relationshipNamespace)/styles" Target="styles.xml"/>\
        <Relationship Id="rId3" Type="\(relationshipNamespace)/sharedStrings" Target="sharedStrings.xml"/>\
        </Relationships>
        """

    static func workbook(sheetName: String) -> String {
        declaration + """
            <workbook xmlns="\(mainNamespace)" xmlns:r="\(relationshipNamespace)">\
            <bookViews><workbookView activeTab="0"/></bookViews>\
            <sheets><sheet name="\(XMLText.escape(sheetName))" sheetId="1" r:id="rId1"/></sheets>\
            </workbook>
            """
    }

    /// Fonts, fills, borders and one cell format per `Worksheet.Style`, in the style's order.
    static let styles = declaration + """
        <styleSheet xmlns="\(mainNamespace)">\
        <fonts count="4">\
        <font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        <font><b/><sz val="11"/><color rgb="FFC00000"/><name val="Calibri"/><family val="2"/></font>\
        <font><i/><sz val="11"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/></font>\
        </fonts>\
        <fills count="4">\
        <fill><patternFill patternType="none"/></fill>\
        <fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill>\
        </fills>\
        <borders count="2">\
        <border><left/><right/><top/><bottom/><diagonal/></border>\
        <border><left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right>\
        <top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/></border>\
        </borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="\(Worksheet.Style.allCases.count)">\
        \(Worksheet.Style.allCases.map(cellFormat).joined())\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    private static func cellFormat(_ style: Worksheet.Style) -> String {
        let (font, fill, border, locked): (Int, Int, Int, Bool) = switch style {
        case .plain: (0, 0, 0, true)
        case .header: (1, 2, 1, true)
        case .text: (0, 0, 1, true)
        case .input: (0, 3, 1, false)
        case .mark: (2, 0, 1, true)
        case .muted: (3, 0, 1, true)
        }
        if style == .plain { return "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" }
        return "<xf numFmtId=\"0\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"\(border)\" xfId=\"0\""
            + (font != 0 ? " applyFont=\"1\"" : "") + (fill != 0 ? " applyFill=\"1\"" : "")
            + " applyBorder=\"1\" applyAlignment=\"1\" applyProtection=\"1\">"
            + "<alignment vertical=\"top\" wrapText=\"1\"/><protection locked=\"\(locked ? 1 : 0)\"/></xf>"
    }
}
