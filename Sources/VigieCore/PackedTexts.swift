/// The texts of every answer (word, evidence, comment, assessor, date, ISO date) and where each row stands, packed:
/// the texts' bytes one after the other in one buffer, six ends and a place per answer. A report keeps the texts of
/// millions of answers: as Strings in a struct each answer took about 170 bytes beside its texts (six String values
/// and a `Location`) and a heap block for every text longer than 15 bytes; packed it takes 44 bytes beside them.
struct PackedTexts: Sendable {
    /// The ends of an answer's six texts, from the start of its first; the ISO date's end has `noISODate` set when
    /// there is none (a date that is not a date, or no date).
    private struct Ends: Sendable {
        var word, evidence, comment, assessor, date, isoDate: UInt32
    }

    /// A place's file, worksheet and column name: the same for every answer of a sheet, kept once.
    private struct Origin: Hashable, Sendable {
        var file: String
        var columnName: String?
        var sheet: String?
    }

    private struct Place: Sendable {
        var origin: Int32
        var line: Int32
        var column: Int32
        var row: Int32
    }

    private static let noISODate: UInt32 = 1 << 31

    private var bytes: [UInt8] = []
    private var starts: [Int] = []
    private var ends: [Ends] = []
    private var places: [Place] = []
    private var origins: [Origin] = []
    private var originNumbers: [Origin: Int32] = [:]

    var count: Int { starts.count }

    mutating func reserve(_ count: Int) {
        starts.reserveCapacity(count)
        ends.reserveCapacity(count)
        places.reserveCapacity(count)
    }

    mutating func append(_ texts: AnswerStore.Texts) {
        let start = bytes.count
        func add(_ text: String) -> UInt32 {
            bytes.append(contentsOf: text.utf8)
            // One answer's texts are six cells of a sheet, each far below 2^31 bytes (the readers' cell limit).
            return UInt32(bytes.count - start)
        }
        let word = add(texts.word), evidence = add(texts.evidence), comment = add(texts.comment)
        let assessor = add(texts.assessor), date = add(texts.date)
        let isoDate = texts.isoDate.map(add) ?? (date | Self.noISODate)
        starts.append(start)
        ends.append(Ends(word: word, evidence: evidence, comment: comment, assessor: assessor, date: date, isoDate: isoDate))
        let location = texts.location
        places.append(Place(origin: origin(of: location), line: Int32(clamping: location.line),
                            column: Int32(clamping: location.column), row: Int32(clamping: location.row)))
    }

    private mutating func origin(of location: Location) -> Int32 {
        let origin = Origin(file: location.file, columnName: location.columnName, sheet: location.sheet)
        // Answers come sheet by sheet: most often the origin is the last one.
        if let last = origins.last, last == origin { return Int32(origins.count - 1) }
        if let number = originNumbers[origin] { return number }
        let number = Int32(origins.count)
        origins.append(origin)
        originNumbers[origin] = number
        return number
    }

    subscript(index: Int) -> AnswerStore.Texts {
        let start = starts[index]
        let end = ends[index]
        func text(_ from: UInt32, _ to: UInt32) -> String {
            String(decoding: bytes[(start + Int(from))..<(start + Int(to))], as: UTF8.self)
        }
        let place = places[index]
        let origin = origins[Int(place.origin)]
        let hasISODate = end.isoDate & Self.noISODate == 0
        return AnswerStore.Texts(
            word: text(0, end.word), evidence: text(end.word, end.evidence), comment: text(end.evidence, end.comment),
            assessor: text(end.comment, end.assessor), date: text(end.assessor, end.date),
            isoDate: hasISODate ? text(end.date, end.isoDate) : nil,
            location: Location(file: origin.file, line: Int(place.line), column: Int(place.column), columnName: origin.columnName,
                               row: Int(place.row), sheet: origin.sheet))
    }
}
