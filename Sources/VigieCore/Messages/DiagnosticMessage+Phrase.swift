extension DiagnosticMessage {
    /// The message's key in the catalogues and its named parameters: the one place that knows what each case says,
    /// in no language (the sentences are in `MessageCatalogue+fr.swift`…). The key is the case's name, kebab-cased
    /// (`missingSheetColumn` shares `missing-column`, with the column named in the message's language).
    public var phrase: Phrase {
        typealias A = MessageArgument
        switch self {
        case let .fileTooLarge(mebibytes, limit):
            return Phrase("file-too-large", ["mebibytes": .number(mebibytes), "limit": .number(limit)])
        case let .workbookTooLarge(mebibytes, limit):
            return Phrase("workbook-too-large", ["mebibytes": .number(mebibytes), "limit": .number(limit)])
        case let .readFailed(reason): return Phrase("read-failed", ["reason": .text(reason)])
        case let .fieldTooLong(length, limit):
            return Phrase("field-too-long", ["length": .number(length), "limit": .number(limit)])
        case let .workbookFieldTooLong(length, limit):
            return Phrase("workbook-field-too-long", ["length": .number(length), "limit": .number(limit)])
        case let .mixedDelimiters(row, header, columns, rowsLeftOut):
            return Phrase("mixed-delimiters", ["row": .text(row), "header": .text(header), "columns": .number(columns), "rowsLeftOut": .number(rowsLeftOut)])
        case let .extraFields(fields, columns): return Phrase("extra-fields", ["fields": .number(fields), "columns": .number(columns)])
        case let .csvSyntax(detail): return Phrase("csv-syntax", ["detail": .text(detail)])
        case let .workbook(problem): return Phrase("workbook", ["problem": .phrase(problem.phrase)])
        case let .workbookExtraFields(columns): return Phrase("workbook-extra-fields", ["columns": .number(columns)])
        case let .emptyWorksheet(name): return Phrase("empty-worksheet", ["name": .text(name)])
        case let .yearNotAFolder(name): return Phrase("year-not-a-folder", ["name": .text(name)])
        case let .yearLinkLoop(name): return Phrase("year-link-loop", ["name": .text(name)])
        case let .severalCatalogues(names): return Phrase("several-catalogues", ["names": .list(names)])
        case let .unknownCatalogue(name, names): return Phrase("unknown-catalogue", ["name": .text(name), "names": .list(names)])
        case let .yearOutOfRange(text, lowest, highest):
            return Phrase("year-out-of-range", ["text": .text(text), "lowest": .number(lowest), "highest": .number(highest)])
        case let .unknownSetting(key, known): return Phrase("unknown-setting", ["key": .text(key), "known": .list(known)])
        case let .unknownLanguage(value): return Phrase("unknown-language", ["value": .text(value)])
        case let .duplicateColumn(name, firstColumn): return Phrase("duplicate-column", ["name": .text(name), "firstColumn": .number(firstColumn)])
        case let .missingColumn(name, present): return Self.missingColumn(.text(name), present)
        case let .missingSheetColumn(column, present): return Self.missingColumn(.localized { column.name(in: $0) }, present)
        case let .unknownTextLanguage(column, field, suffix):
            return Phrase("unknown-text-language", ["column": .text(column), "field": .text(field), "suffix": .text(suffix)])
        case let .missingID(table): return Phrase("missing-id", ["table": .text(Self.word(table))])
        case let .badID(table, text): return Phrase("bad-id", ["table": .text(Self.word(table)), "text": .text(text)])
        case let .duplicateDomain(id, first):
            return Phrase("duplicate-domain", ["id": .text(id), "first": .text("\(first)")])
        case let .duplicateCriterion(id, first):
            return Phrase("duplicate-criterion", ["id": .text(id), "first": .text("\(first)")])
        case let .duplicateUnit(id, first):
            return Phrase("duplicate-unit", ["id": .text(id), "first": .text("\(first)")])
        case let .criterionWithoutDomain(id):
            return Phrase("criterion-without-domain", ["id": .text(id)])
        case let .criterionReplacesItself(id):
            return Phrase("criterion-replaces-itself", ["id": .text(id)])
        case let .unitReplacesItself(id):
            return Phrase("unit-replaces-itself", ["id": .text(id)])
        case let .ownParent(id):
            return Phrase("own-parent", ["id": .text(id)])
        case let .unknownDomain(id, suggestion):
            return Phrase("unknown-domain", ["id": .text(id), "suggestion": .optional(suggestion)])
        case let .unknownReplacedCriterion(id, suggestion):
            return Phrase("unknown-replaced-criterion", ["id": .text(id), "suggestion": .optional(suggestion)])
        case let .unknownReplacedUnit(id, suggestion):
            return Phrase("unknown-replaced-unit", ["id": .text(id), "suggestion": .optional(suggestion)])
        case let .unknownParent(id, suggestion):
            return Phrase("unknown-parent", ["id": .text(id), "suggestion": .optional(suggestion)])
        case let .unknownUnit(id, suggestion):
            return Phrase("unknown-unit", ["id": .text(id), "suggestion": .optional(suggestion)])
        case let .unknownScale(text):
            return Phrase("unknown-scale", ["text": .text(text)])
        case let .badMinScore(text):
            return Phrase("bad-min-score", ["text": .text(text)])
        case let .badWeight(text):
            return Phrase("bad-weight", ["text": .text(text)])
        case let .badBoolean(text):
            return Phrase("bad-boolean", ["text": .text(text)])
        case let .badYear(text):
            return Phrase("bad-year", ["text": .text(text)])
        case let .badDate(text):
            return Phrase("bad-date", ["text": .text(text)])
        case let .badDueDate(text):
            return Phrase("bad-due-date", ["text": .text(text)])
        case let .criterionYearsInverted(since, until):
            return Phrase("criterion-years-inverted", ["since": .number(since), "until": .number(until)])
        case let .unitYearsInverted(since, until):
            return Phrase("unit-years-inverted", ["since": .number(since), "until": .number(until)])
        case let .duplicateLevel(score, first): return Phrase("duplicate-level", ["score": .text(score), "first": .text("\(first)")])
        case let .parentCycle(ids): return Phrase("parent-cycle", ["ids": .list(ids + ids.prefix(1))])
        case let .replacesCycle(ids): return Phrase("replaces-cycle", ["ids": .list(ids + ids.prefix(1))])
        case let .weightTooLarge(text, limit): return Phrase("weight-too-large", ["text": .text(text), "limit": .number(limit)])
        case let .yearMismatch(year, folder): return Phrase("year-mismatch", ["year": .number(year), "folder": .number(folder)])
        case let .unknownCriterion(id, catalogue, suggestion):
            return Phrase("unknown-criterion", ["id": .text(id), "catalogue": .text(catalogue), "suggestion": .optional(suggestion)])
        case let .moreUnknownUnitRows(count, id):
            return Phrase("more-unknown-unit-rows", ["count": .number(count), "id": .text(id)])
        case let .moreUnknownCriterionRows(count, id):
            return Phrase("more-unknown-criterion-rows", ["count": .number(count), "id": .text(id)])
        case let .unknownAnswer(word, scale):
            let allowed: A = scale.map { scale in .localized { AnswerVocabulary.allowedWords(for: scale, in: $0) } } ?? .absent
            return Phrase("unknown-answer", ["word": .text(word), "allowed": allowed])
        case let .answerOffScale(word, criterion, scale):
            return Phrase("answer-off-scale", [
                "word": .text(word), "criterion": .text(criterion), "scale": .text(scale.rawValue),
                "allowed": .localized { AnswerVocabulary.allowedWords(for: scale, in: $0) },
                "notApplicable": .localized { AnswerVocabulary.choices(for: .level, in: $0).last ?? "" },
            ])
        case let .duplicateAnswer(unit, criterion, year, first):
            return Phrase("duplicate-answer", ["unit": .text(unit), "criterion": .text(criterion), "year": .number(year), "first": .text("\(first)")])
        case let .criterionOutOfYears(criterion, since, until, year):
            return Phrase("criterion-out-of-years", Self.span(since, until).merging(["criterion": .text(criterion), "year": .number(year)]) { a, _ in a })
        case let .unitOutOfYears(unit, since, until, year):
            return Phrase("unit-out-of-years", Self.span(since, until).merging(["unit": .text(unit), "year": .number(year)]) { a, _ in a })
        case let .naWithoutComment(criterion): return Phrase("na-without-comment", ["criterion": .text(criterion)])
        case let .missingEvidence(criterion, answer): return Phrase("missing-evidence", ["criterion": .text(criterion), "answer": .text(answer)])
        case let .missingAnswers(unit, year, criteria):
            return Phrase("missing-answers", [
                "unit": .text(unit), "year": .number(year), "count": .number(criteria.count),
                "criteria": .list(Array(criteria.prefix(12))), "more": .number(max(0, criteria.count - 12)),
            ])
        case let .notStarted(unit, year): return Phrase("not-started", ["unit": .text(unit), "year": .number(year)])
        case let .unknownStatus(word): return Phrase("unknown-status", ["word": .text(word)])
        case .folderNotFile: return Phrase("folder-not-file")
        case .specialFile: return Phrase("special-file")
        case .requiredIsFolder: return Phrase("required-is-folder")
        case .folderSkipped: return Phrase("folder-skipped")
        case .unreadable: return Phrase("unreadable")
        case .linkLoop: return Phrase("link-loop")
        case .danglingLink: return Phrase("dangling-link")
        case .linkOutside: return Phrase("link-outside")
        case .nulByte: return Phrase("nul-byte")
        case .renamedWorkbook: return Phrase("renamed-workbook")
        case .utf16: return Phrase("utf16")
        case .utf32: return Phrase("utf32")
        case .binary: return Phrase("binary")
        case .windows1252: return Phrase("windows1252")
        case .emptyFile: return Phrase("empty-file")
        case .headerOnly: return Phrase("header-only")
        case .emptyCatalogueFile: return Phrase("empty-catalogue-file")
        case .headerOnlyCatalogueFile: return Phrase("header-only-catalogue-file")
        case .innerBOM: return Phrase("inner-bom")
        case .unterminatedQuote: return Phrase("unterminated-quote")
        case .fieldOutOfMemory: return Phrase("field-out-of-memory")
        case .noWorkspace: return Phrase("no-workspace")
        case .noCatalogue: return Phrase("no-catalogue")
        case .missingFile: return Phrase("missing-file")
        case .unreadableFolder: return Phrase("unreadable-folder")
        case .unreadableAudits: return Phrase("unreadable-audits")
        case .auditsNotAFolder: return Phrase("audits-not-a-folder")
        case .auditsLinkLoop: return Phrase("audits-link-loop")
        case .missingUnit: return Phrase("missing-unit")
        case .missingCriterion: return Phrase("missing-criterion")
        case .missingAction: return Phrase("missing-action")
        }
    }

    /// `missing-column`: the names the header has (the first twelve that are not empty) and how many more.
    private static func missingColumn(_ name: MessageArgument, _ present: [String]) -> Phrase {
        let named = present.filter { !$0.isEmpty }
        return Phrase("missing-column", ["name": name, "present": .list(Array(named.prefix(12))), "more": .number(max(0, named.count - 12))])
    }

    private static func word(_ table: Table) -> String {
        switch table {
        case .domain: "domain"
        case .criterion: "criterion"
        case .unit: "unit"
        }
    }

    /// The years a criterion or unit applies: `span` says which of them are known (`same`, `range`, `from`, `until`, `always`).
    private static func span(_ since: Int?, _ until: Int?) -> [String: MessageArgument] {
        let shape = switch (since, until) {
        case let (s?, u?): s == u ? "same" : "range"
        case (_?, nil): "from"
        case (nil, _?): "until"
        case (nil, nil): "always"
        }
        return ["span": .text(shape), "since": .optional(since), "until": .optional(until)]
    }
}
