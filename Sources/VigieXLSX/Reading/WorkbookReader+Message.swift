extension WorkbookReader {
    /// The texts of the workbook reader's diagnostics.
    public enum Message {
        public static func tooLarge(_ size: Int) -> String {
            "the workbook is \(size / (1024 * 1024)) MiB; Vigie reads workbooks up to \(maxFileSize / (1024 * 1024)) MiB, and an answer sheet is far smaller: is it the right file?"
        }
        static let legacy = "this is not an .xlsx workbook but a legacy Excel file (.xls) or a password-protected workbook; remove the password, or save it as \"Excel Workbook (.xlsx)\""
        static let notZip = "this is not an .xlsx workbook (it is not a zip package); save it as \"Excel Workbook (.xlsx)\" or as \"CSV UTF-8\""
        static let truncated = "the workbook is truncated or damaged (its zip directory is missing): copy it again, or save it again from Excel"
        static let damaged = "the workbook is damaged (a part of its zip cannot be read or fails its checksum): save it again from Excel"
        static let openDocument = "this is an OpenDocument spreadsheet (.ods) renamed .xlsx; save it as \"Excel 2007-365 (.xlsx)\""
        static let binaryWorkbook = "this is an Excel binary workbook (.xlsb) renamed .xlsx; save it as \"Excel Workbook (.xlsx)\""
        static let noWorkbook = "the package holds no workbook part (xl/workbook.xml): is it an Excel workbook?"
        static let noVisibleSheet = "the workbook has no visible worksheet to read"
        static let doctype = "it declares a DOCTYPE or an ENTITY, which no spreadsheet writes: the workbook is not read"
        static let notUTF8 = "it is not UTF-8 XML (it holds NUL bytes): the workbook is not read"
        static func tooManyEntries(_ count: Int) -> String {
            "the workbook's zip holds \(count) entries, more than the \(WorkbookArchive.maxEntries) Vigie reads: it is not an answer sheet"
        }
        static func partTooLarge(_ path: String) -> String {
            "the part \(path) inflates past \(WorkbookArchive.maxPartBytes / (1024 * 1024)) MiB, far more than an answer sheet holds: the workbook is not read"
        }
        static let budgetExceeded = "the workbook's parts inflate past \(WorkbookArchive.maxTotalBytes / (1024 * 1024)) MiB together, far more than an answer sheet holds: the workbook is not read"
        static func missingPart(_ path: String) -> String { "the workbook names the part \(path) but does not hold it: save it again from Excel" }
        static func tooManyStrings(_ count: Int) -> String { "the workbook holds more than \(count) shared strings: it is not an answer sheet" }
        static func tooManyCells(_ count: Int) -> String { "the worksheet holds more than \(count) cells: it is not an answer sheet" }
        static func tooManyFields(_ count: Int) -> String {
            "the worksheet's cells span more than \(count) positions (a cell far to the right or below): it is not an answer sheet"
        }
        static func badRow(_ text: String) -> String { "a row number '\(text)' is out of order or out of range: the workbook is damaged" }
        static func badReference(_ text: String) -> String { "a cell reference '\(text)' is not a cell: the workbook is damaged" }
        static let badSharedString = "this cell points to a shared string that does not exist: the workbook is damaged"
        static let formulaWithoutValue = "this cell holds a formula without a computed value (the file was written by a program that does not calculate): open it in Excel or LibreOffice and save it, or type the value instead"
        static func fieldTooLong(_ length: Int) -> String {
            "this cell holds \(length) characters, more than the \(maxFieldLength) a spreadsheet cell can hold: the workbook is not read"
        }
        static func extraFields(header: Int) -> String {
            "this row has text beyond the header's last column (\(header) columns); it is ignored"
        }
        static func empty(_ sheet: String) -> String { "the worksheet '\(sheet)' is empty: it has no header and no rows, and is skipped" }

        static func archive(_ failure: WorkbookArchive.Failure) -> String {
            switch failure {
            case .legacy: legacy
            case .notZip: notZip
            case .truncated: truncated
            case .damaged: damaged
            case .tooManyEntries(let count): tooManyEntries(count)
            case .partTooLarge(let path): partTooLarge(path)
            case .budgetExceeded: budgetExceeded
            }
        }

        static func xml(part: String, _ failure: XMLEvents.Failure) -> String {
            switch failure {
            case .doctype: "the part \(part): " + doctype
            case .notUTF8: "the part \(part): " + notUTF8
            case .malformed(let line): "the part \(part) is not well-formed XML (near its line \(line)): the workbook is damaged; save it again from Excel"
            case .stopped(let message), .cell(_, _, let message): message
            }
        }

        static func structure(_ failure: WorkbookStructure.Failure) -> String {
            switch failure {
            case .noWorkbook: noWorkbook
            case .noVisibleSheet: noVisibleSheet
            case .archive(let inner): archive(inner)
            case .xml(let part, let inner): xml(part: part, inner)
            }
        }
    }
}
