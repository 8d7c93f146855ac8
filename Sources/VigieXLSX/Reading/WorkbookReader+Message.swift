import VigieCore

extension WorkbookReader {
    /// The workbook reader's failures as the registry's messages (`DiagnosticMessage`, `WorkbookProblem`).
    public enum Message {
        public static func tooLarge(_ size: Int) -> DiagnosticMessage {
            .workbookTooLarge(mebibytes: size / (1024 * 1024), limit: maxFileSize / (1024 * 1024))
        }

        static func archive(_ failure: WorkbookArchive.Failure) -> WorkbookProblem {
            switch failure {
            case .legacy: .legacy
            case .notZip: .notZip
            case .truncated: .truncated
            case .damaged: .damaged
            case .tooManyEntries(let count): .tooManyEntries(count: count, limit: WorkbookArchive.maxEntries)
            case .partTooLarge(let path): .partTooLarge(part: path, limit: WorkbookArchive.maxPartBytes / (1024 * 1024))
            case .budgetExceeded: .budgetExceeded(limit: WorkbookArchive.maxTotalBytes / (1024 * 1024))
            }
        }

        static func xml(part: String, _ failure: XMLEvents.Failure) -> WorkbookProblem {
            switch failure {
            case .doctype: .doctype(part: part)
            case .notUTF8: .notUTF8(part: part)
            case .malformed(let line): .malformed(part: part, line: line)
            case .stopped(let problem), .cell(_, _, let problem): problem
            case .other(let detail): .xml(part: part, detail: detail)
            }
        }

        static func structure(_ failure: WorkbookStructure.Failure) -> WorkbookProblem {
            switch failure {
            case .noWorkbook: .noWorkbook
            case .noVisibleSheet: .noVisibleSheet
            case .archive(let inner): archive(inner)
            case .xml(let part, let inner): xml(part: part, inner)
            }
        }
    }
}
