import VigieSource

/// Every answer that counts, column by column: a criterion number and a value code per answer (3 bytes), the unit
/// and year once per run of answers of one unit-year (a sheet's rows, mostly), and, only when a reader needs them
/// (JSON, reports, templates), the texts of each row. `subscript` gives an answer back as an `Answer` value.
public struct AnswerStore: Sendable {
    /// The texts of one answer as written, and where its row starts.
    public struct Texts: Sendable, Equatable {
        public var word, evidence, comment, assessor, date: String
        public var isoDate: String?
        public var location: Location
    }

    /// Unit ids by number: those of units.csv in its order first, then ids found only in the answers.
    public private(set) var unitIDs: [String]
    /// Criterion ids by number: the catalogue's in its order, then ids outside the catalogue (answers built in code).
    public private(set) var criterionIDs: [String]
    /// The runs of consecutive answers of one unit-year: the position of each one's first answer (ascending), its
    /// unit number and its year.
    private var runStarts: [Int32] = []
    private var runUnits: [Int32] = []
    private var runYears: [Int16] = []
    private var criteria = CompactIntegers()
    private var values: [UInt8] = []
    /// nil when the texts were not kept.
    private var texts: PackedTexts?
    /// nil unless the texts are read again from the sheets when asked.
    private var sheetTexts: SheetTexts?

    /// An empty store; `texts` says what `append` records of the texts.
    init(unitIDs: [String], criterionIDs: [String], texts mode: AnswerTextMode) {
        self.unitIDs = unitIDs
        self.criterionIDs = criterionIDs
        texts = mode == .kept ? PackedTexts() : nil
        sheetTexts = mode == .fromSheets ? SheetTexts() : nil
    }

    init(unitIDs: [String], criterionIDs: [String], keepTexts: Bool) {
        self.init(unitIDs: unitIDs, criterionIDs: criterionIDs, texts: keepTexts ? .kept : .dropped)
    }

    /// The answers given as values (tests, tools): units numbered in order of appearance after `unitIDs`.
    public init(_ answers: [Answer], catalogue: Catalogue, unitIDs: [String] = []) {
        self.init(unitIDs: unitIDs, criterionIDs: catalogue.criteria.map(\.id), texts: .kept)
        let unitNumbers = ByteKeyTable(unitIDs)
        let criterionNumbers = ByteKeyTable(criterionIDs)
        for answer in answers {
            let unit = unitNumbers.lookup(answer.unit) ?? {
                unitNumbers.insert(answer.unit, number: Int32(self.unitIDs.count))
                self.unitIDs.append(answer.unit)
                return Int32(self.unitIDs.count - 1)
            }()
            let criterion = criterionNumbers.lookup(answer.criterion) ?? {
                criterionNumbers.insert(answer.criterion, number: Int32(self.criterionIDs.count))
                self.criterionIDs.append(answer.criterion)
                return Int32(self.criterionIDs.count - 1)
            }()
            append(unit: unit, year: answer.year, criterion: criterion, value: answer.value,
                   texts: Texts(word: answer.word, evidence: answer.evidence, comment: answer.comment, assessor: answer.assessor,
                                date: answer.date, isoDate: answer.isoDate, location: answer.location))
        }
    }

    /// Room for `count` answers from `sheets` sheets.
    mutating func reserve(_ count: Int, sheets: Int = 0) {
        if sheetTexts != nil { sheetTexts!.reserve(sheets: sheets) }
        criteria.reserveCapacity(count)
        values.reserveCapacity(count)
        texts?.reserve(count)
    }

    /// The answers appended from now on come from `source` (where texts read again are read).
    mutating func beginSheet(_ source: @autoclosure () -> AnswersLoader.SheetSource) {
        if sheetTexts != nil { sheetTexts!.beginSheet(source()) }
    }

    /// - Parameter line: the line where the answer's row starts in its sheet, for texts read again.
    mutating func append(unit: Int32, year: Int, criterion: Int32, value: AnswerValue, texts answerTexts: @autoclosure () -> Texts,
                         line: Int32 = 0) {
        let year16 = Int16(truncatingIfNeeded: year)
        if runUnits.last != unit || runYears.last != year16 {
            runStarts.append(Int32(values.count))
            runUnits.append(unit)
            runYears.append(year16)
        }
        criteria.append(criterion)
        values.append(value.code8)
        if texts != nil { texts!.append(answerTexts()) }
        if sheetTexts != nil { sheetTexts!.append(line: line) }
    }

    /// Adds unit ids found only in the answers (numbered after the known ones).
    mutating func appendUnitIDs(_ ids: [String]) { unitIDs += ids }

    public var count: Int { values.count }
    /// Whether the texts of the answers were kept or can be read again (`Answer.word`, `evidence`… are empty otherwise).
    public var keepsTexts: Bool { texts != nil || sheetTexts != nil }

    /// The texts of the answers at `positions`, each sheet read once when they are read again from the sheets;
    /// none when the texts were dropped. Throws when a sheet no longer holds what was read first.
    public func texts(at positions: [Int]) throws(SheetChanged) -> [Int: Texts] {
        if let sheetTexts { return try sheetTexts.texts(at: positions, store: self) }
        guard let texts else { return [:] }
        var found: [Int: Texts] = [:]
        for position in positions { found[position] = texts[position] }
        return found
    }

    /// Lets go of the sheets kept for texts read again (`SheetTables`), once no page will ask for texts: a sheet of
    /// every unit of a year is large. A sheet asked for afterwards is read again.
    public func dropKeptSheets() { sheetTexts?.dropKeptTables() }

    @inline(__always) public func value(at index: Int) -> AnswerValue { AnswerValue(code8: values[index]) }
    public func unitNumber(at index: Int) -> Int { Int(runUnits[run(containing: index)]) }
    public func year(at index: Int) -> Int { Int(runYears[run(containing: index)]) }
    /// The criterion's position in the catalogue, or a number past its end for an id outside it.
    @inline(__always) public func criterionNumber(at index: Int) -> Int { Int(criteria[index]) }

    /// The runs of consecutive answers of one unit-year, in order: their positions, unit number and year (a
    /// unit-year's answers can lie in several runs).
    public var unitYearRuns: LazyMapCollection<Range<Int>, (positions: Range<Int>, unit: Int, year: Int)> {
        runStarts.indices.lazy.map { run in
            let end = run + 1 < runStarts.count ? Int(runStarts[run + 1]) : count
            return (Int(runStarts[run])..<end, Int(runUnits[run]), Int(runYears[run]))
        }
    }

    /// The run that holds the answer at `index`.
    private func run(containing index: Int) -> Int { runStarts.lastIndex(atMost: index) }

    /// An answer as a value.
    public subscript(index: Int) -> Answer {
        // A sheet that changed since it was read gives an answer without texts here; `texts(at:)` says so.
        let text = texts?[index] ?? (sheetTexts == nil ? nil : (try? self.texts(at: [index]))?[index])
        return Answer(year: year(at: index), unit: unitIDs[unitNumber(at: index)], criterion: criterionIDs[criterionNumber(at: index)],
                      value: value(at: index), word: text?.word ?? "", evidence: text?.evidence ?? "", comment: text?.comment ?? "",
                      assessor: text?.assessor ?? "", date: text?.date ?? "", isoDate: text?.isoDate,
                      location: text?.location ?? Location(file: ""))
    }

    /// Every answer as values, in order.
    public var all: [Answer] { (0..<count).map { self[$0] } }
}

extension AnswerValue {
    /// The place of an answer given as a word among met, partial, not met, not applicable and unanswered (its
    /// `code8`: the order in which a report makes their texts once); nil for a level.
    public var wordSlot: Int? {
        if case .level = self { return nil }
        return Int(code8)
    }

    /// A one-byte code: met 0, partial 1, not met 2, not applicable 3, unanswered 4, level k 5 + k.
    var code8: UInt8 {
        switch self {
        case .met: 0
        case .partial: 1
        case .notMet: 2
        case .notApplicable: 3
        case .unanswered: 4
        case .level(let k): UInt8(5 + k)
        }
    }

    init(code8: UInt8) {
        switch code8 {
        case 0: self = .met
        case 1: self = .partial
        case 2: self = .notMet
        case 3: self = .notApplicable
        case 4: self = .unanswered
        default: self = .level(Int(code8) - 5)
        }
    }
}
