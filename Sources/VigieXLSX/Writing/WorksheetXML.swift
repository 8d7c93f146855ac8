import VigieCore

/// The worksheet part and its shared strings. Elements follow the order of CT_Worksheet (ECMA-376 Part 1,
/// §18.3.1.99): dimension, sheetViews, sheetFormatPr, cols, sheetData, sheetProtection, dataValidations,
/// pageMargins. Every text is a shared string (Numbers reads no other kind reliably), so none is a formula.
struct WorksheetXML {
    private(set) var strings: [String] = []
    private var stringIndex: [String: Int] = [:]
    private var references = 0

    /// The worksheet part; fills `strings` on the way.
    mutating func worksheet(_ sheet: Worksheet) -> String {
        var xml = WorkbookParts.declaration
        xml += "<worksheet xmlns=\"\(WorkbookParts.mainNamespace)\" xmlns:r=\"\(WorkbookParts.relationshipNamespace)\">"
        let width = max(sheet.columns.count, sheet.rows.map(\.count).max() ?? 0, 1)
        xml += "<dimension ref=\"A1:\(Location.columnLetters(width))\(max(sheet.rows.count, 1))\"/>"
        xml += sheetViews(sheet)
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columns.isEmpty {
            xml += "<cols>"
            for (index, column) in sheet.columns.enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(NumberText.canonical(column.width))\" style=\"\(column.style.rawValue)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            xml += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = Location.columnLetters(columnIndex + 1) + String(rowIndex + 1)
                switch cell.value {
                case .text(let text) where text.isEmpty:
                    xml += "<c r=\"\(reference)\" s=\"\(cell.style.rawValue)\"/>"
                case .text(let text):
                    xml += "<c r=\"\(reference)\" s=\"\(cell.style.rawValue)\" t=\"s\"><v>\(shared(text))</v></c>"
                case .integer(let number):
                    xml += "<c r=\"\(reference)\" s=\"\(cell.style.rawValue)\"><v>\(number)</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if sheet.isProtected {
            // Without a password; formatColumns/formatRows "0": widths and heights may still be changed.
            xml += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>"
        }
        if !sheet.validations.isEmpty {
            xml += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations {
                xml += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
                    + " error=\"\(XMLText.escape(validation.error))\" prompt=\"\(XMLText.escape(validation.prompt))\""
                    + " sqref=\"\(Self.sqref(validation.cells))\">"
                    + "<formula1>\(XMLText.escape(Self.listFormula(validation.words)))</formula1></dataValidation>"
            }
            xml += "</dataValidations>"
        }
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "</worksheet>"
        return xml
    }

    /// The shared-strings part of the strings met in `worksheet`.
    func sharedStrings() -> String {
        var xml = WorkbookParts.declaration
        xml += "<sst xmlns=\"\(WorkbookParts.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">"
        for text in strings {
            let preserve = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
            xml += preserve ? "<si><t xml:space=\"preserve\">\(XMLText.escape(text))</t></si>" : "<si><t>\(XMLText.escape(text))</t></si>"
        }
        xml += "</sst>"
        return xml
    }

    private mutating func shared(_ text: String) -> Int {
        references += 1
        if let index = stringIndex[text] { return index }
        stringIndex[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    private func sheetViews(_ sheet: Worksheet) -> String {
        guard sheet.frozenRows > 0 else { return "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"/></sheetViews>" }
        let topLeft = "A\(sheet.frozenRows + 1)"
        return "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
            + "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(topLeft)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
            + "</sheetView></sheetViews>"
    }

    /// `"oui,partiel,non"`: an explicit list (the words hold no comma or quote: `AnswerSheetWorkbook` checks).
    static func listFormula(_ words: [String]) -> String {
        "\"" + words.joined(separator: ",") + "\""
    }

    /// Cells as ranges: runs of consecutive rows in one column become `G2:G5`, separated by spaces.
    static func sqref(_ cells: [Worksheet.CellPosition]) -> String {
        var ranges: [String] = []
        var run: (start: Worksheet.CellPosition, end: Worksheet.CellPosition)?
        func close() {
            guard let run else { return }
            let start = Location.columnLetters(run.start.column) + String(run.start.row)
            ranges.append(run.start == run.end ? start : start + ":" + Location.columnLetters(run.end.column) + String(run.end.row))
        }
        for cell in Set(cells).sorted() {
            if let current = run, current.end.column == cell.column, current.end.row + 1 == cell.row {
                run = (current.start, cell)
            } else {
                close()
                run = (cell, cell)
            }
        }
        close()
        return ranges.joined(separator: " ")
    }
}
