extension DiagnosticMessage {
    /// The message's key in the catalogues and its named parameters: the one place that knows what each case says,
    /// in no language (the sentences are in `MessageCatalogue+fr.swift`…). The key is the case's name, kebab-cased.
    public var phrase: Phrase {
        typealias A = MessageArgument
        switch self {
        case let .fileTooLarge(mebibytes, limit), let .workbookTooLarge(mebibytes, limit):
            return Phrase(key, ["mebibytes": .number(mebibytes), "limit": .number(limit)])
        case let .readFailed(reason): return Phrase(key, ["reason": .text(reason)])
        case let .fieldTooLong(length, limit), let .workbookFieldTooLong(length, limit):
            return Phrase(key, ["length": .number(length), "limit": .number(limit)])
        case let .mixedDelimiters(row, header, columns, rowsLeftOut):
            return Phrase(key, ["row": .text(row), "header": .text(header), "columns": .number(columns), "rowsLeftOut": .number(rowsLeftOut)])
        case let .extraFields(fields, columns): return Phrase(key, ["fields": .number(fields), "columns": .number(columns)])
        case let .csvSyntax(detail): return Phrase(key, ["detail": .text(detail)])
        case let .workbook(problem): return Phrase(key, ["problem": .phrase(problem.phrase)])
        case let .workbookExtraFields(columns): return Phrase(key, ["columns": .number(columns)])
        case let .emptyWorksheet(name), let .yearNotAFolder(name), let .yearLinkLoop(name): return Phrase(key, ["name": .text(name)])
        case let .severalCatalogues(names): return Phrase(key, ["names": .list(names)])
        case let .unknownCatalogue(name, names): return Phrase(key, ["name": .text(name), "names": .list(names)])
        case let .yearOutOfRange(text, lowest, highest):
            return Phrase(key, ["text": .text(text), "lowest": .number(lowest), "highest": .number(highest)])
        case let .unknownSetting(key, known): return Phrase(self.key, ["key": .text(key), "known": .list(known)])
        case let .unknownLanguage(value): return Phrase(key, ["value": .text(value)])
        case let .duplicateColumn(name, firstColumn): return Phrase(key, ["name": .text(name), "firstColumn": .number(firstColumn)])
        case let .missingColumn(name, present): return Self.missingColumn(.text(name), present)
        case let .missingSheetColumn(column, present): return Self.missingColumn(.localized { column.name(in: $0) }, present)
        case let .unknownTextLanguage(column, field, suffix):
            return Phrase(key, ["column": .text(column), "field": .text(field), "suffix": .text(suffix)])
        case let .missingID(table): return Phrase(key, ["table": .text(Self.word(table))])
        case let .badID(table, text): return Phrase(key, ["table": .text(Self.word(table)), "text": .text(text)])
        case let .duplicateDomain(id, first), let .duplicateCriterion(id, first), let .duplicateUnit(id, first):
            return Phrase(key, ["id": .text(id), "first": .text("\(first)")])
        case let .criterionWithoutDomain(id), let .criterionReplacesItself(id), let .unitReplacesItself(id), let .ownParent(id):
            return Phrase(key, ["id": .text(id)])
        case let .unknownDomain(id, suggestion), let .unknownReplacedCriterion(id, suggestion), let .unknownReplacedUnit(id, suggestion),
             let .unknownParent(id, suggestion), let .unknownUnit(id, suggestion):
            return Phrase(key, ["id": .text(id), "suggestion": .optional(suggestion)])
        case let .unknownScale(text), let .badMinScore(text), let .badWeight(text), let .badBoolean(text), let .badYear(text),
             let .badDate(text), let .badDueDate(text):
            return Phrase(key, ["text": .text(text)])
        case let .criterionYearsInverted(since, until), let .unitYearsInverted(since, until):
            return Phrase(key, ["since": .number(since), "until": .number(until)])
        case let .duplicateLevel(score, first): return Phrase(key, ["score": .text(score), "first": .text("\(first)")])
        case let .parentCycle(ids), let .replacesCycle(ids): return Phrase(key, ["ids": .list(ids + ids.prefix(1))])
        case let .weightTooLarge(text, limit): return Phrase(key, ["text": .text(text), "limit": .number(limit)])
        case let .yearMismatch(year, folder): return Phrase(key, ["year": .number(year), "folder": .number(folder)])
        case let .unknownCriterion(id, catalogue, suggestion):
            return Phrase(key, ["id": .text(id), "catalogue": .text(catalogue), "suggestion": .optional(suggestion)])
        case let .moreUnknownUnitRows(count, id), let .moreUnknownCriterionRows(count, id):
            return Phrase(key, ["count": .number(count), "id": .text(id)])
        case let .unknownAnswer(word, scale):
            let allowed: A = scale.map { scale in .localized { AnswerVocabulary.allowedWords(for: scale, in: $0) } } ?? .absent
            return Phrase(key, ["word": .text(word), "allowed": allowed])
        case let .answerOffScale(word, criterion, scale):
            return Phrase(key, [
                "word": .text(word), "criterion": .text(criterion), "scale": .text(scale.rawValue),
                "allowed": .localized { AnswerVocabulary.allowedWords(for: scale, in: $0) },
                "notApplicable": .localized { AnswerVocabulary.choices(for: .level, in: $0).last ?? "" },
            ])
        case let .duplicateAnswer(unit, criterion, year, first):
            return Phrase(key, ["unit": .text(unit), "criterion": .text(criterion), "year": .number(year), "first": .text("\(first)")])
        case let .criterionOutOfYears(criterion, since, until, year):
            return Phrase(key, Self.span(since, until).merging(["criterion": .text(criterion), "year": .number(year)]) { a, _ in a })
        case let .unitOutOfYears(unit, since, until, year):
            return Phrase(key, Self.span(since, until).merging(["unit": .text(unit), "year": .number(year)]) { a, _ in a })
        case let .naWithoutComment(criterion): return Phrase(key, ["criterion": .text(criterion)])
        case let .missingEvidence(criterion, answer): return Phrase(key, ["criterion": .text(criterion), "answer": .text(answer)])
        case let .missingAnswers(unit, year, criteria):
            return Phrase(key, [
                "unit": .text(unit), "year": .number(year), "count": .number(criteria.count),
                "criteria": .list(Array(criteria.prefix(12))), "more": .number(max(0, criteria.count - 12)),
            ])
        case let .notStarted(unit, year): return Phrase(key, ["unit": .text(unit), "year": .number(year)])
        case let .unknownStatus(word): return Phrase(key, ["word": .text(word)])
        case .folderNotFile, .specialFile, .requiredIsFolder, .folderSkipped, .unreadable, .linkLoop, .danglingLink, .linkOutside,
             .nulByte, .renamedWorkbook, .utf16, .utf32, .binary, .windows1252, .emptyFile, .headerOnly, .emptyCatalogueFile,
             .headerOnlyCatalogueFile, .innerBOM, .unterminatedQuote, .fieldOutOfMemory, .noWorkspace, .noCatalogue, .missingFile,
             .unreadableFolder, .unreadableAudits, .auditsNotAFolder, .auditsLinkLoop, .missingUnit, .missingCriterion, .missingAction:
            return Phrase(key)
        }
    }

    /// The case's name, kebab-cased (`missingSheetColumn` shares `missing-column`).
    var key: String {
        if case .missingSheetColumn = self { return "missing-column" }
        return Phrase.key(caseName: self)
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

extension Phrase {
    /// `fileTooLarge(…)` → `file-too-large`, `innerBOM` → `inner-bom`: the name of an enum's case, kebab-cased.
    static func key(caseName value: Any) -> String {
        let name = Mirror(reflecting: value).children.first?.label ?? String(describing: value)
        var key = "", previousIsUpper = true
        for character in name {
            if character.isUppercase && !previousIsUpper { key.append("-") }
            previousIsUpper = character.isUppercase
            key += character.lowercased()
        }
        return key
    }
}
